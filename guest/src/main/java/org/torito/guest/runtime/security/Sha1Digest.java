package org.torito.guest.runtime.security;

/** SHA-1 as FIPS 180-4 specifies it (sections 4.1.1, 5.3.1, 6.1): five 32-bit words, 80 steps. */
final class Sha1Digest extends BlockDigest {
    private int[] state = new int[5];
    private int[] schedule = new int[80];

    Sha1Digest(String algorithm) {
        super(algorithm, 20, 64, MessagePadding.SHA);
        initialize();
    }

    @Override
    void initialize() {
        state[0] = 0x67452301;
        state[1] = 0xefcdab89;
        state[2] = 0x98badcfe;
        state[3] = 0x10325476;
        state[4] = 0xc3d2e1f0;
    }

    @Override
    void compress(byte[] input, int offset) {
        int[] w = schedule;
        for (int t = 0; t < 16; t++) {
            w[t] = Sha256Digest.bigEndianInt(input, offset + 4 * t);
        }
        for (int t = 16; t < 80; t++) {
            w[t] = Integer.rotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        int e = state[4];
        for (int t = 0; t < 80; t++) {
            int f;
            int k;
            if (t < 20) {
                f = (b & c) ^ (~b & d);
                k = 0x5a827999;
            } else if (t < 40) {
                f = b ^ c ^ d;
                k = 0x6ed9eba1;
            } else if (t < 60) {
                f = (b & c) ^ (b & d) ^ (c & d);
                k = 0x8f1bbcdc;
            } else {
                f = b ^ c ^ d;
                k = 0xca62c1d6;
            }
            int temp = Integer.rotateLeft(a, 5) + f + e + k + w[t];
            e = d;
            d = c;
            c = Integer.rotateLeft(b, 30);
            b = a;
            a = temp;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
    }

    @Override
    void output(byte[] out, int offset) {
        Sha256Digest.putBigEndian(state, 20, out, offset);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        Sha1Digest copy = (Sha1Digest) super.clone();
        copy.state = state.clone();
        copy.schedule = new int[80];
        return copy;
    }
}
