package org.torito.boot.teavm;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The per-build class TeaVM starts: the application class is known only at build time, so
 * each build generates
 * <pre>
 * public final class ApplicationEntry implements org.torito.guest.boot.Application {
 *     public static void main(String[] args) { GuestMain.run(new ApplicationEntry(), args); }
 *     public void run(String[] args) throws Throwable { App.main(args); }
 *     public int coreTaskId(Class c) { if (c == TaskA.class) return 0; ...; return -1; }
 *     public void runCoreTask(int id, byte[] a) {
 *         if (id == 0) { new TaskA().run(a); return; } ...
 *         throw new IllegalArgumentException("no CoreTask with id " + ...);
 *     }
 * }
 * </pre>
 * into the build's class folder, together with the META-INF/services entry that makes TeaVM
 * load {@link ToritoTeaVmPlugin} for this build only. The CoreTask registry is how another core
 * names an entry point without reflection: ids are positions in the sorted task list. The
 * bytes depend only on the application class name and the task names (no timestamps), so
 * builds stay reproducible.
 */
public final class ApplicationBridge {

    /** The main class handed to TeaVM. */
    public static final String ENTRY_CLASS = "org.torito.guest.boot.generated.ApplicationEntry";
    static final String PLUGIN_SERVICE = "META-INF/services/org.teavm.vm.spi.TeaVMPlugin";

    private static final ClassDesc ENTRY = ClassDesc.of(ENTRY_CLASS);
    private static final ClassDesc APPLICATION = ClassDesc.of("org.torito.guest.boot.Application");
    private static final ClassDesc GUEST_MAIN = ClassDesc.of("org.torito.guest.boot.GuestMain");
    private static final ClassDesc STRING_ARRAY = ConstantDescs.CD_String.arrayType();
    private static final MethodTypeDesc MAIN_TYPE = MethodTypeDesc.of(ConstantDescs.CD_void, STRING_ARRAY);
    private static final ClassDesc CORE_TASK = ClassDesc.of("org.torito.guest.CoreTask");
    private static final ClassDesc BYTES = ConstantDescs.CD_byte.arrayType();
    private static final ClassDesc ILLEGAL_ARGUMENT = ClassDesc.of("java.lang.IllegalArgumentException");
    private static final MethodTypeDesc TASK_ID_TYPE = MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_Class);
    private static final MethodTypeDesc RUN_TASK_TYPE = MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int, BYTES);
    private static final MethodTypeDesc TASK_RUN_TYPE = MethodTypeDesc.of(ConstantDescs.CD_void, BYTES);

    private ApplicationBridge() {
    }

    /** Writes the entry class (no CoreTasks) and the plugin registration under {@code classesDir}. */
    public static void write(Path classesDir, String applicationMainClass) throws IOException {
        write(classesDir, applicationMainClass, List.of());
    }

    /** Writes the entry class and the plugin registration under {@code classesDir}. */
    public static void write(Path classesDir, String applicationMainClass, List<String> coreTasks) throws IOException {
        Path classFile = classesDir.resolve(ENTRY_CLASS.replace('.', '/') + ".class");
        Files.createDirectories(classFile.getParent());
        Files.write(classFile, entryClass(applicationMainClass, coreTasks));
        Path service = classesDir.resolve(PLUGIN_SERVICE);
        Files.createDirectories(service.getParent());
        Files.writeString(service, ToritoTeaVmPlugin.class.getName() + "\n", StandardCharsets.UTF_8);
    }

    static byte[] entryClass(String applicationMainClass) {
        return entryClass(applicationMainClass, List.of());
    }

    static byte[] entryClass(String applicationMainClass, List<String> coreTasks) {
        List<String> tasks = coreTasks.stream().sorted().distinct().toList();
        ClassDesc app = ClassDesc.of(applicationMainClass);
        return ClassFile.of().build(ENTRY, cb -> cb
                .withVersion(ClassFile.JAVA_17_VERSION, 0)
                .withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER)
                .withInterfaceSymbols(APPLICATION)
                .withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, code -> code
                        .aload(0)
                        .invokespecial(ConstantDescs.CD_Object, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void)
                        .return_())
                .withMethodBody("main", MAIN_TYPE, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, code -> code
                        .new_(ENTRY)
                        .dup()
                        .invokespecial(ENTRY, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void)
                        .aload(0)
                        .invokestatic(GUEST_MAIN, "run", MethodTypeDesc.of(ConstantDescs.CD_void, APPLICATION, STRING_ARRAY))
                        .return_())
                .withMethodBody("run", MAIN_TYPE, ClassFile.ACC_PUBLIC, code -> code
                        .aload(1)
                        .invokestatic(app, "main", MAIN_TYPE)
                        .return_())
                .withMethodBody("coreTaskId", TASK_ID_TYPE, ClassFile.ACC_PUBLIC, code -> {
                    for (int i = 0; i < tasks.size(); i++) {
                        Label next = code.newLabel();
                        code.aload(1).ldc(ClassDesc.of(tasks.get(i))).if_acmpne(next).loadConstant(i).ireturn()
                                .labelBinding(next);
                    }
                    code.iconst_m1().ireturn();
                })
                .withMethodBody("runCoreTask", RUN_TASK_TYPE, ClassFile.ACC_PUBLIC, code -> {
                    for (int i = 0; i < tasks.size(); i++) {
                        ClassDesc task = ClassDesc.of(tasks.get(i));
                        Label next = code.newLabel();
                        code.iload(1).loadConstant(i).if_icmpne(next)
                                .new_(task).dup().invokespecial(task, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void)
                                .aload(2).invokeinterface(CORE_TASK, "run", TASK_RUN_TYPE)
                                .return_()
                                .labelBinding(next);
                    }
                    code.new_(ILLEGAL_ARGUMENT).dup().ldc("no CoreTask with this id in the image")
                            .invokespecial(ILLEGAL_ARGUMENT, ConstantDescs.INIT_NAME,
                                    MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String))
                            .athrow();
                }));
    }
}
