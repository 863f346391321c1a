package org.torito.guest.runtime.security;

import java.util.Arrays;

/**
 * SHA3-224 to SHA3-512 and the SUN provider's fixed-length SHAKE128-256 and SHAKE256-512, as
 * FIPS 202 specifies them: the sponge over Keccak-p[1600, 24], absorbing {@code rate} bytes a
 * block; every digest here is shorter than its rate, so one squeeze gives all of it.
 */
final class Sha3Digest extends BlockDigest {
    /** The rotation of each lane in step rho (FIPS 202 section 3.2.2), by lane index x + 5y. */
    private static final int[] ROTATIONS = new int[25];
    /** Each round's constant of step iota (section 3.2.5), from the LFSR rc(t). */
    private static final long[] ROUND_CONSTANTS = new long[24];

    static {
        int x = 1;
        int y = 0;
        for (int t = 0; t < 24; t++) {
            ROTATIONS[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int next = (2 * x + 3 * y) % 5;
            x = y;
            y = next;
        }
        // rc(t) for t = 0, 1, 2, ... in turn: R shifts up one bit a step and, when a 1 leaves
        // bit 7, it is XORed into bits 0, 4, 5 and 6.
        int r = 1;
        for (int round = 0; round < 24; round++) {
            long constant = 0;
            for (int j = 0; j < 7; j++) {
                if ((r & 1) != 0) {
                    constant |= 1L << ((1 << j) - 1);
                }
                r <<= 1;
                if ((r & 0x100) != 0) {
                    r ^= 0x171;
                }
            }
            ROUND_CONSTANTS[round] = constant;
        }
    }

    private final int rate;
    private long[] lanes = new long[25];

    private Sha3Digest(String algorithm, int digestLength, int rate, MessagePadding padding) {
        super(algorithm, digestLength, rate, padding);
        this.rate = rate;
    }

    /** SHA3-224, -256, -384 or -512: the capacity is twice the digest length. */
    static Sha3Digest sha3(String algorithm, int digestLength) {
        return new Sha3Digest(algorithm, digestLength, 200 - 2 * digestLength, MessagePadding.SHA3);
    }

    /** SHAKE128 (rate 168) or SHAKE256 (rate 136) with the SUN provider's fixed output length. */
    static Sha3Digest shake(String algorithm, int rate, int digestLength) {
        return new Sha3Digest(algorithm, digestLength, rate, MessagePadding.SHAKE);
    }

    @Override
    void initialize() {
        Arrays.fill(lanes, 0);
    }

    @Override
    void compress(byte[] input, int offset) {
        for (int i = 0; i < rate; i++) {
            lanes[i >> 3] ^= (input[offset + i] & 0xffL) << (8 * (i & 7));
        }
        permute();
    }

    @Override
    void output(byte[] out, int offset) {
        for (int i = 0, length = engineGetDigestLength(); i < length; i++) {
            out[offset + i] = (byte) (lanes[i >> 3] >>> (8 * (i & 7)));
        }
    }

    /** Keccak-p[1600, 24]: theta, rho and pi, chi, iota, 24 times (FIPS 202 section 3.3). */
    private void permute() {
        long[] a = lanes;
        long[] columns = new long[5];
        long[] moved = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                columns[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = columns[(x + 4) % 5] ^ Long.rotateLeft(columns[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    moved[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = moved[x + y] ^ (~moved[(x + 1) % 5 + y] & moved[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        Sha3Digest copy = (Sha3Digest) super.clone();
        copy.lanes = lanes.clone();
        return copy;
    }
}
