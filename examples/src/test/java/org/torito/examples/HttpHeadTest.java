package org.torito.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HttpHeadTest {
    private static HttpHead parse(String head) {
        byte[] b = head.getBytes(StandardCharsets.ISO_8859_1);
        return HttpHead.parse(b, b.length);
    }

    @Test
    void aGetWithHeadersInAnyCase() {
        HttpHead h = parse("GET /bytes?n=5 HTTP/1.1\r\nHost: x\r\nCONTENT-length:  12 \r\nAccept: */*\r\n\r\n");
        assertNull(h.error);
        assertEquals("GET", h.method);
        assertEquals("/bytes?n=5", h.target);
        assertEquals(12, h.contentLength);
        assertTrue(h.keepAlive);
    }

    @Test
    void connectionHeaderAndVersionDecideKeepAlive() {
        assertFalse(parse("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n").keepAlive);
        assertFalse(parse("GET / HTTP/1.0\r\n\r\n").keepAlive);
        assertTrue(parse("GET / HTTP/1.0\r\nconnection: keep-alive\r\n\r\n").keepAlive);
    }

    @Test
    void theRangeHeaderAndTheRequestLineAreKept() {
        HttpHead h = parse("GET /big.bin HTTP/1.1\r\nRange:  bytes=10-19 \r\n\r\n");
        assertEquals("bytes=10-19", h.range);
        assertEquals("GET /big.bin HTTP/1.1", h.requestLine);
        assertNull(parse("GET / HTTP/1.1\r\n\r\n").range);
    }

    @Test
    void aRefusedHeadKeepsWhatParsedForTheLog() {
        HttpHead badLength = parse("POST /up HTTP/1.1\r\nContent-Length: +5\r\n\r\n");
        assertEquals("bad Content-Length", badLength.error);
        assertEquals("POST", badLength.method);
        assertEquals("/up", badLength.target);
        HttpHead badLine = parse("NONSENSE\r\n\r\n");
        assertNull(badLine.method);
        assertEquals("NONSENSE", badLine.requestLine);
    }

    @Test
    void badHeadsAreRefusedWithAReason() {
        assertEquals("bad request line", parse("GET /\r\n\r\n").error);
        assertEquals("bad request line", parse("GET  / HTTP/1.1\r\n\r\n").error);
        assertEquals("bad request line", parse("GET / x HTTP/1.1\r\n\r\n").error);
        assertEquals("bad request line", parse("GET / SPDY/3\r\n\r\n").error);
        assertEquals("bad Content-Length", parse("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n").error);
        assertEquals("bad Content-Length", parse("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n").error);
        HttpHead chunked = parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        assertTrue(chunked.unsupported);
        assertEquals("chunked bodies are not supported", chunked.error);
    }

    @Test
    void headerLinesWithoutAColonAreIgnored() {
        HttpHead h = parse("GET / HTTP/1.1\r\nnonsense\r\n: empty name\r\nContent-Length: 3\r\n\r\n");
        assertNull(h.error);
        assertEquals(3, h.contentLength);
    }
}
