package org.torito.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * SHA-256 over everything an image is made of: the application's class files, the guest
 * runtime and TeaVM jars, the platform sources, tool versions and options. Same key, same
 * image; the key is stored next to the output.
 */
final class BuildKey {
    private final MessageDigest digest;

    BuildKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    BuildKey add(String label, String value) {
        bytes(label, value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    BuildKey addFiles(Map<String, byte[]> files) {
        files.forEach(this::bytes);
        return this;
    }

    /** A jar's bytes, or every file under a directory in sorted relative-path order. */
    BuildKey addPath(String label, Path path) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            add(label, "dir " + files.size());
            for (Path f : files) {
                bytes(path.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } else if (Files.isRegularFile(path)) {
            bytes(label + " " + path.getFileName(), Files.readAllBytes(path));
        } else {
            add(label, "missing " + path.getFileName());
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void bytes(String label, byte[] data) {
        byte[] l = label.getBytes(StandardCharsets.UTF_8);
        digest.update(longBytes(l.length));
        digest.update(l);
        digest.update(longBytes(data.length));
        digest.update(data);
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

}
