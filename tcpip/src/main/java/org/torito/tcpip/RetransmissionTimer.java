package org.torito.tcpip;

/**
 * RFC 6298 retransmission timeout: SRTT/RTTVAR smoothing, RTO = SRTT + max(G, 4 RTTVAR),
 * clamped to [min, max], doubled per timeout (exponential backoff) until a new sample.
 */
final class RetransmissionTimer {
    private static final long GRANULARITY = 1_000_000L;

    private final long minRto;
    private final long maxRto;
    private long srtt;
    private long rttvar;
    private long rto;
    private int backoff;

    RetransmissionTimer(long initialRto, long minRto, long maxRto) {
        this.minRto = minRto;
        this.maxRto = maxRto;
        this.rto = initialRto;
    }

    /** A round-trip sample from a segment that was not retransmitted (Karn's rule). */
    void sample(long rtt) {
        if (rtt < 0) {
            return;
        }
        if (srtt == 0) {
            srtt = rtt;
            rttvar = rtt / 2;
        } else {
            long delta = srtt > rtt ? srtt - rtt : rtt - srtt;
            rttvar = (3 * rttvar + delta) / 4;
            srtt = (7 * srtt + rtt) / 8;
        }
        rto = srtt + Math.max(GRANULARITY, 4 * rttvar);
        backoff = 0;
    }

    /** The current timeout including backoff. */
    long timeout() {
        long t = Math.max(minRto, rto);
        for (int i = 0; i < backoff && t < maxRto; i++) {
            t *= 2;
        }
        return Math.min(t, maxRto);
    }

    void backOff() {
        if (backoff < 30) {
            backoff++;
        }
    }

    void resetBackoff() {
        backoff = 0;
    }

    long smoothedRtt() {
        return srtt;
    }
}
