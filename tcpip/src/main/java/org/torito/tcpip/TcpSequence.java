package org.torito.tcpip;

/** Sequence-number comparisons modulo 2^32 (RFC 9293 3.4): the signed difference decides. */
final class TcpSequence {
    private TcpSequence() {
    }

    static boolean lt(int a, int b) {
        return a - b < 0;
    }

    static boolean le(int a, int b) {
        return a - b <= 0;
    }

    static boolean gt(int a, int b) {
        return a - b > 0;
    }

    static boolean ge(int a, int b) {
        return a - b >= 0;
    }

    /** lo <= x < hi, modulo 2^32. */
    static boolean inWindow(int x, int lo, int hi) {
        return x - lo >= 0 && x - hi < 0;
    }
}
