package org.torito.difftest.programs;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** MessageDigest: MD5, SHA-1, SHA-2 and SHA-3 over padding boundaries, 1 MB, pieces, clones, reuse, names and errors. */
public class MessageDigests {
    private static final String[] ALGORITHMS = {
        "MD5", "SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512", "SHA-512/224", "SHA-512/256",
        "SHA3-224", "SHA3-256", "SHA3-384", "SHA3-512", "SHAKE128-256", "SHAKE256-512",
    };
    // The lengths around where padding needs a second block: 55/56 and 119/112 leave room, or not,
    // for the 8- or 16-byte length field of 64- and 128-byte blocks; SHA-3 absorbs 72 to 168 bytes
    // a block and pads in the same block up to one byte short of it (71/72, 135/136, 143/144).
    private static final int[] LENGTHS = {0, 1, 3, 55, 56, 63, 64, 65, 71, 72, 103, 104, 111, 112, 119, 127, 128,
        129, 135, 136, 143, 144, 167, 168, 1000};

    public static void main(String[] args) {
        // The suite's dispatcher calls main without a throws clause; a checked exception here is a
        // failure all the same.
        try {
            run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run() throws Exception {
        for (String algorithm : ALGORITHMS) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            System.out.println(algorithm + " algorithm " + md.getAlgorithm() + " length " + md.getDigestLength()
                    + " toString " + md.toString().trim());
            System.out.println("  abc " + hex(md.digest(new byte[] {'a', 'b', 'c'})));
            for (int length : LENGTHS) {
                System.out.println("  " + length + " " + hex(md.digest(pattern(length))));
            }
            byte[] megabyte = pattern(1 << 20);
            byte[] whole = md.digest(megabyte);
            System.out.println("  1MB " + hex(whole));
            pieces(md, megabyte, whole);
            cloneMidStream(md);
            outputBuffer(md);
        }
        names();
        failures();
    }

    /** The same megabyte fed by single bytes, odd-sized slices and whole blocks must give the same digest. */
    private static void pieces(MessageDigest md, byte[] data, byte[] whole) {
        int at = 0;
        int step = 0;
        while (at < data.length) {
            int size = Math.min(data.length - at, (step * 37) % 300);
            if (size == 1) {
                md.update(data[at]);
            } else {
                md.update(data, at, size);
            }
            at += size;
            step++;
        }
        System.out.println("  pieces " + step + " same " + MessageDigest.isEqual(whole, md.digest()));
        md.update((byte) 'x');
        md.reset();
        System.out.println("  after reset empty " + hex(md.digest()));
    }

    private static void cloneMidStream(MessageDigest md) throws CloneNotSupportedException {
        md.update(pattern(100));
        System.out.println("  in progress " + md.toString().trim());
        MessageDigest copy = (MessageDigest) md.clone();
        md.update((byte) 1);
        copy.update((byte) 2);
        byte[] one = md.digest();
        byte[] two = copy.digest();
        System.out.println("  clone " + hex(one) + " " + hex(two) + " equal " + MessageDigest.isEqual(one, two));
        MessageDigest again = (MessageDigest) md.clone();
        System.out.println("  clone of fresh " + hex(again.digest()) + " " + md.toString().trim());
    }

    private static void outputBuffer(MessageDigest md) throws DigestException {
        byte[] out = new byte[80];
        md.update(pattern(10));
        int written = md.digest(out, 3, 70);
        System.out.println("  into buffer " + written + " " + hex(out));
        try {
            md.digest(out, 0, md.getDigestLength() - 1);
        } catch (DigestException e) {
            System.out.println("  short buffer " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            md.update(out, 75, 10);
        } catch (IllegalArgumentException e) {
            System.out.println("  short input " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            md.update(out, -1, 4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("  negative offset " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static void names() throws Exception {
        String[] names = {"md5", "sha", "SHA1", "sha-1", "SHA256", "sha224", "Sha-384", "SHA512", "sha512/224",
            "sha3-256", "SHAKE128", "2.16.840.1.101.3.4.2.1", "OID.1.3.14.3.2.26"};
        byte[] input = pattern(70);
        for (String name : names) {
            MessageDigest md = MessageDigest.getInstance(name);
            System.out.println(name + " -> " + md.getAlgorithm() + " " + md.getDigestLength() + " "
                    + hex(md.digest(input)));
        }
        MessageDigest md = MessageDigest.getInstance("SHA-256", "SUN");
        System.out.println("SUN " + md.getAlgorithm() + " " + hex(md.digest(input)));
        byte[] a = {1, 2, 3};
        System.out.println("isEqual " + MessageDigest.isEqual(a, new byte[] {1, 2, 3}) + " "
                + MessageDigest.isEqual(a, new byte[] {1, 2}) + " " + MessageDigest.isEqual(a, null) + " "
                + MessageDigest.isEqual(null, null) + " " + MessageDigest.isEqual(new byte[0], new byte[0]));
    }

    private static void failures() {
        for (String name : new String[] {"FOO", "", "SHA-2", "MD-5", "SHA3"}) {
            try {
                MessageDigest.getInstance(name);
                System.out.println(name + " found");
            } catch (NoSuchAlgorithmException e) {
                System.out.println("'" + name + "' " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            MessageDigest.getInstance(null);
        } catch (Exception e) {
            System.out.println("null " + e.getClass().getName() + ": " + e.getMessage());
        }
        String[][] providers = {{"MD5", "BC"}, {"MD5", ""}, {"FOO", "SUN"}};
        for (String[] pair : providers) {
            try {
                MessageDigest.getInstance(pair[0], pair[1]);
                System.out.println(pair[0] + " from " + pair[1] + " found");
            } catch (Exception e) {
                System.out.println(pair[0] + " from '" + pair[1] + "' " + e.getClass().getName() + ": "
                        + e.getMessage());
            }
        }
    }

    /** Bytes that differ from block to block, so a block processed twice or skipped shows. */
    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + (i >> 8) * 7);
        }
        return bytes;
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append("0123456789abcdef".charAt((b >> 4) & 15)).append("0123456789abcdef".charAt(b & 15));
        }
        return out.toString();
    }
}
