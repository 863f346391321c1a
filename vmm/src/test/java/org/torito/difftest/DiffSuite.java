package org.torito.difftest;

import java.util.Arrays;
import java.util.List;
import org.torito.difftest.programs.ArraysOps;
import org.torito.difftest.programs.CastsAndStores;
import org.torito.difftest.programs.Collections;
import org.torito.difftest.programs.DeepRecursion;
import org.torito.difftest.programs.Dispatch;
import org.torito.difftest.programs.ExceptionFlow;
import org.torito.difftest.programs.ExitWithCode;
import org.torito.difftest.programs.FloatFormatting;
import org.torito.difftest.programs.FormatterCombinations;
import org.torito.difftest.programs.FloatingPoint;
import org.torito.difftest.programs.GcLargeArrays;
import org.torito.difftest.programs.GcSmallObjects;
import org.torito.difftest.programs.HandlerLocals;
import org.torito.difftest.programs.HashCollections;
import org.torito.difftest.programs.IntArithmetic;
import org.torito.difftest.programs.LambdasAndStreams;
import org.torito.difftest.programs.LongArithmetic;
import org.torito.difftest.programs.MathFunctions;
import org.torito.difftest.programs.MultiArrays;
import org.torito.difftest.programs.NormalReturn;
import org.torito.difftest.programs.RecordsAndEnums;
import org.torito.difftest.programs.RuntimeFaults;
import org.torito.difftest.programs.StackOverflowRecovery;
import org.torito.difftest.programs.StaticInitOrder;
import org.torito.difftest.programs.StringBuilderOps;
import org.torito.difftest.programs.StringFormat;
import org.torito.difftest.programs.StringOps;
import org.torito.difftest.programs.StringSwitch;
import org.torito.difftest.programs.SuspendedLocals;
import org.torito.difftest.programs.UncaughtException;
import org.torito.difftest.probes.RecursionDepth;

/**
 * The single entry point the guest image is built from: {@code args[0]} names the program,
 * the rest are its arguments. One image for the whole suite keeps the AOT build to one TeaVM
 * and one gcc run. Calls are static so TeaVM's reachability analysis sees every program.
 *
 * <p>{@link #PROGRAMS} must name every class in the programs package; the suite checks it.
 */
public final class DiffSuite {

    public static final String PROGRAM_PACKAGE = "org.torito.difftest.programs";

    /** Exit code for a name that is not a program: distinct from any program's own. */
    public static final int UNKNOWN_PROGRAM = 64;

    /**
     * Programs that overflow the stack on purpose: HotSpot runs them with its default 1 MiB
     * thread stack, not the suite's 64 MiB, where each overflow would take a second.
     */
    public static final List<String> OVERFLOW_ON_PURPOSE = List.of("StackOverflowRecovery");

    /** Programs that end with an uncaught exception on purpose (HotSpot: stack trace, exit 1). */
    public static final List<String> DIE_ON_PURPOSE = List.of("UncaughtException");

    public static final List<String> PROGRAMS = List.of(
            "ArraysOps",
            "CastsAndStores",
            "Collections",
            "DeepRecursion",
            "Dispatch",
            "ExceptionFlow",
            "ExitWithCode",
            "FloatFormatting",
            "FloatingPoint",
            "FormatterCombinations",
            "GcLargeArrays",
            "GcSmallObjects",
            "HandlerLocals",
            "HashCollections",
            "IntArithmetic",
            "LambdasAndStreams",
            "LongArithmetic",
            "MathFunctions",
            "MultiArrays",
            "NormalReturn",
            "RecordsAndEnums",
            "RuntimeFaults",
            "StackOverflowRecovery",
            "StaticInitOrder",
            "StringBuilderOps",
            "StringFormat",
            "StringOps",
            "StringSwitch",
            "SuspendedLocals",
            "UncaughtException");

    private DiffSuite() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.out.println("usage: DiffSuite <program> [args...]; programs: " + String.join(" ", PROGRAMS));
            System.exit(UNKNOWN_PROGRAM);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "ArraysOps" -> ArraysOps.main(rest);
            case "CastsAndStores" -> CastsAndStores.main(rest);
            case "Collections" -> Collections.main(rest);
            case "DeepRecursion" -> DeepRecursion.main(rest);
            case "Dispatch" -> Dispatch.main(rest);
            case "ExceptionFlow" -> ExceptionFlow.main(rest);
            case "ExitWithCode" -> ExitWithCode.main(rest);
            case "FloatFormatting" -> FloatFormatting.main(rest);
            case "FloatingPoint" -> FloatingPoint.main(rest);
            case "FormatterCombinations" -> FormatterCombinations.main(rest);
            case "GcLargeArrays" -> GcLargeArrays.main(rest);
            case "GcSmallObjects" -> GcSmallObjects.main(rest);
            case "HandlerLocals" -> HandlerLocals.main(rest);
            case "HashCollections" -> HashCollections.main(rest);
            case "IntArithmetic" -> IntArithmetic.main(rest);
            case "LambdasAndStreams" -> LambdasAndStreams.main(rest);
            case "LongArithmetic" -> LongArithmetic.main(rest);
            case "MathFunctions" -> MathFunctions.main(rest);
            case "MultiArrays" -> MultiArrays.main(rest);
            case "NormalReturn" -> NormalReturn.main(rest);
            case "RecordsAndEnums" -> RecordsAndEnums.main(rest);
            case "RuntimeFaults" -> RuntimeFaults.main(rest);
            case "StackOverflowRecovery" -> StackOverflowRecovery.main(rest);
            case "StaticInitOrder" -> StaticInitOrder.main(rest);
            // Probes: measured against HotSpot by their own tests, not compared byte for byte.
            case "RecursionDepth" -> RecursionDepth.main(rest);
            case "StringBuilderOps" -> StringBuilderOps.main(rest);
            case "StringFormat" -> StringFormat.main(rest);
            case "StringOps" -> StringOps.main(rest);
            case "StringSwitch" -> StringSwitch.main(rest);
            case "SuspendedLocals" -> SuspendedLocals.main(rest);
            case "UncaughtException" -> UncaughtException.main(rest);
            default -> {
                System.out.println("unknown program: " + args[0]);
                System.exit(UNKNOWN_PROGRAM);
            }
        }
    }
}
