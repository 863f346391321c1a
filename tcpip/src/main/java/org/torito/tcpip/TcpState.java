package org.torito.tcpip;

/** RFC 9293 3.3.2 connection states. LISTEN belongs to {@link TcpListener}, not to a connection. */
public enum TcpState {
    SYN_SENT,
    SYN_RECEIVED,
    ESTABLISHED,
    FIN_WAIT_1,
    FIN_WAIT_2,
    CLOSE_WAIT,
    CLOSING,
    LAST_ACK,
    TIME_WAIT,
    CLOSED
}
