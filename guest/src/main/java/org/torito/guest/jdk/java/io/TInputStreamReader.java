package org.torito.guest.jdk.java.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Objects;

/**
 * {@code java.io.InputStreamReader}, in place of TeaVM's, which left its buffers half-turned when
 * the stream threw: after a socket read timed out (SO_TIMEOUT), the next readLine returned the
 * line it had already returned, then a run of NUL characters. A timeout is an exception a server
 * expects and goes on from, so every buffer here is turned back in a finally. Like the JDK's, a
 * read returns what one read of the stream decodes to (it never waits to fill the caller's
 * array), and malformed input becomes U+FFFD. Unlike the JDK's it takes no lock: a stand-in is
 * class-library code, whose monitors the image pipeline does not make safe to hold across a
 * blocking read (docs/aot-pipeline.md, "Monitors held across a suspension"); its buffers are
 * whole whenever the stream blocks, which is the only time another thread of the core can run.
 */
public class TInputStreamReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    /** Bytes read and not decoded yet, ready to read (position..limit). */
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    /** Characters decoded and not handed out yet, ready to read. */
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    /** What one read of the stream lands in, before it joins {@link #bytes}. */
    private final byte[] scratch = new byte[8192];
    private boolean endOfInput;
    private boolean flushed;
    private boolean closed;

    public TInputStreamReader(InputStream in) {
        this(in, Charset.defaultCharset());
    }

    public TInputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        this(in, charsetFor(charsetName));
    }

    public TInputStreamReader(InputStream in, Charset charset) {
        this(in, Objects.requireNonNull(charset, "charset").newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    public TInputStreamReader(InputStream in, CharsetDecoder decoder) {
        super(in);
        this.in = in;
        this.decoder = Objects.requireNonNull(decoder, "charset decoder");
    }

    private static Charset charsetFor(String name) throws UnsupportedEncodingException {
        Objects.requireNonNull(name, "charsetName");
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingException(name);
        }
    }

    /** The JDK's historical name for the charset (UTF8, ISO8859_1, ASCII, ...); null once closed. */
    public String getEncoding() {
        if (closed) {
            return null;
        }
        String name = decoder.charset().name();
        return switch (name) {
            case "UTF-8" -> "UTF8";
            case "ISO-8859-1" -> "ISO8859_1";
            case "US-ASCII" -> "ASCII";
            case "UTF-16BE" -> "UnicodeBigUnmarked";
            case "UTF-16LE" -> "UnicodeLittleUnmarked";
            case "UTF-32" -> "UTF_32";
            case "UTF-32BE" -> "UTF_32BE";
            case "UTF-32LE" -> "UTF_32LE";
            default -> name;
        };
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        ensureOpen();
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /**
     * Decodes at least one more character into {@link #chars}, reading the stream where the bytes
     * held do not make one; false at the end of the input. The buffers are turned only around the
     * decoder, never across the stream's read, so an exception or another thread meets them whole.
     */
    private boolean decodeMore() throws IOException {
        while (true) {
            boolean produced;
            chars.compact();
            try {
                decoder.decode(bytes, chars, endOfInput);
                if (chars.position() == 0 && endOfInput && !flushed) {
                    flushed = true;
                    decoder.flush(chars);
                }
                produced = chars.position() > 0;
            } finally {
                chars.flip();
            }
            if (produced) {
                return true;
            }
            if (endOfInput) {
                return false;
            }
            readMore();
        }
    }

    /** One read of the stream into the room {@link #bytes} has left. */
    private void readMore() throws IOException {
        int n = in.read(scratch, 0, bytes.capacity() - bytes.remaining());
        if (n < 0) {
            endOfInput = true;
            return;
        }
        bytes.compact();
        bytes.put(scratch, 0, n);
        bytes.flip();
    }

    /** The JDK's: characters decoded, bytes held, or bytes the stream has without blocking. */
    @Override
    public boolean ready() throws IOException {
        ensureOpen();
        return chars.hasRemaining() || bytes.hasRemaining() || in.available() > 0;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            in.close();
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }
}
