package org.torito.vmm.guests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP client of the tests that compare a server on HotSpot with the same server in a guest:
 * raw bytes in, every byte of the answer out (up to the server's close), so nothing a client
 * library forgives goes unseen. The Date header's value differs between any two runs and is
 * blanked.
 */
final class RawHttpClient {
    private RawHttpClient() {
    }

    /**
     * The answer to {@code request}, once it starts with {@code status}: the guest's forward
     * accepts before the guest listens, and closes what it cannot deliver; at most 60 s.
     */
    static String firstAnswer(int port, String request, String status) throws Exception {
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try {
                String answer = exchange(port, request);
                if (answer.startsWith(status)) {
                    return answer;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > giveUp) {
                throw new IOException("nobody answered on port " + port);
            }
            Thread.sleep(100);
        }
    }

    /** Sends {@code requests} on one connection; all the server sent until it closed, Date values blanked. */
    static String exchange(int port, String requests) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(requests.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);
            return answer.replaceAll("\r\nDate: [^\r]*\r\n", "\r\nDate: (now)\r\n");
        }
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] b = new byte[8192];
        try {
            for (int n; (n = in.read(b)) >= 0; ) {
                all.write(b, 0, n);
            }
        } catch (IOException e) {
            // a reset after the server closed: what came before counts
        }
        return all.toByteArray();
    }
}
