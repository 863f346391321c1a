package org.torito.difftest;

import java.util.Arrays;
import java.util.List;
import org.torito.difftest.programs.ArrayCloneAndCovariance;
import org.torito.difftest.programs.ArrayTypeRelations;
import org.torito.difftest.programs.ArraysComparatorSorts;
import org.torito.difftest.programs.ArraysOps;
import org.torito.difftest.programs.ArraysRangeOperations;
import org.torito.difftest.programs.BigDecimalRepresentation;
import org.torito.difftest.programs.BigDecimalRounding;
import org.torito.difftest.programs.BigDecimalZeroFormats;
import org.torito.difftest.programs.BigIntegerArithmetic;
import org.torito.difftest.programs.BigIntegerBits;
import org.torito.difftest.programs.BinaryTrees;
import org.torito.difftest.programs.BitSetOps;
import org.torito.difftest.programs.BoxedHashCodes;
import org.torito.difftest.programs.BoxedNumberConversions;
import org.torito.difftest.programs.BoxingInCollections;
import org.torito.difftest.programs.CastMessages;
import org.torito.difftest.programs.CastsAndStores;
import org.torito.difftest.programs.CharacterClassification;
import org.torito.difftest.programs.CharacterCodePoints;
import org.torito.difftest.programs.CharacterPropertyTable;
import org.torito.difftest.programs.CharsetAliases;
import org.torito.difftest.programs.CharsetRoundTrips;
import org.torito.difftest.programs.ClassInitTriggers;
import org.torito.difftest.programs.CollectionEquality;
import org.torito.difftest.programs.CollectionToArrayTyping;
import org.torito.difftest.programs.CollectionWrappers;
import org.torito.difftest.programs.Collections;
import org.torito.difftest.programs.ComparatorChains;
import org.torito.difftest.programs.CompoundAssignNarrowing;
import org.torito.difftest.programs.ConstructorCallbacks;
import org.torito.difftest.programs.ConstructorPrologueAndUnnamed;
import org.torito.difftest.programs.CovariantReturnsAndBridges;
import org.torito.difftest.programs.CustomFunctionalInterfaces;
import org.torito.difftest.programs.DateTimeFormatting;
import org.torito.difftest.programs.DecimalFormatRounding;
import org.torito.difftest.programs.DeepRecursion;
import org.torito.difftest.programs.DefaultMethodResolution;
import org.torito.difftest.programs.DequeAndPriorityQueue;
import org.torito.difftest.programs.DigitsAndRadixes;
import org.torito.difftest.programs.Dispatch;
import org.torito.difftest.programs.EnhancedForSemantics;
import org.torito.difftest.programs.EnumBodiesAndOrdering;
import org.torito.difftest.programs.EnumSetsAndMaps;
import org.torito.difftest.programs.EvaluationOrderFaults;
import org.torito.difftest.programs.ExceptionFlow;
import org.torito.difftest.programs.ExceptionHierarchies;
import org.torito.difftest.programs.ExceptionLanguageRules;
import org.torito.difftest.programs.ExitWithCode;
import org.torito.difftest.programs.FailFastIterators;
import org.torito.difftest.programs.FannkuchRedux;
import org.torito.difftest.programs.FieldHidingAndSuperCalls;
import org.torito.difftest.programs.FinallyOverrides;
import org.torito.difftest.programs.FloatArithmeticRounding;
import org.torito.difftest.programs.FloatFormatting;
import org.torito.difftest.programs.FloatStepAndHex;
import org.torito.difftest.programs.FloatToIntegralConversions;
import org.torito.difftest.programs.FloatingPoint;
import org.torito.difftest.programs.FormatExceptionMessages;
import org.torito.difftest.programs.FormatGroupingAndWidths;
import org.torito.difftest.programs.FormattableAndFormatter;
import org.torito.difftest.programs.FormatterCombinations;
import org.torito.difftest.programs.FunctionalComposition;
import org.torito.difftest.programs.GcLargeArrays;
import org.torito.difftest.programs.GcSmallObjects;
import org.torito.difftest.programs.GeneratedCollectionOps;
import org.torito.difftest.programs.GeneratedExpressions;
import org.torito.difftest.programs.GeneratedFormatStrings;
import org.torito.difftest.programs.GeneratedHandlerLocals;
import org.torito.difftest.programs.GenericsErasure;
import org.torito.difftest.programs.HandlerLocals;
import org.torito.difftest.programs.PathRelations;
import org.torito.difftest.programs.ThisInHandlers;
import org.torito.difftest.programs.HashCollections;
import org.torito.difftest.programs.HashIterationOrder;
import org.torito.difftest.programs.HashMapCompute;
import org.torito.difftest.programs.HeapPollutionSites;
import org.torito.difftest.programs.HexStringsAndBits;
import org.torito.difftest.programs.HyperbolicAndExpm1Specials;
import org.torito.difftest.programs.IEEERemainderCases;
import org.torito.difftest.programs.ImmutableFactories;
import org.torito.difftest.programs.InitializerAndLambdaExceptions;
import org.torito.difftest.programs.InitializerErrors;
import org.torito.difftest.programs.InnerClassCapture;
import org.torito.difftest.programs.InstanceInitOrder;
import org.torito.difftest.programs.InstanceofPatternScope;
import org.torito.difftest.programs.IntArithmetic;
import org.torito.difftest.programs.IntegerBitMethods;
import org.torito.difftest.programs.IntegerRadixStrings;
import org.torito.difftest.programs.InterfaceMethodKinds;
import org.torito.difftest.programs.JavaVersionProperties;
import org.torito.difftest.programs.LabelledJumps;
import org.torito.difftest.programs.LambdaCaptureTiming;
import org.torito.difftest.programs.LambdaThisAndConstructorRefs;
import org.torito.difftest.programs.LambdasAndStreams;
import org.torito.difftest.programs.LinkedHashOrdering;
import org.torito.difftest.programs.ListIteratorPositions;
import org.torito.difftest.programs.LocalAndAnonymousClasses;
import org.torito.difftest.programs.LocalizedDateFormats;
import org.torito.difftest.programs.LongArithmetic;
import org.torito.difftest.programs.LongBitMethods;
import org.torito.difftest.programs.LoopControlMatrix;
import org.torito.difftest.programs.Mandelbrot;
import org.torito.difftest.programs.MapViewRemoval;
import org.torito.difftest.programs.MathFunctions;
import org.torito.difftest.programs.MathSpecialValues;
import org.torito.difftest.programs.MathVsStrictMath;
import org.torito.difftest.programs.MessageDigests;
import org.torito.difftest.programs.ModularArithmetic;
import org.torito.difftest.programs.MultiArrays;
import org.torito.difftest.programs.MultiLevelSuperDispatch;
import org.torito.difftest.programs.NBody;
import org.torito.difftest.programs.NaNAndSignedZeroInCollections;
import org.torito.difftest.programs.NestedArrayCloneAndDeep;
import org.torito.difftest.programs.NestedFinallyJumps;
import org.torito.difftest.programs.NormalReturn;
import org.torito.difftest.programs.NumberDecodeAndParse;
import org.torito.difftest.programs.NumberParseMessages;
import org.torito.difftest.programs.NumberParsingEdges;
import org.torito.difftest.programs.NumericPromotionRules;
import org.torito.difftest.programs.ObjectsUtilities;
import org.torito.difftest.programs.OperandEvaluationOrder;
import org.torito.difftest.programs.OptionalAndJoiner;
import org.torito.difftest.programs.OverflowIdioms;
import org.torito.difftest.programs.PatternSwitchDispatch;
import org.torito.difftest.programs.PowersAndRoots;
import org.torito.difftest.programs.PreciseRethrowTypes;
import org.torito.difftest.programs.PrivateMembersAndNestmates;
import org.torito.difftest.programs.RadixOutOfRange;
import org.torito.difftest.programs.RandomCollectionOps;
import org.torito.difftest.programs.RandomStringBuilding;
import org.torito.difftest.programs.RecordConstructorsAndAccessors;
import org.torito.difftest.programs.RecordFloatComponents;
import org.torito.difftest.programs.RecordPatternGuards;
import org.torito.difftest.programs.RecordPatternsNested;
import org.torito.difftest.programs.RecordsAndEnums;
import org.torito.difftest.programs.RecursionShapes;
import org.torito.difftest.programs.ResourceCloseOrder;
import org.torito.difftest.programs.RootLocaleSymbols;
import org.torito.difftest.programs.RoundingHalfwayCases;
import org.torito.difftest.programs.RuntimeFaults;
import org.torito.difftest.programs.SealedPatternSwitch;
import org.torito.difftest.programs.SpectralNorm;
import org.torito.difftest.programs.StackOverflowRecovery;
import org.torito.difftest.programs.StaticInitCycles;
import org.torito.difftest.programs.StaticInitOrder;
import org.torito.difftest.programs.StreamCollectors;
import org.torito.difftest.programs.StreamPipelines;
import org.torito.difftest.programs.StrictMathExactBits;
import org.torito.difftest.programs.StringBuilderCodePointChecks;
import org.torito.difftest.programs.StringBuilderInsertEveryType;
import org.torito.difftest.programs.StringBuilderOps;
import org.torito.difftest.programs.StringBuilderSurrogateSplits;
import org.torito.difftest.programs.StringBuilderViewsAndBounds;
import org.torito.difftest.programs.StringCaseMapping;
import org.torito.difftest.programs.StringConcatRules;
import org.torito.difftest.programs.StringFormat;
import org.torito.difftest.programs.StringIdentityRules;
import org.torito.difftest.programs.StringOps;
import org.torito.difftest.programs.StringSearchAndRegions;
import org.torito.difftest.programs.StringSwitch;
import org.torito.difftest.programs.StringSwitchCollisions;
import org.torito.difftest.programs.SurrogatePairEdits;
import org.torito.difftest.programs.SuspendedLocals;
import org.torito.difftest.programs.SuspendingEvaluationOrder;
import org.torito.difftest.programs.SwitchSelectorsAndLoops;
import org.torito.difftest.programs.TernaryBoxing;
import org.torito.difftest.programs.TextBlockEscapes;
import org.torito.difftest.programs.TextBlocks;
import org.torito.difftest.programs.ThrowableSuppressionRules;
import org.torito.difftest.programs.TreeNavigation;
import org.torito.difftest.programs.UncaughtException;
import org.torito.difftest.programs.UnsignedAgainstBigInteger;
import org.torito.difftest.programs.UnsignedAndBitOps;
import org.torito.difftest.programs.UnsignedDivisionByZero;
import org.torito.difftest.programs.UnusedValueExceptions;
import org.torito.difftest.programs.VarargsOverloadResolution;
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

    /**
     * Programs that show a difference not fixed yet (docs/differential-suite.md, "Known and not
     * fixed yet", names each one's difference). The suite leaves them out; naming one in
     * {@code -Ddifftest.only}, or {@code -Ddifftest.known=true}, runs them and shows it.
     */
    public static final List<String> KNOWN_TO_DIFFER = List.of(
            "ArrayCloneAndCovariance",
            "ArrayTypeRelations",
            "ArraysRangeOperations",
            "BigDecimalRepresentation",
            "BigDecimalZeroFormats",
            "BigIntegerBits",
            "BitSetOps",
            "CastMessages",
            "CharacterClassification",
            "CharacterPropertyTable",
            "CharsetRoundTrips",
            "CollectionToArrayTyping",
            "CollectionWrappers",
            "ExceptionHierarchies",
            "FailFastIterators",
            "GeneratedCollectionOps",
            "ImmutableFactories",
            "InitializerAndLambdaExceptions",
            "MapViewRemoval",
            "NestedArrayCloneAndDeep",
            "NumberParseMessages",
            "OptionalAndJoiner",
            "RandomStringBuilding",
            "RecordPatternGuards",
            "RootLocaleSymbols",
            "StreamCollectors",
            "StreamPipelines",
            "StringBuilderCodePointChecks",
            "StringBuilderViewsAndBounds",
            "StringSearchAndRegions",
            "SurrogatePairEdits",
            "SuspendingEvaluationOrder",
            "TextBlockEscapes",
            "ThrowableSuppressionRules",
            "TreeNavigation");

    /** Programs that end with an uncaught exception on purpose (HotSpot: stack trace, exit 1). */
    public static final List<String> DIE_ON_PURPOSE = List.of("UncaughtException");

    public static final List<String> PROGRAMS = List.of(
            "ArrayCloneAndCovariance",
            "ArrayTypeRelations",
            "ArraysComparatorSorts",
            "ArraysOps",
            "ArraysRangeOperations",
            "BigDecimalRepresentation",
            "BigDecimalRounding",
            "BigDecimalZeroFormats",
            "BigIntegerArithmetic",
            "BigIntegerBits",
            "BinaryTrees",
            "BitSetOps",
            "BoxedHashCodes",
            "BoxedNumberConversions",
            "BoxingInCollections",
            "CastMessages",
            "CastsAndStores",
            "CharacterClassification",
            "CharacterCodePoints",
            "CharacterPropertyTable",
            "CharsetAliases",
            "CharsetRoundTrips",
            "ClassInitTriggers",
            "CollectionEquality",
            "CollectionToArrayTyping",
            "CollectionWrappers",
            "Collections",
            "ComparatorChains",
            "CompoundAssignNarrowing",
            "ConstructorCallbacks",
            "ConstructorPrologueAndUnnamed",
            "CovariantReturnsAndBridges",
            "CustomFunctionalInterfaces",
            "DateTimeFormatting",
            "DecimalFormatRounding",
            "DeepRecursion",
            "DefaultMethodResolution",
            "DequeAndPriorityQueue",
            "DigitsAndRadixes",
            "Dispatch",
            "EnhancedForSemantics",
            "EnumBodiesAndOrdering",
            "EnumSetsAndMaps",
            "EvaluationOrderFaults",
            "ExceptionFlow",
            "ExceptionHierarchies",
            "ExceptionLanguageRules",
            "ExitWithCode",
            "FailFastIterators",
            "FannkuchRedux",
            "FieldHidingAndSuperCalls",
            "FinallyOverrides",
            "FloatArithmeticRounding",
            "FloatFormatting",
            "FloatStepAndHex",
            "FloatToIntegralConversions",
            "FloatingPoint",
            "FormatExceptionMessages",
            "FormatGroupingAndWidths",
            "FormattableAndFormatter",
            "FormatterCombinations",
            "FunctionalComposition",
            "GcLargeArrays",
            "GcSmallObjects",
            "GeneratedCollectionOps",
            "GeneratedExpressions",
            "GeneratedFormatStrings",
            "GeneratedHandlerLocals",
            "GenericsErasure",
            "HandlerLocals",
            "HashCollections",
            "HashIterationOrder",
            "HashMapCompute",
            "HeapPollutionSites",
            "HexStringsAndBits",
            "HyperbolicAndExpm1Specials",
            "IEEERemainderCases",
            "ImmutableFactories",
            "InitializerAndLambdaExceptions",
            "InitializerErrors",
            "InnerClassCapture",
            "InstanceInitOrder",
            "InstanceofPatternScope",
            "IntArithmetic",
            "IntegerBitMethods",
            "IntegerRadixStrings",
            "InterfaceMethodKinds",
            "JavaVersionProperties",
            "LabelledJumps",
            "LambdaCaptureTiming",
            "LambdaThisAndConstructorRefs",
            "LambdasAndStreams",
            "LinkedHashOrdering",
            "ListIteratorPositions",
            "LocalAndAnonymousClasses",
            "LocalizedDateFormats",
            "LongArithmetic",
            "LongBitMethods",
            "LoopControlMatrix",
            "Mandelbrot",
            "MapViewRemoval",
            "MathFunctions",
            "MathSpecialValues",
            "MathVsStrictMath",
            "MessageDigests",
            "ModularArithmetic",
            "MultiArrays",
            "MultiLevelSuperDispatch",
            "NBody",
            "NaNAndSignedZeroInCollections",
            "NestedArrayCloneAndDeep",
            "NestedFinallyJumps",
            "NormalReturn",
            "NumberDecodeAndParse",
            "NumberParseMessages",
            "NumberParsingEdges",
            "NumericPromotionRules",
            "ObjectsUtilities",
            "OperandEvaluationOrder",
            "OptionalAndJoiner",
            "OverflowIdioms",
            "PathRelations",
            "PatternSwitchDispatch",
            "PowersAndRoots",
            "PreciseRethrowTypes",
            "PrivateMembersAndNestmates",
            "RadixOutOfRange",
            "RandomCollectionOps",
            "RandomStringBuilding",
            "RecordConstructorsAndAccessors",
            "RecordFloatComponents",
            "RecordPatternGuards",
            "RecordPatternsNested",
            "RecordsAndEnums",
            "RecursionShapes",
            "ResourceCloseOrder",
            "RootLocaleSymbols",
            "RoundingHalfwayCases",
            "RuntimeFaults",
            "SealedPatternSwitch",
            "SpectralNorm",
            "StackOverflowRecovery",
            "StaticInitCycles",
            "StaticInitOrder",
            "StreamCollectors",
            "StreamPipelines",
            "StrictMathExactBits",
            "StringBuilderCodePointChecks",
            "StringBuilderInsertEveryType",
            "StringBuilderOps",
            "StringBuilderSurrogateSplits",
            "StringBuilderViewsAndBounds",
            "StringCaseMapping",
            "StringConcatRules",
            "StringFormat",
            "StringIdentityRules",
            "StringOps",
            "StringSearchAndRegions",
            "StringSwitch",
            "StringSwitchCollisions",
            "SurrogatePairEdits",
            "SuspendedLocals",
            "SuspendingEvaluationOrder",
            "SwitchSelectorsAndLoops",
            "TernaryBoxing",
            "TextBlockEscapes",
            "TextBlocks",
            "ThisInHandlers",
            "ThrowableSuppressionRules",
            "TreeNavigation",
            "UncaughtException",
            "UnsignedAgainstBigInteger",
            "UnsignedAndBitOps",
            "UnsignedDivisionByZero",
            "UnusedValueExceptions",
            "VarargsOverloadResolution");

    private DiffSuite() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.out.println("usage: DiffSuite <program> [args...]; programs: " + String.join(" ", PROGRAMS));
            System.exit(UNKNOWN_PROGRAM);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "ArrayCloneAndCovariance" -> ArrayCloneAndCovariance.main(rest);
            case "ArrayTypeRelations" -> ArrayTypeRelations.main(rest);
            case "ArraysComparatorSorts" -> ArraysComparatorSorts.main(rest);
            case "ArraysOps" -> ArraysOps.main(rest);
            case "ArraysRangeOperations" -> ArraysRangeOperations.main(rest);
            case "BigDecimalRepresentation" -> BigDecimalRepresentation.main(rest);
            case "BigDecimalRounding" -> BigDecimalRounding.main(rest);
            case "BigDecimalZeroFormats" -> BigDecimalZeroFormats.main(rest);
            case "BigIntegerArithmetic" -> BigIntegerArithmetic.main(rest);
            case "BigIntegerBits" -> BigIntegerBits.main(rest);
            case "BinaryTrees" -> BinaryTrees.main(rest);
            case "BitSetOps" -> BitSetOps.main(rest);
            case "BoxedHashCodes" -> BoxedHashCodes.main(rest);
            case "BoxedNumberConversions" -> BoxedNumberConversions.main(rest);
            case "BoxingInCollections" -> BoxingInCollections.main(rest);
            case "CastMessages" -> CastMessages.main(rest);
            case "CastsAndStores" -> CastsAndStores.main(rest);
            case "CharacterClassification" -> CharacterClassification.main(rest);
            case "CharacterCodePoints" -> CharacterCodePoints.main(rest);
            case "CharacterPropertyTable" -> CharacterPropertyTable.main(rest);
            case "CharsetAliases" -> CharsetAliases.main(rest);
            case "CharsetRoundTrips" -> CharsetRoundTrips.main(rest);
            case "ClassInitTriggers" -> ClassInitTriggers.main(rest);
            case "CollectionEquality" -> CollectionEquality.main(rest);
            case "CollectionToArrayTyping" -> CollectionToArrayTyping.main(rest);
            case "CollectionWrappers" -> CollectionWrappers.main(rest);
            case "Collections" -> Collections.main(rest);
            case "ComparatorChains" -> ComparatorChains.main(rest);
            case "CompoundAssignNarrowing" -> CompoundAssignNarrowing.main(rest);
            case "ConstructorCallbacks" -> ConstructorCallbacks.main(rest);
            case "ConstructorPrologueAndUnnamed" -> ConstructorPrologueAndUnnamed.main(rest);
            case "CovariantReturnsAndBridges" -> CovariantReturnsAndBridges.main(rest);
            case "CustomFunctionalInterfaces" -> CustomFunctionalInterfaces.main(rest);
            case "DateTimeFormatting" -> DateTimeFormatting.main(rest);
            case "DecimalFormatRounding" -> DecimalFormatRounding.main(rest);
            case "DeepRecursion" -> DeepRecursion.main(rest);
            case "DefaultMethodResolution" -> DefaultMethodResolution.main(rest);
            case "DequeAndPriorityQueue" -> DequeAndPriorityQueue.main(rest);
            case "DigitsAndRadixes" -> DigitsAndRadixes.main(rest);
            case "Dispatch" -> Dispatch.main(rest);
            case "EnhancedForSemantics" -> EnhancedForSemantics.main(rest);
            case "EnumBodiesAndOrdering" -> EnumBodiesAndOrdering.main(rest);
            case "EnumSetsAndMaps" -> EnumSetsAndMaps.main(rest);
            case "EvaluationOrderFaults" -> EvaluationOrderFaults.main(rest);
            case "ExceptionFlow" -> ExceptionFlow.main(rest);
            case "ExceptionHierarchies" -> ExceptionHierarchies.main(rest);
            case "ExceptionLanguageRules" -> ExceptionLanguageRules.main(rest);
            case "ExitWithCode" -> ExitWithCode.main(rest);
            case "FailFastIterators" -> FailFastIterators.main(rest);
            case "FannkuchRedux" -> FannkuchRedux.main(rest);
            case "FieldHidingAndSuperCalls" -> FieldHidingAndSuperCalls.main(rest);
            case "FinallyOverrides" -> FinallyOverrides.main(rest);
            case "FloatArithmeticRounding" -> FloatArithmeticRounding.main(rest);
            case "FloatFormatting" -> FloatFormatting.main(rest);
            case "FloatStepAndHex" -> FloatStepAndHex.main(rest);
            case "FloatToIntegralConversions" -> FloatToIntegralConversions.main(rest);
            case "FloatingPoint" -> FloatingPoint.main(rest);
            case "FormatExceptionMessages" -> FormatExceptionMessages.main(rest);
            case "FormatGroupingAndWidths" -> FormatGroupingAndWidths.main(rest);
            case "FormattableAndFormatter" -> FormattableAndFormatter.main(rest);
            case "FormatterCombinations" -> FormatterCombinations.main(rest);
            case "FunctionalComposition" -> FunctionalComposition.main(rest);
            case "GcLargeArrays" -> GcLargeArrays.main(rest);
            case "GcSmallObjects" -> GcSmallObjects.main(rest);
            case "GeneratedCollectionOps" -> GeneratedCollectionOps.main(rest);
            case "GeneratedExpressions" -> GeneratedExpressions.main(rest);
            case "GeneratedFormatStrings" -> GeneratedFormatStrings.main(rest);
            case "GeneratedHandlerLocals" -> GeneratedHandlerLocals.main(rest);
            case "GenericsErasure" -> GenericsErasure.main(rest);
            case "HandlerLocals" -> HandlerLocals.main(rest);
            case "HashCollections" -> HashCollections.main(rest);
            case "HashIterationOrder" -> HashIterationOrder.main(rest);
            case "HashMapCompute" -> HashMapCompute.main(rest);
            case "HeapPollutionSites" -> HeapPollutionSites.main(rest);
            case "HexStringsAndBits" -> HexStringsAndBits.main(rest);
            case "HyperbolicAndExpm1Specials" -> HyperbolicAndExpm1Specials.main(rest);
            case "IEEERemainderCases" -> IEEERemainderCases.main(rest);
            case "ImmutableFactories" -> ImmutableFactories.main(rest);
            case "InitializerAndLambdaExceptions" -> InitializerAndLambdaExceptions.main(rest);
            case "InitializerErrors" -> InitializerErrors.main(rest);
            case "InnerClassCapture" -> InnerClassCapture.main(rest);
            case "InstanceInitOrder" -> InstanceInitOrder.main(rest);
            case "InstanceofPatternScope" -> InstanceofPatternScope.main(rest);
            case "IntArithmetic" -> IntArithmetic.main(rest);
            case "IntegerBitMethods" -> IntegerBitMethods.main(rest);
            case "IntegerRadixStrings" -> IntegerRadixStrings.main(rest);
            case "InterfaceMethodKinds" -> InterfaceMethodKinds.main(rest);
            case "JavaVersionProperties" -> JavaVersionProperties.main(rest);
            case "LabelledJumps" -> LabelledJumps.main(rest);
            case "LambdaCaptureTiming" -> LambdaCaptureTiming.main(rest);
            case "LambdaThisAndConstructorRefs" -> LambdaThisAndConstructorRefs.main(rest);
            case "LambdasAndStreams" -> LambdasAndStreams.main(rest);
            case "LinkedHashOrdering" -> LinkedHashOrdering.main(rest);
            case "ListIteratorPositions" -> ListIteratorPositions.main(rest);
            case "LocalAndAnonymousClasses" -> LocalAndAnonymousClasses.main(rest);
            case "LocalizedDateFormats" -> LocalizedDateFormats.main(rest);
            case "LongArithmetic" -> LongArithmetic.main(rest);
            case "LongBitMethods" -> LongBitMethods.main(rest);
            case "LoopControlMatrix" -> LoopControlMatrix.main(rest);
            case "Mandelbrot" -> Mandelbrot.main(rest);
            case "MapViewRemoval" -> MapViewRemoval.main(rest);
            case "MathFunctions" -> MathFunctions.main(rest);
            case "MathSpecialValues" -> MathSpecialValues.main(rest);
            case "MathVsStrictMath" -> MathVsStrictMath.main(rest);
            case "MessageDigests" -> MessageDigests.main(rest);
            case "ModularArithmetic" -> ModularArithmetic.main(rest);
            case "MultiArrays" -> MultiArrays.main(rest);
            case "MultiLevelSuperDispatch" -> MultiLevelSuperDispatch.main(rest);
            case "NBody" -> NBody.main(rest);
            case "NaNAndSignedZeroInCollections" -> NaNAndSignedZeroInCollections.main(rest);
            case "NestedArrayCloneAndDeep" -> NestedArrayCloneAndDeep.main(rest);
            case "NestedFinallyJumps" -> NestedFinallyJumps.main(rest);
            case "NormalReturn" -> NormalReturn.main(rest);
            case "NumberDecodeAndParse" -> NumberDecodeAndParse.main(rest);
            case "NumberParseMessages" -> NumberParseMessages.main(rest);
            case "NumberParsingEdges" -> NumberParsingEdges.main(rest);
            case "NumericPromotionRules" -> NumericPromotionRules.main(rest);
            case "ObjectsUtilities" -> ObjectsUtilities.main(rest);
            case "OperandEvaluationOrder" -> OperandEvaluationOrder.main(rest);
            case "OptionalAndJoiner" -> OptionalAndJoiner.main(rest);
            case "OverflowIdioms" -> OverflowIdioms.main(rest);
            case "PathRelations" -> PathRelations.main(rest);
            case "PatternSwitchDispatch" -> PatternSwitchDispatch.main(rest);
            case "PowersAndRoots" -> PowersAndRoots.main(rest);
            case "PreciseRethrowTypes" -> PreciseRethrowTypes.main(rest);
            case "PrivateMembersAndNestmates" -> PrivateMembersAndNestmates.main(rest);
            case "RadixOutOfRange" -> RadixOutOfRange.main(rest);
            case "RandomCollectionOps" -> RandomCollectionOps.main(rest);
            case "RandomStringBuilding" -> RandomStringBuilding.main(rest);
            case "RecordConstructorsAndAccessors" -> RecordConstructorsAndAccessors.main(rest);
            case "RecordFloatComponents" -> RecordFloatComponents.main(rest);
            case "RecordPatternGuards" -> RecordPatternGuards.main(rest);
            case "RecordPatternsNested" -> RecordPatternsNested.main(rest);
            case "RecordsAndEnums" -> RecordsAndEnums.main(rest);
            case "RecursionShapes" -> RecursionShapes.main(rest);
            case "ResourceCloseOrder" -> ResourceCloseOrder.main(rest);
            case "RootLocaleSymbols" -> RootLocaleSymbols.main(rest);
            case "RoundingHalfwayCases" -> RoundingHalfwayCases.main(rest);
            case "RuntimeFaults" -> RuntimeFaults.main(rest);
            case "SealedPatternSwitch" -> SealedPatternSwitch.main(rest);
            case "SpectralNorm" -> SpectralNorm.main(rest);
            case "StackOverflowRecovery" -> StackOverflowRecovery.main(rest);
            case "StaticInitCycles" -> StaticInitCycles.main(rest);
            case "StaticInitOrder" -> StaticInitOrder.main(rest);
            case "StreamCollectors" -> StreamCollectors.main(rest);
            case "StreamPipelines" -> StreamPipelines.main(rest);
            case "StrictMathExactBits" -> StrictMathExactBits.main(rest);
            case "StringBuilderCodePointChecks" -> StringBuilderCodePointChecks.main(rest);
            case "StringBuilderInsertEveryType" -> StringBuilderInsertEveryType.main(rest);
            case "StringBuilderOps" -> StringBuilderOps.main(rest);
            case "StringBuilderSurrogateSplits" -> StringBuilderSurrogateSplits.main(rest);
            case "StringBuilderViewsAndBounds" -> StringBuilderViewsAndBounds.main(rest);
            case "StringCaseMapping" -> StringCaseMapping.main(rest);
            case "StringConcatRules" -> StringConcatRules.main(rest);
            case "StringFormat" -> StringFormat.main(rest);
            case "StringIdentityRules" -> StringIdentityRules.main(rest);
            case "StringOps" -> StringOps.main(rest);
            case "StringSearchAndRegions" -> StringSearchAndRegions.main(rest);
            case "StringSwitch" -> StringSwitch.main(rest);
            case "StringSwitchCollisions" -> StringSwitchCollisions.main(rest);
            case "SurrogatePairEdits" -> SurrogatePairEdits.main(rest);
            case "SuspendedLocals" -> SuspendedLocals.main(rest);
            case "SuspendingEvaluationOrder" -> SuspendingEvaluationOrder.main(rest);
            case "SwitchSelectorsAndLoops" -> SwitchSelectorsAndLoops.main(rest);
            case "TernaryBoxing" -> TernaryBoxing.main(rest);
            case "TextBlockEscapes" -> TextBlockEscapes.main(rest);
            case "TextBlocks" -> TextBlocks.main(rest);
            case "ThisInHandlers" -> ThisInHandlers.main(rest);
            case "ThrowableSuppressionRules" -> ThrowableSuppressionRules.main(rest);
            case "TreeNavigation" -> TreeNavigation.main(rest);
            case "UncaughtException" -> UncaughtException.main(rest);
            case "UnsignedAgainstBigInteger" -> UnsignedAgainstBigInteger.main(rest);
            case "UnsignedAndBitOps" -> UnsignedAndBitOps.main(rest);
            case "UnsignedDivisionByZero" -> UnsignedDivisionByZero.main(rest);
            case "UnusedValueExceptions" -> UnusedValueExceptions.main(rest);
            case "VarargsOverloadResolution" -> VarargsOverloadResolution.main(rest);
            // Probes: measured against HotSpot by their own tests, not compared byte for byte.
            case "RecursionDepth" -> RecursionDepth.main(rest);
            default -> {
                System.out.println("unknown program: " + args[0]);
                System.exit(UNKNOWN_PROGRAM);
            }
        }
    }
}
