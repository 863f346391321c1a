package org.torito.guest.runtime.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The image's digests against the JDK's, on HotSpot. */
class MessageDigestsTest {
    private static final List<String> NAMES = List.of("MD5", "SHA-1", "sha", "SHA-224", "SHA256", "SHA-384",
            "SHA-512", "SHA-512/224", "sha512/256", "oid.1.2.840.113549.2.5", "OID.2.16.840.1.101.3.4.2.1",
            "1.3.14.3.2.26", "SHA3-224", "sha3-256", "SHA3-384", "SHA3-512", "SHAKE128-256", "shake256", "2.16.840.1.101.3.4.2.8");

    @Test
    void digestsAsTheJdkDoes() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        for (String name : NAMES) {
            for (int length = 0; length < 600; length++) {
                byte[] input = new byte[length];
                random.nextBytes(input);
                MessageDigest ours = MessageDigests.getInstance(name);
                MessageDigest jdk = MessageDigest.getInstance(name);
                assertEquals(jdk.getDigestLength(), ours.getDigestLength(), name);
                assertEquals(jdk.getAlgorithm(), ours.getAlgorithm(), name);
                assertEquals(jdk.toString(), ours.toString(), name);
                // Pieces of random sizes, single bytes among them, through update's overloads.
                // An empty update too: it still puts the digest in progress.
                int at = 0;
                do {
                    int piece = Math.min(length - at, random.nextInt(3) == 0 ? 1 : random.nextInt(200));
                    if (piece == 1) {
                        ours.update(input[at]);
                    } else {
                        ours.update(input, at, piece);
                    }
                    at += piece;
                } while (at < length);
                MessageDigest copy = (MessageDigest) ours.clone();
                jdk.update(input);
                assertEquals(jdk.toString(), ours.toString(), name);
                byte[] expected = jdk.digest();
                assertArrayEquals(expected, ours.digest(), name + " " + length);
                assertArrayEquals(expected, copy.digest(), name + " clone " + length);
                assertArrayEquals(jdk.digest(input), ours.digest(input), name + " reused " + length);
                assertEquals(jdk.toString(), ours.toString(), name);
            }
        }
    }

    @Test
    void rejectsAsTheJdkDoes() {
        for (String name : List.of("FOO", "", "sha-3")) {
            assertEquals(failure(() -> MessageDigest.getInstance(name)),
                    failure(() -> MessageDigests.getInstance(name)));
        }
        assertEquals(failure(() -> MessageDigest.getInstance(null)), failure(() -> MessageDigests.getInstance(null)));
        for (String provider : new String[] {"SUN", "sun", "BC", "", null}) {
            for (String name : List.of("MD5", "FOO")) {
                assertEquals(failure(() -> MessageDigest.getInstance(name, provider).toString()),
                        failure(() -> MessageDigests.getInstance(name, provider).toString()));
            }
        }
        for (String name : List.of("MD5", "SHA-512", "SHA3-256")) {
            assertEquals(failure(() -> misuse(MessageDigest.getInstance(name))),
                    failure(() -> misuse(MessageDigests.getInstance(name))));
        }
    }

    private static String misuse(MessageDigest digest) throws Exception {
        StringBuilder out = new StringBuilder();
        int[][] updates = {{-1, 3}, {8, 3}, {3, -1}, {10, 0}, {11, 0}};
        for (int[] update : updates) {
            out.append(failure(() -> {
                digest.update(new byte[10], update[0], update[1]);
                return digest.toString();
            }));
        }
        int[][] digests = {{0, 10}, {30, 16}, {-1, 16}, {2, 70}, {0, 64}};
        for (int[] place : digests) {
            out.append(failure(() -> digest.digest(new byte[80], place[0], place[1]) + digest.toString()));
        }
        return out.toString();
    }

    private interface Call {
        Object call() throws Exception;
    }

    private static String failure(Call call) {
        try {
            return "returned " + call.call();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
