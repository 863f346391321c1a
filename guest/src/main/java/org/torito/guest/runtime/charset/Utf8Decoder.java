package org.torito.guest.runtime.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * UTF-8 decoding as Unicode and the JDK define it; the image pipeline makes TeaVM's UTF-8
 * charset hand this out (org.torito.boot.teavm.classlib.TextFixes). TeaVM 0.15's decoder
 * accepted overlong forms ({@code C0 AF} read as "/", the classic way past a path check) and
 * sequences above U+10FFFF, and replaced an incomplete sequence byte by byte.
 *
 * <p>Only the shortest form of each scalar value is valid; a malformed sequence is reported
 * with the length of its longest valid prefix (at least one byte), which is one U+FFFD per
 * maximal subpart, as Unicode recommends and the JDK does; an encoded surrogate is one
 * malformed sequence of three bytes, as in the JDK.
 */
public final class Utf8Decoder extends CharsetDecoder {

    public Utf8Decoder(Charset charset) {
        super(charset, 1.0f, 1.0f);
    }

    /** The charset's newDecoder(). */
    public static CharsetDecoder newDecoder(Charset charset) {
        return new Utf8Decoder(charset);
    }

    @Override
    protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
        while (in.hasRemaining()) {
            int start = in.position();
            int lead = in.get(start) & 0xFF;
            if (lead < 0x80) {
                if (!out.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                out.put((char) lead);
                in.position(start + 1);
                continue;
            }
            int length = sequenceLength(lead);
            if (length == 0) {
                return CoderResult.malformedForLength(1);
            }
            int point = lead & (0xFF >> (length + 1));
            for (int i = 1; i < length; i++) {
                if (start + i >= in.limit()) {
                    // Valid so far but cut off: wait for more input (at the end, the caller
                    // reports what is left as one malformed sequence).
                    return CoderResult.UNDERFLOW;
                }
                int next = in.get(start + i) & 0xFF;
                if (!continues(lead, i, next)) {
                    return CoderResult.malformedForLength(i);
                }
                point = point << 6 | (next & 0x3F);
            }
            if (lead == 0xED && point >= Character.MIN_SURROGATE) {
                // An encoded surrogate is one malformed sequence of three bytes, as the JDK reports it.
                return CoderResult.malformedForLength(3);
            }
            if (out.remaining() < Character.charCount(point)) {
                return CoderResult.OVERFLOW;
            }
            if (point < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                out.put((char) point);
            } else {
                out.put(Character.highSurrogate(point));
                out.put(Character.lowSurrogate(point));
            }
            in.position(start + length);
        }
        return CoderResult.UNDERFLOW;
    }

    /** The length of the sequence a lead byte starts, or 0 for a byte that never starts one. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /**
     * Whether {@code next} may be byte {@code index} after {@code lead}: a continuation byte, and
     * for the second byte the narrower ranges that exclude overlong forms (E0, F0) and values
     * above U+10FFFF (F4). Encoded surrogates (ED A0..BF) are whole sequences, rejected once read.
     */
    private static boolean continues(int lead, int index, int next) {
        int low = 0x80;
        int high = 0xBF;
        if (index == 1) {
            switch (lead) {
                case 0xE0 -> low = 0xA0;
                case 0xF0 -> low = 0x90;
                case 0xF4 -> high = 0x8F;
                default -> {
                }
            }
        }
        return next >= low && next <= high;
    }
}
