package org.torito.guest.runtime.charset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The image's UTF-8 decoder and encoder against the JDK's, on HotSpot. */
class Utf8CodersTest {

    @Test
    void decodesLikeTheJdkWithReplacement() throws CharacterCodingException {
        SplittableRandom random = new SplittableRandom(3);
        // Bytes biased to the interesting ones: leads, continuations, the edges of both.
        int[] alphabet = {0x00, 0x2F, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
            0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
        for (int i = 0; i < 200_000; i++) {
            byte[] bytes = new byte[random.nextInt(1, 9)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : alphabet[random.nextInt(alphabet.length)]);
            }
            String expected = new String(bytes, StandardCharsets.UTF_8);
            String actual = new Utf8Decoder(StandardCharsets.UTF_8).onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            assertEquals(expected, actual, HexFormat.ofDelimiter(" ").formatHex(bytes));
        }
    }

    @Test
    void encodesLikeTheJdkWithReplacement() throws CharacterCodingException {
        SplittableRandom random = new SplittableRandom(4);
        char[] alphabet = {'a', '/', '\u0000', '\u007F', '\u0080', '\u07FF', '\u0800', '\uFFFF', '\uD800', '\uDBFF',
            '\uDC00', '\uDFFF', '\u00E9', '\u4E2D'};
        for (int i = 0; i < 100_000; i++) {
            char[] chars = new char[random.nextInt(1, 7)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(chars);
            ByteBuffer encoded = new Utf8Encoder(StandardCharsets.UTF_8).onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(text));
            byte[] actual = new byte[encoded.remaining()];
            encoded.get(actual);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), actual, text.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }
}
