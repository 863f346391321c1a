package org.torito.guest.runtime.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * UTF-8 encoding as the JDK does it; the image pipeline makes TeaVM's UTF-8 charset hand this
 * out (org.torito.boot.teavm.classlib.TextFixes). TeaVM 0.15's encoder threw
 * IllegalArgumentException on an unpaired low surrogate ({@code "x\uDC00".getBytes(UTF_8)}) and
 * dropped an unpaired high one; here each is a malformed char, which getBytes replaces with '?'.
 */
public final class Utf8Encoder extends CharsetEncoder {

    public Utf8Encoder(Charset charset) {
        super(charset, 1.1f, 3.0f);
    }

    /** The charset's newEncoder(). */
    public static CharsetEncoder newEncoder(Charset charset) {
        return new Utf8Encoder(charset);
    }

    @Override
    protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
        while (in.hasRemaining()) {
            int start = in.position();
            char c = in.get(start);
            int point = c;
            int chars = 1;
            if (Character.isHighSurrogate(c)) {
                if (start + 1 >= in.limit()) {
                    return CoderResult.UNDERFLOW;
                }
                char low = in.get(start + 1);
                if (!Character.isLowSurrogate(low)) {
                    return CoderResult.malformedForLength(1);
                }
                point = Character.toCodePoint(c, low);
                chars = 2;
            } else if (Character.isLowSurrogate(c)) {
                return CoderResult.malformedForLength(1);
            }
            int bytes = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
            if (out.remaining() < bytes) {
                return CoderResult.OVERFLOW;
            }
            if (bytes == 1) {
                out.put((byte) point);
            } else {
                // The lead byte: the length's marker bits above the top bits of the value.
                out.put((byte) ((0xF00 >> bytes) | (point >> (6 * (bytes - 1)))));
                for (int shift = 6 * (bytes - 2); shift >= 0; shift -= 6) {
                    out.put((byte) (0x80 | ((point >> shift) & 0x3F)));
                }
            }
            in.position(start + chars);
        }
        return CoderResult.UNDERFLOW;
    }
}
