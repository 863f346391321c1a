package org.torito.guest.runtime.security;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * What MD5, SHA-1, SHA-2 and SHA-3 share (RFC 1321 section 3, FIPS 180-4 section 5, FIPS 202
 * section 4): input gathered into blocks, each handed to the subclass's compression (or absorbing)
 * function, and the message padded to whole blocks ({@link MessagePadding}). It behaves as the
 * digests HotSpot's SUN provider hands out do, argument checks, exception messages and toString
 * included, since a program sees those; they come from outside the JDK's provider machinery,
 * which TeaVM's C target cannot compile.
 */
abstract class BlockDigest extends MessageDigest implements Cloneable {
    private final int digestLength;
    private final int blockSize;
    private final MessagePadding padding;
    private byte[] block;
    private int blockFill;
    private long bytes;
    /**
     * MessageDigest's own state (what toString shows) is private to it; this mirrors it: set by
     * every update, cleared by digest and reset.
     */
    private boolean inProgress;

    BlockDigest(String algorithm, int digestLength, int blockSize, MessagePadding padding) {
        super(algorithm);
        this.digestLength = digestLength;
        this.blockSize = blockSize;
        this.padding = padding;
        this.block = new byte[blockSize];
    }

    /** Mixes the block at {@code offset} of {@code input} into the chaining value. */
    abstract void compress(byte[] input, int offset);

    /** Sets the chaining value to the algorithm's initial one. */
    abstract void initialize();

    /** Writes the first digestLength bytes of the chaining value to {@code out}. */
    abstract void output(byte[] out, int offset);

    @Override
    protected final int engineGetDigestLength() {
        return digestLength;
    }

    @Override
    protected final void engineUpdate(byte input) {
        block[blockFill++] = input;
        bytes++;
        if (blockFill == blockSize) {
            compress(block, 0);
            blockFill = 0;
        }
        inProgress = true;
    }

    @Override
    protected final void engineUpdate(byte[] input, int offset, int length) {
        // The SUN digests ignore an empty update without looking at its bounds.
        if (length != 0) {
            if (offset < 0 || length < 0 || offset > input.length - length) {
                throw new ArrayIndexOutOfBoundsException("Range [" + offset + ", " + offset + " + " + length
                        + ") out of bounds for length " + input.length);
            }
            bytes += length;
            if (blockFill != 0) {
                int taken = Math.min(length, blockSize - blockFill);
                System.arraycopy(input, offset, block, blockFill, taken);
                blockFill += taken;
                offset += taken;
                length -= taken;
                if (blockFill < blockSize) {
                    inProgress = true;
                    return;
                }
                compress(block, 0);
                blockFill = 0;
            }
            for (; length >= blockSize; offset += blockSize, length -= blockSize) {
                compress(input, offset);
            }
            System.arraycopy(input, offset, block, 0, length);
            blockFill = length;
        }
        inProgress = true;
    }

    @Override
    protected final byte[] engineDigest() {
        byte[] out = new byte[digestLength];
        finish(out, 0);
        return out;
    }

    @Override
    protected final int engineDigest(byte[] out, int offset, int length) throws DigestException {
        // HotSpot's words, the missing space before "digests" included.
        if (length < digestLength) {
            throw new DigestException("Length must be at least " + digestLength + " for " + getAlgorithm()
                    + "digests");
        }
        if (offset < 0 || length < 0 || offset > out.length - length) {
            throw new DigestException("Buffer too short to store digest");
        }
        finish(out, offset);
        return digestLength;
    }

    @Override
    protected final void engineReset() {
        initialize();
        Arrays.fill(block, (byte) 0);
        blockFill = 0;
        bytes = 0;
        inProgress = false;
    }

    /** Pads the message, writes the digest and starts over, as digest() does. */
    private void finish(byte[] out, int offset) {
        int lengthSize = padding.lengthSize;
        long bits = bytes << 3;
        block[blockFill++] = padding.first;
        if (blockFill > blockSize - lengthSize) {
            Arrays.fill(block, blockFill, blockSize, (byte) 0);
            compress(block, 0);
            blockFill = 0;
        }
        Arrays.fill(block, blockFill, blockSize, (byte) 0);
        for (int i = 0; i < Math.min(lengthSize, 8); i++) {
            byte b = (byte) (bits >>> (8 * i));
            if (padding.littleEndianLength) {
                block[blockSize - lengthSize + i] = b;
            } else {
                block[blockSize - 1 - i] = b;
            }
        }
        if (lengthSize == 16) {
            // The high half of a 128-bit big-endian bit count: the three bits shifted out above.
            block[blockSize - 9] = (byte) (bytes >>> 61);
        }
        block[blockSize - 1] |= padding.lastBit;
        compress(block, 0);
        output(out, offset);
        engineReset();
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        BlockDigest copy = (BlockDigest) super.clone();
        copy.block = block.clone();
        return copy;
    }

    /**
     * What MessageDigest.toString prints on HotSpot: its own version would name no provider, as
     * these digests have none.
     */
    @Override
    public String toString() {
        return getAlgorithm() + " Message Digest from SUN, " + (inProgress ? "<in progress>" : "<initialized>")
                + "\n";
    }
}
