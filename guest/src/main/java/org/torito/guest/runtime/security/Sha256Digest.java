package org.torito.guest.runtime.security;

/**
 * SHA-256 and SHA-224 as FIPS 180-4 specifies them (sections 4.1.2, 5.3.2-5.3.3, 6.2-6.3): eight
 * 32-bit words, 64 steps; SHA-224 starts from other words and keeps the first seven.
 */
final class Sha256Digest extends BlockDigest {
    /** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
    private static final int[] ROUND_CONSTANTS = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };
    /** The fractional parts of the square roots of the first 8 primes (section 5.3.3). */
    private static final int[] SHA256_START = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    /** The second 32 bits of those of the 9th to 16th primes (section 5.3.2). */
    private static final int[] SHA224_START = {
        0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
    };

    private final int[] start;
    private int[] state = new int[8];
    private int[] schedule = new int[64];

    private Sha256Digest(String algorithm, int digestLength, int[] start) {
        super(algorithm, digestLength, 64, MessagePadding.SHA);
        this.start = start;
        initialize();
    }

    static Sha256Digest sha256(String algorithm) {
        return new Sha256Digest(algorithm, 32, SHA256_START);
    }

    static Sha256Digest sha224(String algorithm) {
        return new Sha256Digest(algorithm, 28, SHA224_START);
    }

    @Override
    void initialize() {
        System.arraycopy(start, 0, state, 0, 8);
    }

    @Override
    void compress(byte[] input, int offset) {
        int[] w = schedule;
        for (int t = 0; t < 16; t++) {
            w[t] = bigEndianInt(input, offset + 4 * t);
        }
        for (int t = 16; t < 64; t++) {
            int s0 = Integer.rotateRight(w[t - 15], 7) ^ Integer.rotateRight(w[t - 15], 18) ^ (w[t - 15] >>> 3);
            int s1 = Integer.rotateRight(w[t - 2], 17) ^ Integer.rotateRight(w[t - 2], 19) ^ (w[t - 2] >>> 10);
            w[t] = s1 + w[t - 7] + s0 + w[t - 16];
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        int e = state[4];
        int f = state[5];
        int g = state[6];
        int h = state[7];
        for (int t = 0; t < 64; t++) {
            int sum1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int t1 = h + sum1 + ((e & f) ^ (~e & g)) + ROUND_CONSTANTS[t] + w[t];
            int sum0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int t2 = sum0 + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    @Override
    void output(byte[] out, int offset) {
        putBigEndian(state, engineGetDigestLength(), out, offset);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        Sha256Digest copy = (Sha256Digest) super.clone();
        copy.state = state.clone();
        copy.schedule = new int[64];
        return copy;
    }

    /** The 32-bit big-endian word at {@code offset}: SHA-1 and SHA-2 read their input so. */
    static int bigEndianInt(byte[] input, int offset) {
        return input[offset] << 24 | (input[offset + 1] & 0xff) << 16 | (input[offset + 2] & 0xff) << 8
                | (input[offset + 3] & 0xff);
    }

    /** The first {@code length} bytes of {@code words}, each word big-endian. */
    static void putBigEndian(int[] words, int length, byte[] out, int offset) {
        for (int i = 0; i < length; i++) {
            out[offset + i] = (byte) (words[i >> 2] >>> (24 - 8 * (i & 3)));
        }
    }
}
