package org.torito.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Edits TeaVM's generated C before gcc sees it. Each edit must match exactly once, so a
 * TeaVM upgrade that changes the generated code fails the build instead of silently
 * producing a broken image.
 */
final class GeneratedCodePatch {
    /**
     * The heap is sized at boot from the memory map (identity-mapped RAM has no lazy commit),
     * and min = max: a heap that never grows also never reaches the state that crashes
     * TeaVM's GC (see {@link #guardFullHeapDefragment}).
     */
    /**
     * When the event queue has stopped (main returned and the last non-daemon thread ended: TeaVM
     * then sets EventQueue.finished), the program's end runs Java once more:
     * org.torito.guest.boot.ProgramEnd starts a thread for the kernel's exit actions (unmounting
     * file systems), and the queue runs again until that thread ends. They used to run when
     * main returned, which unmounted the disks under a server whose threads went on using them.
     */
    private static final String QUEUE_RUN = "    meth_otr_EventQueue_process();\n    return 0;\n}";
    private static final String QUEUE_RUN_THEN_END = "    meth_otr_EventQueue_process();\n"
            + "    if (meth_otgb_ProgramEnd_ranDry()) {\n"
            + "        sfld_otr_EventQueue_finished = 0;\n"
            + "        meth_otr_EventQueue_process();\n"
            + "    }\n    return 0;\n}";

    private static final Pattern INIT_HEAP = Pattern.compile("teavm_initHeap\\(\\d+, \\d+\\);");
    static final String INIT_HEAP_REPLACEMENT = "teavm_initHeap(torito_heap_bytes(), torito_heap_bytes());";

    /**
     * TeaVM 0.15.0's GC.calculateRelocationTargets reads the first free-chunk holder without
     * checking that sweep found any free chunk. With a 100% live heap it reads stale GC work
     * memory as a pointer and crashes. Stop with an honest out-of-memory panic instead.
     */
    private static final String DEFRAGMENT = "void meth_otr_GC_defragment() {\n";
    private static final String DEFRAGMENT_GUARD = DEFRAGMENT
            + "    if (sfld_otr_GC_freeChunks == 0) torito_heap_full();\n";

    /**
     * TeaVM keeps an object's monitor (java.lang.Object$Monitor, made when a thread enters a
     * synchronized block) only as a packed pointer in the object's hash word, and TeaVM 0.15.0's GC
     * never looks there: a monitor held or waited on across a collection (a thread in join() or
     * wait(), one holding a lock while it allocates) was freed or moved, and the next
     * monitorExit read garbage (page faults in Thread.runThread, or waiters never resumed, so
     * the program ended silently). Marking follows the packed pointer like a field (an object
     * whose monitor is young keeps its card dirty, as for a field; the store has a write
     * barrier), and the pointer update rewrites it. While the GC relocates objects, the hash
     * word of an object that moves holds relocation data and its own hash word is in the
     * Relocation's sizeBackup, restored later: the update goes there.
     */
    private static final String MARK_OBJECT_DATA = "int32_t meth_otr_GC_markObjectData(void* teavm_local_1) {\n";
    private static final String MARK_MONITOR = "static int32_t torito_gc_markObjectFields(void*);\n"
            + MARK_OBJECT_DATA
            + "    int32_t torito_young = torito_gc_markObjectFields(teavm_local_1);\n"
            + "    int32_t torito_hash = TEAVM_FIELD(teavm_local_1, TeaVM_Object, hash);\n"
            + "    if (torito_hash & (int32_t) 0x80000000) torito_young |= meth_otr_GC_enqueueMark(TEAVM_UNPACK_MONITOR(torito_hash));\n"
            + "    return torito_young;\n"
            + "}\n"
            + "static int32_t torito_gc_markObjectFields(void* teavm_local_1) {\n";
    private static final String UPDATE_POINTERS = "void meth_otr_GC_updatePointers(void* teavm_local_1, void* teavm_local_2) {\n";
    private static final String UPDATE_MONITOR = UPDATE_POINTERS
            + "    void* torito_relocation = meth_otr_GC_getRelocation(teavm_local_2);\n"
            + "    int32_t* torito_hash = torito_relocation != NULL ? &TEAVM_FIELD(torito_relocation, cls_otr_Relocation, fld_sizeBackup)\n"
            + "        : &TEAVM_FIELD(teavm_local_2, TeaVM_Object, hash);\n"
            + "    if (*torito_hash & (int32_t) 0x80000000) {\n"
            + "        *torito_hash = TEAVM_PACK_MONITOR(meth_otr_GC_updatePointer(TEAVM_UNPACK_MONITOR(*torito_hash)));\n"
            + "    }\n";

    /**
     * A local that is live into a catch or finally handler is copied into a "spill" variable,
     * declared volatile so that it keeps its value across the longjmp that TeaVM's C throws with
     * (C11 7.13.2.1: a non-volatile local changed after setjmp is indeterminate after longjmp).
     * TeaVM 0.15.0 declares object spills as {@code volatile void* teavm_spill_N}: a pointer to
     * volatile data, the pointer itself not volatile. gcc kept such spills in registers, and a
     * handler read an object local as it was at the try's start (null, or a loop's previous
     * element) while int, long and double locals were right (issue 16; the differential program
     * HandlerLocals). The qualifier goes on the pointer.
     */
    private static final Pattern OBJECT_SPILL = Pattern.compile(
            "volatile ([A-Za-z_][A-Za-z0-9_]*)\\* (teavm_spill_[0-9]+);");
    static final String OBJECT_SPILL_REPLACEMENT = "$1* volatile $2;";

    /**
     * The stack check (issue 16): TeaVM's C has none, so recursion past the end of a core's
     * stack faulted on the guard page (exit 70) where Java throws a catchable
     * StackOverflowError. TEAVM_ALLOC_STACK opens every Java method that TeaVM compiles (runtime
     * methods marked unmanaged have none), so the check goes there, before the method links its
     * shadow-stack frame: an error raised by the check is thrown from the caller's call site,
     * which is what TeaVM's exception dispatch reads. The limit and the slow path are the
     * platform's (java_stack.c).
     */
    static final String ALLOC_STACK = "    #define TEAVM_ALLOC_STACK(sz) \\\n";
    private static final String ALLOC_STACK_BODY = "        struct { TeaVM_StackFrame header;";
    static final String STACK_CHECK_DECLARATIONS = "#pragma once\n"
            + "#include <stdint.h>\n"
            + "extern uintptr_t torito_stack_limit;\n"
            + "void torito_stack_overflow(void);\n"
            + "#define TORITO_STACK_CHECK() do { \\\n"
            + "        uintptr_t torito_sp; \\\n"
            + "        __asm__(\"mov %%rsp, %0\" : \"=r\"(torito_sp)); \\\n"
            + "        if (__builtin_expect(torito_sp < torito_stack_limit, 0)) torito_stack_overflow(); \\\n"
            + "    } while (0)\n";
    static final String ALLOC_STACK_CHECKED = ALLOC_STACK + "        TORITO_STACK_CHECK(); \\\n" + ALLOC_STACK_BODY;

    /**
     * Where an exception lands in a handler (the else branch after setjmp), the stack check is
     * re-armed if the handler's frame is above the limit again (java_stack.c).
     */
    static final String CATCH_LANDING = "            } else { \\\n                TEAVM_RESTORE_JUMP_BUFFER; \\\n";
    private static final String CATCH_SWITCH = "                switch (teavm_exceptionHandler) {";
    static final String CATCH_LANDING_REARM = CATCH_LANDING + "                torito_stack_rearm(); \\\n" + CATCH_SWITCH;

    /**
     * Stack traces keep the innermost 1024 frames, as HotSpot's do (MaxJavaStackTraceDepth).
     * TeaVM filled one element per frame of the whole stack: a StackOverflowError 100,000 frames
     * deep made 100,000 StackTraceElements, more than a small VM's heap holds, and the guest
     * faulted on the allocation instead of throwing. The size the trace is made with is capped,
     * and both loops that fill it (frames, and the inlined locations of a frame) stop there.
     */
    static final int TRACE_DEPTH = 1024;
    static final String FILL_STACK_TRACE = "TeaVM_Array* meth_otr_ExceptionHandling_fillStackTrace() {";
    private static final String TRACE_SIZE = "    teavm_local_2 = meth_otr_ExceptionHandling_callStackSize();\n";
    private static final String FRAME_LOOP = "        if (!(teavm_local_1 != NULL)) break;\n";
    private static final String LOCATION_LOOP = "                    if (!(teavm_local_7 != NULL)) break;\n";
    private static final String TRACE_FULL = "if (teavm_local_4 >= teavm_local_2) break;\n";

    private GeneratedCodePatch() {
    }

    static void apply(Path generatedDir) throws IOException, ImageBuildException {
        Path main = generatedDir.resolve("main.c");
        String mainC = Files.readString(main, StandardCharsets.UTF_8);
        Matcher m = INIT_HEAP.matcher(mainC);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count != 1) {
            throw new ImageBuildException("TeaVM's main.c has " + count + " teavm_initHeap(min, max) calls, expected exactly 1;"
                    + " the heap-size patch does not fit this TeaVM version");
        }
        mainC = "#include <stdint.h>\nextern int64_t torito_heap_bytes(void);\nint32_t meth_otgb_ProgramEnd_ranDry();\n"
                + INIT_HEAP.matcher(mainC).replaceFirst(Matcher.quoteReplacement(INIT_HEAP_REPLACEMENT));
        mainC = replaceOnce(mainC, "main.c", QUEUE_RUN, QUEUE_RUN_THEN_END, "the program-end patch");
        Files.writeString(main, mainC, StandardCharsets.UTF_8);

        Path gc = generatedDir.resolve("classes/org/teavm/runtime/GC.c");
        String gcC = Files.readString(gc, StandardCharsets.UTF_8);
        gcC = replaceOnce(gcC, DEFRAGMENT, DEFRAGMENT_GUARD, "the GC guard patch");
        gcC = replaceOnce(gcC, MARK_OBJECT_DATA, MARK_MONITOR, "the monitor-marking patch");
        gcC = replaceOnce(gcC, UPDATE_POINTERS, UPDATE_MONITOR, "the monitor-relocation patch");
        Files.writeString(gc, "_Noreturn void torito_heap_full(void);\n" + gcC, StandardCharsets.UTF_8);
        makeObjectSpillsVolatile(generatedDir);
        addStackCheck(generatedDir);
        capStackTraces(generatedDir);
    }

    /** Patches TeaVM's stack.h and exceptions.h: see {@link #ALLOC_STACK} and {@link #CATCH_LANDING}. */
    static void addStackCheck(Path generatedDir) throws IOException, ImageBuildException {
        Path stack = generatedDir.resolve("stack.h");
        String stackH = Files.readString(stack, StandardCharsets.UTF_8);
        stackH = replaceOnce(stackH, "stack.h", ALLOC_STACK + ALLOC_STACK_BODY, ALLOC_STACK_CHECKED,
                "the stack-check patch");
        stackH = replaceOnce(stackH, "stack.h", "#pragma once\n", STACK_CHECK_DECLARATIONS, "the stack-check patch");
        Files.writeString(stack, stackH, StandardCharsets.UTF_8);
        Path exceptions = generatedDir.resolve("exceptions.h");
        String exceptionsH = Files.readString(exceptions, StandardCharsets.UTF_8);
        exceptionsH = replaceOnce(exceptionsH, "exceptions.h", CATCH_LANDING + CATCH_SWITCH, CATCH_LANDING_REARM,
                "the stack re-arm patch");
        Files.writeString(exceptions, "void torito_stack_rearm(void);\n" + exceptionsH, StandardCharsets.UTF_8);
    }

    /** See {@link #TRACE_DEPTH}. */
    static void capStackTraces(Path generatedDir) throws IOException, ImageBuildException {
        Path file = generatedDir.resolve("classes/org/teavm/runtime/ExceptionHandling.c");
        String code = Files.readString(file, StandardCharsets.UTF_8);
        int start = code.indexOf(FILL_STACK_TRACE);
        int end = start < 0 ? -1 : code.indexOf("\n}\n", start);
        if (start < 0 || end < 0 || code.indexOf(FILL_STACK_TRACE, start + 1) >= 0) {
            throw new ImageBuildException("TeaVM's ExceptionHandling.c does not define fillStackTrace once;"
                    + " the stack-trace cap does not fit this TeaVM version");
        }
        String body = code.substring(start, end);
        // Each target includes the start of the line after it, so a second application fails.
        body = replaceOnce(body, "ExceptionHandling.c", TRACE_SIZE + "    TEAVM_ALLOC_STACK", TRACE_SIZE
                + "    if (teavm_local_2 > " + TRACE_DEPTH + ") teavm_local_2 = " + TRACE_DEPTH + ";\n"
                + "    TEAVM_ALLOC_STACK", "the stack-trace cap");
        body = replaceOnce(body, "ExceptionHandling.c", FRAME_LOOP + "        teavm_local_5 =",
                FRAME_LOOP + "        " + TRACE_FULL + "        teavm_local_5 =", "the stack-trace cap");
        body = replaceOnce(body, "ExceptionHandling.c", LOCATION_LOOP + "                    teavm_local_13 =",
                LOCATION_LOOP + "                    " + TRACE_FULL + "                    teavm_local_13 =",
                "the stack-trace cap");
        Files.writeString(file, code.substring(0, start) + body + code.substring(end), StandardCharsets.UTF_8);
    }

    private static final Pattern SPILL_DECLARATION = Pattern.compile("teavm_spill_([0-9]+);$");

    /**
     * TeaVM stores a local into its spill after each assignment inside a {@code try}, but not
     * the value the local had when the {@code try} began: a handler reached before the first
     * such assignment restored a spill never written (a parameter read in a catch after the
     * first call of the try threw: a fault, program FailFastIterators). So each {@code TEAVM_TRY}
     * first stores every spilled local of its function. (A local not yet set there is copied
     * as it is; only a handler of an assignment inside the try can read it, after that
     * assignment stored it again. Initialising such locals to 0 made the image hang at start.)
     */
    static String spillOnTryEntry(String code) {
        String[] lines = code.split("\n", -1);
        StringBuilder out = new StringBuilder(code.length() + 256);
        int start = 0;
        while (start < lines.length) {
            int end = start;
            while (end < lines.length && !lines[end].equals("}")) {
                end++;
            }
            // lines[start..end] is one function (or what lies between functions).
            List<String> spilled = new ArrayList<>();
            for (int i = start; i < end; i++) {
                Matcher m = SPILL_DECLARATION.matcher(lines[i]);
                if (lines[i].startsWith("    ") && m.find()) {
                    spilled.add(m.group(1));
                }
            }
            for (int i = start; i <= Math.min(end, lines.length - 1); i++) {
                String line = lines[i];
                out.append(line);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
                if (!spilled.isEmpty() && line.trim().equals("TEAVM_TRY")) {
                    String indent = line.substring(0, line.indexOf('T')) + "    ";
                    for (String k : spilled) {
                        // Variable 0 of an instance method is "this", which TeaVM names teavm_this_
                        // (a static method never spills a variable 0); "teavm_local_0" failed gcc
                        // for any method whose "this" is live into a handler (ZoneId.normalized).
                        String local = k.equals("0") ? "teavm_this_" : "teavm_local_" + k;
                        out.append(indent).append("teavm_spill_").append(k).append(" = ").append(local).append(";\n");
                    }
                }
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** Applies {@link #OBJECT_SPILL} and {@link #spillOnTryEntry} to every generated C file that has spills. */
    static void makeObjectSpillsVolatile(Path generatedDir) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(generatedDir)) {
            sources = files.filter(f -> f.toString().endsWith(".c")).toList();
        }
        for (Path source : sources) {
            String code = Files.readString(source, StandardCharsets.UTF_8);
            if (code.contains("teavm_spill_")) {
                String patched = spillOnTryEntry(OBJECT_SPILL.matcher(code).replaceAll(OBJECT_SPILL_REPLACEMENT));
                if (!patched.equals(code)) {
                    Files.writeString(source, patched, StandardCharsets.UTF_8);
                }
            }
        }
    }

    private static String replaceOnce(String code, String target, String replacement, String patch)
            throws ImageBuildException {
        return replaceOnce(code, "GC.c", target, replacement, patch);
    }

    private static String replaceOnce(String code, String file, String target, String replacement, String patch)
            throws ImageBuildException {
        int at = code.indexOf(target);
        if (at < 0 || code.indexOf(target, at + 1) >= 0) {
            throw new ImageBuildException("TeaVM's " + file + " does not contain exactly one '" + target.strip()
                    + "'; " + patch + " does not fit this TeaVM version");
        }
        return code.substring(0, at) + replacement + code.substring(at + target.length());
    }
}
