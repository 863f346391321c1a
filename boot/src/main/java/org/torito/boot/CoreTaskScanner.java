package org.torito.boot;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.constant.ConstantDescs;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the application's {@code org.torito.guest.CoreTask} implementations for the generated
 * registry (ApplicationBridge): the guest has no reflection, so another core can only name a
 * task the build registered. Looked at: every class in the application's classpath entries,
 * and the classes in the main class's package (and below) wherever the main class lives
 * (the examples live inside torito-guest, which holds many unrelated classes). A task is a
 * public, concrete class with a public no-argument constructor implementing CoreTask directly
 * or through a superclass or superinterface.
 */
final class CoreTaskScanner {
    static final String CORE_TASK = "org/torito/guest/CoreTask";

    private final ClassLoader loader;

    CoreTaskScanner(ClassLoader loader) {
        this.loader = loader;
    }

    /** Sorted binary names of the tasks found. */
    List<String> find(List<Path> classpath, String mainClass) throws IOException {
        TreeSet<String> tasks = new TreeSet<>();
        for (Path entry : classpath) {
            scanRoot(entry, "", tasks);
        }
        String mainResource = mainClass.replace('.', '/') + ".class";
        URL url = loader.getResource(mainResource);
        if (url != null) {
            String packagePrefix = mainResource.contains("/") ? mainResource.substring(0, mainResource.lastIndexOf('/') + 1) : "";
            Path root = rootOf(url, mainResource);
            if (root != null) {
                scanRoot(root, packagePrefix, tasks);
            }
        }
        return new ArrayList<>(tasks);
    }

    private static Path rootOf(URL url, String resource) {
        try {
            if (url.getProtocol().equals("file")) {
                Path file = Path.of(url.toURI());
                Path root = file;
                for (int i = 0; i < resource.split("/").length; i++) {
                    root = root.getParent();
                }
                return root;
            }
            if (url.getProtocol().equals("jar")) {
                String spec = url.getPath();
                return Path.of(new URL(spec.substring(0, spec.indexOf("!/"))).toURI());
            }
        } catch (URISyntaxException | IOException e) {
            return null;
        }
        return null;
    }

    private void scanRoot(Path root, String prefix, TreeSet<String> tasks) throws IOException {
        if (Files.isDirectory(root)) {
            scanTree(root, root.resolve(prefix), tasks);
        } else if (Files.isRegularFile(root) && root.toString().endsWith(".jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                Path jarRoot = jar.getPath("/");
                scanTree(jarRoot, jarRoot.resolve(prefix), tasks);
            }
        }
    }

    private void scanTree(Path root, Path start, TreeSet<String> tasks) throws IOException {
        if (!Files.isDirectory(start)) {
            return;
        }
        List<Path> classes;
        try (Stream<Path> files = Files.walk(start)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : classes) {
            ClassModel model = ClassFile.of().parse(Files.readAllBytes(file));
            if (isTask(model)) {
                tasks.add(model.thisClass().asInternalName().replace('/', '.'));
            }
        }
    }

    private boolean isTask(ClassModel model) throws IOException {
        int flags = model.flags().flagsMask();
        if ((flags & ClassFile.ACC_PUBLIC) == 0 || (flags & (ClassFile.ACC_ABSTRACT | ClassFile.ACC_INTERFACE)) != 0) {
            return false;
        }
        boolean publicNoArgConstructor = false;
        for (MethodModel m : model.methods()) {
            if (m.methodName().equalsString(ConstantDescs.INIT_NAME) && m.methodType().equalsString("()V")
                    && (m.flags().flagsMask() & ClassFile.ACC_PUBLIC) != 0) {
                publicNoArgConstructor = true;
            }
        }
        return publicNoArgConstructor && implementsTask(model, 0);
    }

    private boolean implementsTask(ClassModel model, int depth) throws IOException {
        if (depth > 64) {
            return false;
        }
        for (var iface : model.interfaces()) {
            String name = iface.asInternalName();
            if (name.equals(CORE_TASK)) {
                return true;
            }
            ClassModel parent = load(name);
            if (parent != null && implementsTask(parent, depth + 1)) {
                return true;
            }
        }
        if (model.superclass().isPresent()) {
            ClassModel parent = load(model.superclass().get().asInternalName());
            return parent != null && implementsTask(parent, depth + 1);
        }
        return false;
    }

    private ClassModel load(String internalName) throws IOException {
        if (internalName.startsWith("java/")) {
            return null;
        }
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : ClassFile.of().parse(in.readAllBytes());
        }
    }
}
