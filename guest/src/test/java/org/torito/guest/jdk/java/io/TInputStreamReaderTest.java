package org.torito.guest.jdk.java.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The stand-in reads as the JDK's InputStreamReader does, and goes on after a stream's timeout. */
class TInputStreamReaderTest {
    /** A socket's stream: each step gives its bytes (a String as UTF-8, or a byte[]) in one read, or throws once. */
    private static final class Steps extends InputStream {
        private final Deque<Object> steps = new ArrayDeque<>();

        Steps(Object... steps) {
            for (Object step : steps) {
                Object s = step instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : step;
                if (!(s instanceof byte[] b) || b.length > 0) {
                    this.steps.add(s);   // an empty read is no read: InputStream.read gives at least one byte
                }
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Object step = steps.poll();
            if (step == null) {
                return -1;
            }
            if (step instanceof IOException e) {
                throw e;
            }
            byte[] bytes = (byte[]) step;
            if (bytes.length > len) {
                steps.push(java.util.Arrays.copyOfRange(bytes, len, bytes.length));
            }
            int n = Math.min(len, bytes.length);
            System.arraycopy(bytes, 0, b, off, n);
            return n;
        }
    }

    /** What readLine gives, line by line, with "timeout" where the stream timed out. */
    private static String lines(Function<InputStream, Reader> reader, Object... steps) throws IOException {
        BufferedReader in = new BufferedReader(reader.apply(new Steps(steps)));
        StringBuilder out = new StringBuilder();
        while (true) {
            try {
                String line = in.readLine();
                if (line == null) {
                    return out.toString();
                }
                out.append(line).append('|');
            } catch (SocketTimeoutException e) {
                out.append("timeout|");
            }
        }
    }

    @Test
    void aReadTimeoutLosesNothingAndRepeatsNothing() throws IOException {
        Object[] steps = {"timeout\n", new SocketTimeoutException("Read timed out"), "héllo wörld\n", "half\n"};
        String jdk = lines(in -> new InputStreamReader(in, StandardCharsets.UTF_8), steps.clone());
        assertEquals("timeout|timeout|héllo wörld|half|", jdk);
        assertEquals(jdk, lines(in -> new TInputStreamReader(in, StandardCharsets.UTF_8),
                new Object[] {"timeout\n", new SocketTimeoutException("Read timed out"), "héllo wörld\n", "half\n"}));
    }

    @Test
    void aCharacterSplitAcrossReadsAndMalformedBytesDecodeAsTheJdks() throws IOException {
        byte[] bytes = {'a', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, 'b', (byte) 0xE2, (byte) 0x82};
        for (int cut = 0; cut <= bytes.length; cut++) {
            String jdk = readAll(new InputStreamReader(split(bytes, cut), StandardCharsets.UTF_8));
            assertEquals(jdk, readAll(new TInputStreamReader(split(bytes, cut), StandardCharsets.UTF_8)), "cut at " + cut);
        }
    }

    @Test
    void encodingNamesReadinessAndClose() throws IOException {
        TInputStreamReader reader = new TInputStreamReader(new ByteArrayInputStream("xy".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        assertEquals(new InputStreamReader(InputStream.nullInputStream(), StandardCharsets.UTF_8).getEncoding(),
                reader.getEncoding());
        assertEquals("ISO8859_1", new TInputStreamReader(InputStream.nullInputStream(), "latin1").getEncoding());
        assertTrue(reader.ready());
        assertEquals('x', reader.read());
        reader.close();
        assertNull(reader.getEncoding());
        assertEquals("Stream closed", assertThrows(IOException.class, reader::read).getMessage());
        assertThrows(java.io.UnsupportedEncodingException.class,
                () -> new TInputStreamReader(InputStream.nullInputStream(), "no-such-charset"));
        assertFalse(new TInputStreamReader(InputStream.nullInputStream(), StandardCharsets.UTF_8).ready());
    }

    private static InputStream split(byte[] bytes, int cut) {
        return new Steps(java.util.Arrays.copyOfRange(bytes, 0, cut), java.util.Arrays.copyOfRange(bytes, cut,
                bytes.length));
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[3];
        int n;
        while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
            out.append(buffer, 0, n).append('/');
        }
        return out.toString();
    }
}
