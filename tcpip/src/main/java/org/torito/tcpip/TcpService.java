package org.torito.tcpip;

/**
 * Toro-style multiplexed network service: the stack calls these on its own core, from inside
 * {@link NetworkStack#receive} or {@link NetworkStack#poll}, after it has finished processing
 * the segment, so the callee may read, write and close freely.
 */
public interface TcpService {
    /**
     * A connection reached ESTABLISHED: one accepted on a listening port served by this service,
     * or one this side opened. The callee may give the connection another service.
     */
    void onAccept(TcpConnection connection);

    /** New bytes are readable, or the peer closed its side (then read returns -1). */
    void onReceive(TcpConnection connection);

    /** The connection is finished: closed by both sides, reset, or timed out. Called once. */
    void onClose(TcpConnection connection);

    /**
     * Send-buffer space freed up after a {@link TcpConnection#write} took fewer bytes than
     * offered or {@link TcpConnection#writable} returned 0: a relay or a large response can
     * continue. Called once per such event.
     */
    default void onWritable(TcpConnection connection) {
    }
}
