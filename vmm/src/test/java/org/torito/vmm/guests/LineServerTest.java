package org.torito.vmm.guests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * java.net in the guest behaves as on HotSpot: {@link LineServer}, a plain-Java thread-per-
 * connection server, runs on HotSpot and in a guest behind a port forward; the same client talks
 * to both (answers, a read timeout, a half-close each way, close, exit) and what it hears and what
 * the server prints must be the same.
 */
class LineServerTest {
    private static Path image;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws Exception {
        image = GuestImages.build(LineServer.class);
    }

    @Test
    @Timeout(180)
    void theSameServerAnswersTheSameOnHotSpotAndInAGuest() throws Exception {
        int hotspotPort = HttpGuestTest.freePort();
        HotSpotRun hotspot = HotSpotRun.start(LineServer.class, Integer.toString(hotspotPort));
        List<String> onHotSpot = converse(hotspotPort);
        assertEquals(0, hotspot.waitFor(), hotspot.output());
        String hotspotConsole = hotspot.output();

        int guestPort = HttpGuestTest.freePort();
        Path config = dir.resolve("line.json");
        Files.writeString(config, "{\"kernel\": \"" + image + "\", \"memory\": \"128M\", \"nets\": [{\"backend\": "
                + "\"user\", \"forwards\": [{\"host\": \"127.0.0.1:" + guestPort + "\", \"guest\": 7}]}]}");
        CompletableFuture<CliRun> vm = CompletableFuture.supplyAsync(() -> CliRun.execute("run", config.toString(),
                "--", "7"));
        List<String> inGuest = converse(guestPort);
        CliRun run = vm.get(60, TimeUnit.SECONDS);
        assertEquals(0, run.exitCode(), run.console() + run.errors());

        assertEquals(onHotSpot, inGuest, "what the client heard: HotSpot, then the guest");
        assertEquals(header(hotspotConsole), header(run.console()), "what the server printed before serving");
        assertEquals(connectionLines(hotspotConsole), connectionLines(run.console()),
                "what the server printed per connection");
    }

    /** The lines up to "listening", except the bound port, which each side chose. */
    private static List<String> header(String console) {
        List<String> lines = new ArrayList<>();
        for (String line : console.lines().toList()) {
            if (line.startsWith("bound: ")) {
                line = "bound: " + line.substring(line.indexOf(' ', 7) + 1);
            }
            lines.add(line);
            if (line.equals("listening")) {
                break;
            }
        }
        return lines;
    }

    /** The connections' lines, sorted: their threads print in whichever order the scheduler runs them. */
    private static List<String> connectionLines(String console) {
        return console.lines().filter(l -> l.startsWith("connection ")).sorted().toList();
    }

    /** Three connections, one after the other; what the client heard, line by line. */
    private static List<String> converse(int port) throws Exception {
        List<String> heard = new ArrayList<>();
        Opened first = connectWhenListening(port);
        try (Socket s = first.socket()) {
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            heard.add("1: " + first.answer());
            heard.add("1: " + exchange(out, in, "timeout"));        // the server's read times out after 300 ms
            heard.add("1: " + exchange(out, in, "héllo wörld"));
            heard.add("1: " + exchange(out, in, "half"));           // "bye", then the server's FIN
            heard.add("1: after half: " + in.read());
            out.write("after\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        Thread.sleep(200);
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write("quit\n".getBytes(StandardCharsets.UTF_8));
            heard.add("2: after quit: " + s.getInputStream().read());
        }
        Thread.sleep(200);
        try (Socket s = new Socket("127.0.0.1", port)) {
            heard.add("3: " + exchange(s.getOutputStream(), s.getInputStream(), "exit"));
        }
        return heard;
    }

    /** A connection and the answer to its first line. */
    private record Opened(Socket socket, String answer) {
    }

    /**
     * A connection that got its "hello" answered: the guest's forward accepts before the guest
     * listens, and a connection it cannot deliver is closed; then try again.
     */
    private static Opened connectWhenListening(int port) throws Exception {
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Socket s = null;
            try {
                s = new Socket("127.0.0.1", port);
                s.setSoTimeout(10_000);
                String answer = exchange(s.getOutputStream(), s.getInputStream(), "hello");
                if (answer.equals("HELLO")) {
                    return new Opened(s, answer);
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (s != null) {
                s.close();
            }
            if (System.nanoTime() > giveUp) {
                throw new IOException("nobody answered hello on port " + port);
            }
            Thread.sleep(100);
        }
    }

    private static String exchange(OutputStream out, InputStream in, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return readLine(in);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        return b < 0 && line.size() == 0 ? "(end of stream)" : line.toString(StandardCharsets.UTF_8);
    }
}
