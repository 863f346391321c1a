package org.torito.boot.teavm;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The per-build class TeaVM starts: the application class is known only at build time, so
 * each build generates
 * <pre>
 * public final class ApplicationEntry implements org.torito.guest.boot.Application {
 *     public static void main(String[] args) { GuestMain.run(new ApplicationEntry(), args); }
 *     public void run(String[] args) throws Throwable { App.main(args); }
 * }
 * </pre>
 * into the build's class folder, together with the META-INF/services entry that makes TeaVM
 * load {@link ToritoTeaVmPlugin} for this build only. The bytes depend only on the application
 * class name (no timestamps), so builds stay reproducible.
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

    private ApplicationBridge() {
    }

    /** Writes the entry class and the plugin registration under {@code classesDir}. */
    public static void write(Path classesDir, String applicationMainClass) throws IOException {
        Path classFile = classesDir.resolve(ENTRY_CLASS.replace('.', '/') + ".class");
        Files.createDirectories(classFile.getParent());
        Files.write(classFile, entryClass(applicationMainClass));
        Path service = classesDir.resolve(PLUGIN_SERVICE);
        Files.createDirectories(service.getParent());
        Files.writeString(service, ToritoTeaVmPlugin.class.getName() + "\n", StandardCharsets.UTF_8);
    }

    static byte[] entryClass(String applicationMainClass) {
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
                        .return_()));
    }
}
