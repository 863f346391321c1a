package org.torito.examples;

import java.io.IOException;
import java.io.OutputStream;

import org.torito.guest.FileSystems;
import org.torito.guest.Kernel;
import org.torito.guest.Network;
import org.torito.guest.Volume;
import org.torito.packet.Ipv4Address;
import org.torito.tcpip.TcpConnection;
import org.torito.tcpip.TcpService;

/**
 * A static-file web server (configs/fileserver.json forwards 127.0.0.1:8081 to port 80): serves
 * the tree of the VM's first disk (ext2 or FAT) with content types by extension, index.html or
 * an HTML listing for a directory, 404 for a missing name, single byte ranges (206), and
 * streams files of any size through a 32 KiB buffer. Each request adds one line to
 * /logs/access.log on the same disk, through a buffered append stream that the unmount at exit
 * writes out, so a clean exit leaves every line on the disk.
 *
 * <p>Serves on core 0 only: a mounted file system belongs to one core (each core is its own
 * isolate with its own cache), so run it with "cpus": 1. With the argument "exit-endpoint",
 * GET /exit ends the VM cleanly (not logged; tests use it).
 */
public final class FileServer implements TcpService {
    static final int PORT = 80;
    static final String LOG = "/logs/access.log";
    private static final int BACKLOG = 256;

    private final Volume volume;
    private final OutputStream log;
    private final boolean exitEndpoint;
    private final byte[] scratch = new byte[32 * 1024];

    FileServer(Volume volume, OutputStream log, boolean exitEndpoint) {
        this.volume = volume;
        this.log = log;
        this.exitEndpoint = exitEndpoint;
    }

    @Override
    public void onAccept(TcpConnection connection) {
        connection.attach(new FileExchange(connection, this));
    }

    @Override
    public void onReceive(TcpConnection connection) {
        FileExchange exchange = (FileExchange) connection.attachment();
        if (exchange != null) {
            exchange.progress(scratch);
        }
    }

    @Override
    public void onWritable(TcpConnection connection) {
        onReceive(connection);
    }

    @Override
    public void onClose(TcpConnection connection) {
        FileExchange exchange = (FileExchange) connection.attachment();
        if (exchange != null) {
            exchange.release();
        }
        connection.attach(null);
    }

    Volume volume() {
        return volume;
    }

    boolean exitEndpoint() {
        return exitEndpoint;
    }

    /** One line per request: client, request line, status, body bytes, milliseconds since boot. */
    void logRequest(TcpConnection connection, String method, String target, int status, long bytes) {
        String line = Ipv4Address.toString(connection.remoteAddress()) + " \"" + method + " " + target + "\" " + status
                + " " + bytes + " " + Kernel.uptimeNanos() / 1_000_000 + "\n";
        try {
            log.write(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("fileserver: cannot log: " + e.getMessage());
        }
    }

    public static void main(String[] args) throws Exception {
        boolean exitEndpoint = args.length > 0 && args[0].equals("exit-endpoint");
        Volume volume = FileSystems.mount(0);
        if (volume.writable()) {
            volume.createDirectories("/logs");
        }
        OutputStream log = volume.writable() ? volume.newOutputStream(LOG, true) : new OutputStream() {
            @Override
            public void write(int b) {
            }
        };
        System.out.println("fileserver: serving " + volume.kind() + " disk 0 on port " + PORT + " of "
                + Ipv4Address.toString(Network.address().address) + (volume.writable() ? ", logging to " + LOG
                : ", read-only: no log"));
        Network.serve(PORT, BACKLOG, new FileServer(volume, log, exitEndpoint));
    }
}
