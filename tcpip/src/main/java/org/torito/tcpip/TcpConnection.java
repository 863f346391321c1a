package org.torito.tcpip;

import static org.torito.tcpip.TcpSequence.gt;
import static org.torito.tcpip.TcpSequence.inWindow;
import static org.torito.tcpip.TcpSequence.le;
import static org.torito.tcpip.TcpSequence.lt;

import org.torito.packet.TcpSegment;

/**
 * One TCP connection (RFC 9293) and its non-blocking socket API. All methods run on the core
 * that owns the stack; nothing here blocks or starts a thread.
 *
 * <p>One file of about 900 lines on purpose: it is one state machine. Segment arrival (RFC 9293
 * 3.10.7), output, the retransmission and TIME-WAIT timers and the socket calls all read and
 * change the same variables (the state, SND.UNA/NXT/WND, RCV.NXT/WND, the buffers), and each
 * transition touches several of them at once. The parts that stand alone already live apart:
 * sequence arithmetic ({@link TcpSequence}), the buffers ({@link SendBuffer},
 * {@link ReceiveBuffer}), the RTO estimator ({@link RetransmissionTimer}), the states
 * ({@link TcpState}) and the listener ({@link TcpListener}).
 */
public final class TcpConnection {
    static final int EVENT_ACCEPT = 1;
    static final int EVENT_RECEIVE = 2;
    static final int EVENT_CLOSE = 4;
    static final int EVENT_WRITABLE = 8;
    private static final int SYN_RETRIES = 5;
    /**
     * The smallest peer MSS we honour (Linux's tcp_min_snd_mss is 48): an MSS option of 1 would
     * otherwise make us send a segment per byte, a whole send buffer as thousands of frames.
     */
    static final int MIN_SND_MSS = 64;

    final NetworkStack stack;
    final TcpListener listener;
    TcpService service;
    final int localPort;
    final int remoteIp;
    final int remotePort;
    final long key;
    int index = -1;
    private TcpState state;

    // Send sequence space (RFC 9293 3.3.1); sndMax is the highest sequence ever sent, so ACKs
    // for data sent before a go-back-N rewind are still acceptable.
    final int iss;
    int sndUna;
    int sndNxt;
    int sndMax;
    int sndWl1;
    int sndWl2;
    long sndWnd;
    int sndMss;
    int sndShift;
    int rcvShift;
    boolean windowScaling;
    int sndBufSeq;
    SendBuffer sendBuffer;
    boolean finQueued;
    boolean finSent;
    int finSeq;

    int irs;
    int rcvNxt;
    int advertisedRight;
    ReceiveBuffer receiveBuffer;
    boolean finReceived;

    boolean reset;
    boolean userClosed;
    final RetransmissionTimer rto;
    long rtoDeadline;
    int retries;
    boolean persisting;
    long ackDeadline;
    long timeWaitDeadline;
    boolean rttTiming;
    int rttSeq;
    long rttStart;
    int unackedSegments;
    boolean ackNow;
    int dupAcks;
    int events;
    boolean closeNotified;
    boolean writeBlocked;
    private Object attachment;

    TcpConnection(NetworkStack stack, TcpListener listener, int localPort, int remoteIp, int remotePort, int iss,
            TcpState initial) {
        NetworkConfig config = stack.config();
        this.stack = stack;
        this.listener = listener;
        this.service = listener == null ? null : listener.service;
        this.localPort = localPort;
        this.remoteIp = remoteIp;
        this.remotePort = remotePort;
        this.key = ConnectionTable.key(remoteIp, remotePort, localPort);
        this.iss = iss;
        this.sndUna = iss;
        this.sndNxt = iss + 1;
        this.sndMax = iss + 1;
        this.sndBufSeq = iss + 1;
        this.sendBuffer = stack.buffers.takeSend();
        this.receiveBuffer = stack.buffers.takeReceive();
        this.rto = new RetransmissionTimer(config.initialRtoNanos(), config.minRtoNanos(), config.maxRtoNanos());
        this.state = initial;
        this.sndMss = 536;
    }

    // ---- application API ----

    public TcpState state() {
        return state;
    }

    public int localPort() {
        return localPort;
    }

    public int remoteAddress() {
        return remoteIp;
    }

    public int remotePort() {
        return remotePort;
    }

    /** True when the connection ended by a RST from the peer or by retransmission timeout. */
    public boolean isReset() {
        return reset;
    }

    /** Bytes readable now. */
    public int available() {
        return receiveBuffer.available();
    }

    /**
     * Bytes {@link #write} would accept now. A result of 0 on a connection that can still send
     * arms {@link TcpService#onWritable}, like a short write does.
     */
    public int writable() {
        if (!canWrite()) {
            return 0;
        }
        int free = sendBuffer.free();
        if (free == 0) {
            writeBlocked = true;
        }
        return free;
    }

    /** Bytes written but not yet acknowledged by the peer. */
    public int unacknowledged() {
        return sendBuffer.length();
    }

    public Object attachment() {
        return attachment;
    }

    public void attach(Object value) {
        attachment = value;
    }

    /** Callbacks for a connection this side opened (listeners give theirs to accepted ones). */
    public void setService(TcpService value) {
        service = value;
    }

    /** Reads up to {@code len} bytes: the count, 0 when none yet, -1 at end of stream or reset. */
    public int read(byte[] b, int off, int len) {
        int n = peek(b, off, len);
        if (n > 0) {
            skip(n);
        }
        return n;
    }

    /**
     * Copies up to {@code len} bytes as {@link #read} would, but leaves them to be read again:
     * a relay that may pass on only part of them then {@link #skip}s what it did pass on, and
     * the rest waits here, inside the window, instead of in a buffer of its own.
     */
    public int peek(byte[] b, int off, int len) {
        int n = receiveBuffer.peek(b, off, len);
        if (n > 0) {
            return n;
        }
        if (finReceived || userClosed || state == TcpState.CLOSED || state == TcpState.TIME_WAIT) {
            return -1;
        }
        return 0;
    }

    /** Consumes {@code n} bytes a {@link #peek} returned; the window opens as after a read. */
    public void skip(int n) {
        if (n <= 0 || n > receiveBuffer.available()) {
            throw new IllegalArgumentException("skip " + n + " of " + receiveBuffer.available() + " readable bytes");
        }
        receiveBuffer.skip(n);
        windowUpdateAfterRead();
    }

    /**
     * Queues up to {@code len} bytes for sending and returns how many were taken (0 when the
     * send buffer is full), or -1 when this side can no longer send (closed or reset).
     */
    public int write(byte[] b, int off, int len) {
        if (!canWrite()) {
            return -1;
        }
        int n = sendBuffer.append(b, off, len);
        if (n < len) {
            writeBlocked = true;
        }
        if (n > 0) {
            stack.now = stack.clockNow();
            flush();
        }
        return n;
    }

    /** Graceful close: a FIN follows the data already written. Reads then return -1. */
    public void close() {
        userClosed = true;
        switch (state) {
            case SYN_SENT:
                finish();
                return;
            case SYN_RECEIVED:
                abort();
                return;
            case ESTABLISHED:
                finQueued = true;
                setState(TcpState.FIN_WAIT_1);
                break;
            case CLOSE_WAIT:
                finQueued = true;
                setState(TcpState.LAST_ACK);
                break;
            default:
                return;
        }
        stack.now = stack.clockNow();
        flush();
    }

    /**
     * Half-close: a FIN follows the data already written, but unlike {@link #close} this side
     * keeps reading until the peer's FIN (a relay forwarding a half-closed socket needs this).
     */
    public void shutdownOutput() {
        switch (state) {
            case SYN_SENT:
                finQueued = true; // sent once the handshake completes
                return;
            case ESTABLISHED:
                finQueued = true;
                setState(TcpState.FIN_WAIT_1);
                break;
            case CLOSE_WAIT:
                finQueued = true;
                setState(TcpState.LAST_ACK);
                break;
            default:
                return;
        }
        stack.now = stack.clockNow();
        flush();
    }

    /** Abortive close: sends RST and forgets the connection at once; onClose is not called. */
    public void abort() {
        if (state == TcpState.CLOSED) {
            return;
        }
        if (state != TcpState.SYN_SENT && state != TcpState.TIME_WAIT) {
            stack.sendReset(remoteIp, remotePort, localPort, sndNxt, 0, TcpSegment.RST);
        }
        userClosed = true;
        closeNotified = true;
        finish();
    }

    private boolean canWrite() {
        return !finQueued && (state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT
                || state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED);
    }

    // ---- state ----

    void setState(TcpState next) {
        if (state == TcpState.SYN_RECEIVED && listener != null && next != TcpState.SYN_RECEIVED) {
            listener.halfOpen--;
        }
        state = next;
    }

    private void finish() {
        setState(TcpState.CLOSED);
        rtoDeadline = 0;
        ackDeadline = 0;
        events |= EVENT_CLOSE;
        stack.release(this);
        giveBuffersBack();
    }

    private void becomeReset() {
        reset = true;
        finish();
    }

    private void enterTimeWait() {
        setState(TcpState.TIME_WAIT);
        rtoDeadline = 0;
        ackDeadline = 0;
        timeWaitDeadline = stack.now + 2 * stack.config().mslNanos();
        events |= EVENT_CLOSE;
        stack.enteredTimeWait(this);
        giveBuffersBack();
    }

    /**
     * Returns both rings to the stack: in TIME-WAIT and CLOSED nothing more is sent or accepted,
     * and bytes still unsent then never will be. Bytes the application has not read yet keep
     * the receive ring (and so both) with the connection until the collector takes them.
     */
    private void giveBuffersBack() {
        if (sendBuffer == SendBuffer.NONE || !receiveBuffer.isEmpty()) {
            return;
        }
        stack.buffers.give(sendBuffer);
        stack.buffers.give(receiveBuffer);
        sendBuffer = SendBuffer.NONE;
        receiveBuffer = ReceiveBuffer.NONE;
    }

    /** Ends TIME-WAIT before its time: the stack needs the table slot for a new connection. */
    void endTimeWait() {
        finish();
    }

    private boolean finAcked() {
        return finSent && gt(sndUna, finSeq);
    }

    private boolean canReceiveData() {
        return state == TcpState.ESTABLISHED || state == TcpState.FIN_WAIT_1 || state == TcpState.FIN_WAIT_2;
    }

    /**
     * Takes the peer's SYN options: MSS (536 when absent, RFC 9293 3.7.1; at least
     * {@link #MIN_SND_MSS}) and window scale.
     */
    void synOptions(TcpSegment seg, boolean weOfferScaling) {
        int peerMss = seg.mss() > 0 ? Math.max(seg.mss(), MIN_SND_MSS) : 536;
        sndMss = Math.min(peerMss, stack.mss);
        windowScaling = weOfferScaling && seg.windowScale() >= 0;
        sndShift = windowScaling ? seg.windowScale() : 0;
        rcvShift = windowScaling ? stack.rcvShift : 0;
    }

    // ---- input (RFC 9293 3.10.7) ----

    void segmentArrives(TcpSegment seg) {
        if (state == TcpState.SYN_SENT) {
            synSentArrives(seg);
            return;
        }
        int seq = seg.sequence();
        int len = seg.payloadLength();
        boolean syn = seg.has(TcpSegment.SYN);
        boolean fin = seg.has(TcpSegment.FIN);
        boolean rst = seg.has(TcpSegment.RST);
        int segLen = len + (syn ? 1 : 0) + (fin ? 1 : 0);
        int wnd = receiveBuffer.free();
        boolean acceptable;
        if (segLen == 0) {
            acceptable = wnd == 0 ? seq == rcvNxt : inWindow(seq, rcvNxt, rcvNxt + wnd);
        } else if (wnd == 0) {
            acceptable = false;
        } else {
            acceptable = inWindow(seq, rcvNxt, rcvNxt + wnd) || inWindow(seq + segLen - 1, rcvNxt, rcvNxt + wnd);
        }
        if (!acceptable && state == TcpState.SYN_RECEIVED && syn && !rst && seg.has(TcpSegment.ACK)
                && seq == irs && seg.acknowledgment() == iss + 1 && listener == null) {
            // Simultaneous open: the peer's SYN-ACK acknowledges our SYN (RFC 9293 figure 7).
            setState(TcpState.ESTABLISHED);
            sndUna = iss + 1;
            sndWnd = seg.window();
            sndWl1 = seq;
            sndWl2 = iss + 1;
            rtoDeadline = 0;
            ackNow = true;
            return;
        }
        if (!acceptable) {
            if (rst) {
                return;
            }
            if (wnd == 0 && seq == rcvNxt && seg.has(TcpSegment.ACK) && state != TcpState.SYN_RECEIVED) {
                // A zero-window probe: its ACK and window still count (RFC 9293 3.10.7.4).
                processAck(seg, seq, 0, false);
            }
            if (state == TcpState.TIME_WAIT && fin) {
                timeWaitDeadline = stack.now + 2 * stack.config().mslNanos();
            }
            ackNow = true;
            return;
        }
        if (rst) {
            // RFC 5961 3.2: only an exact match resets; in-window guesses get a challenge ACK.
            if (seq != rcvNxt) {
                ackNow = true;
            } else if (state == TcpState.SYN_RECEIVED && listener != null) {
                finish();
                closeNotified = true;
            } else {
                becomeReset();
            }
            return;
        }
        if (syn) {
            ackNow = true; // RFC 5961 4.2 challenge ACK (or SYN-ACK again in SYN-RECEIVED)
            return;
        }
        if (!seg.has(TcpSegment.ACK)) {
            return;
        }
        if (!processAck(seg, seq, len, fin)) {
            return;
        }
        if (state == TcpState.CLOSED || state == TcpState.TIME_WAIT) {
            return;
        }
        if (len > 0 && canReceiveData()) {
            fin = receiveData(seg, seq, len, wnd, fin);
        }
        if (fin) {
            receiveFin(seq + len);
        }
    }

    /** ACK field processing; false when the segment must be dropped. */
    private boolean processAck(TcpSegment seg, int seq, int len, boolean fin) {
        int ack = seg.acknowledgment();
        if (state == TcpState.SYN_RECEIVED) {
            if (!gt(ack, sndUna) || gt(ack, sndMax)) {
                stack.sendReset(remoteIp, remotePort, localPort, ack, 0, TcpSegment.RST);
                return false;
            }
            setState(TcpState.ESTABLISHED);
            sndWnd = (long) seg.window() << sndShift;
            sndWl1 = seq;
            sndWl2 = ack;
            if (listener != null) {
                if (listener.closed) {
                    abort();
                    return false;
                }
                if (listener.service != null) {
                    events |= EVENT_ACCEPT;
                } else {
                    listener.enqueue(this);
                }
            }
        }
        if (gt(ack, sndMax)) {
            ackNow = true;
            return false;
        }
        long window = (long) seg.window() << sndShift;
        if (gt(ack, sndUna)) {
            acknowledged(ack);
        } else if (ack == sndUna && len == 0 && !fin && window == sndWnd && sndMax != sndUna) {
            if (++dupAcks == 3) {
                // Fast retransmit (RFC 5681 3.2) of the first unacknowledged segment.
                retransmitFirst();
            }
        }
        if (lt(sndWl1, seq) || (sndWl1 == seq && le(sndWl2, ack))) {
            if (window > 0 && persisting) {
                // The window opened while probing: resend from the oldest unacked byte now.
                persisting = false;
                sndNxt = sndUna;
                rtoDeadline = 0;
            }
            sndWnd = window;
            sndWl1 = seq;
            sndWl2 = ack;
        }
        if (finAcked()) {
            switch (state) {
                case FIN_WAIT_1:
                    setState(TcpState.FIN_WAIT_2);
                    break;
                case CLOSING:
                    enterTimeWait();
                    break;
                case LAST_ACK:
                    finish();
                    break;
                default:
                    break;
            }
        }
        return true;
    }

    private void acknowledged(int ack) {
        int dataAcked = Math.min(ack - sndBufSeq, sendBuffer.length());
        if (dataAcked > 0) {
            sendBuffer.consume(dataAcked);
            sndBufSeq += dataAcked;
            if (writeBlocked) {
                writeBlocked = false;
                events |= EVENT_WRITABLE;
            }
        }
        sndUna = ack;
        if (lt(sndNxt, ack)) {
            sndNxt = ack;
        }
        if (rttTiming && gt(ack, rttSeq)) {
            rto.sample(stack.now - rttStart);
            rttTiming = false;
        }
        rto.resetBackoff();
        retries = 0;
        dupAcks = 0;
        persisting = false;
        rtoDeadline = sndUna == sndMax ? 0 : stack.now + rto.timeout();
    }

    /** Stores in-window data; returns whether a FIN on this segment is still in order. */
    private boolean receiveData(TcpSegment seg, int seq, int len, int wnd, boolean fin) {
        int off = seg.payloadOffset();
        int s = seq;
        int n = len;
        if (lt(s, rcvNxt)) {
            int d = rcvNxt - s;
            off += d;
            n -= d;
            s = rcvNxt;
        }
        int room = wnd - (s - rcvNxt);
        if (n > room) {
            n = room;
            fin = false;
        }
        if (n <= 0) {
            ackNow = true;
            return fin;
        }
        if (userClosed) {
            // Nobody will read: consume in-order bytes so the peer can finish.
            if (s == rcvNxt) {
                rcvNxt += n;
            }
            ackNow = true;
            return fin && s == seq;
        }
        int before = rcvNxt;
        rcvNxt = receiveBuffer.accept(rcvNxt, s, seg.buffer(), off, n);
        if (s != before || rcvNxt != s + n || receiveBuffer.outOfOrderRanges() > 0) {
            ackNow = true; // out of order, or a gap just filled: ACK at once (RFC 5681 4.2)
        } else if (++unackedSegments >= 2) {
            ackNow = true;
        } else if (ackDeadline == 0) {
            ackDeadline = stack.now + stack.config().delayedAckNanos();
        }
        if (rcvNxt != before) {
            events |= EVENT_RECEIVE;
        }
        return fin;
    }

    private void receiveFin(int finPosition) {
        if (finPosition != rcvNxt) {
            ackNow = true;
            return;
        }
        rcvNxt++;
        finReceived = true;
        ackNow = true;
        events |= EVENT_RECEIVE;
        switch (state) {
            case ESTABLISHED:
                setState(TcpState.CLOSE_WAIT);
                break;
            case FIN_WAIT_1:
                if (finAcked()) {
                    enterTimeWait();
                } else {
                    setState(TcpState.CLOSING);
                }
                break;
            case FIN_WAIT_2:
                enterTimeWait();
                break;
            default:
                break;
        }
    }

    private void synSentArrives(TcpSegment seg) {
        boolean hasAck = seg.has(TcpSegment.ACK);
        int ack = seg.acknowledgment();
        if (hasAck && (le(ack, iss) || gt(ack, sndMax))) {
            if (!seg.has(TcpSegment.RST)) {
                stack.sendReset(remoteIp, remotePort, localPort, ack, 0, TcpSegment.RST);
            }
            return;
        }
        if (seg.has(TcpSegment.RST)) {
            if (hasAck) {
                becomeReset();
            }
            return;
        }
        if (!seg.has(TcpSegment.SYN)) {
            return;
        }
        irs = seg.sequence();
        rcvNxt = irs + 1;
        synOptions(seg, true);
        if (hasAck) {
            sndWnd = seg.window();
            sndWl1 = irs;
            sndWl2 = ack;
            acknowledged(ack);
            setState(finQueued ? TcpState.FIN_WAIT_1 : TcpState.ESTABLISHED);
            events |= EVENT_ACCEPT | EVENT_RECEIVE;
        } else {
            // Simultaneous open: answer with SYN-ACK from SYN-RECEIVED.
            setState(TcpState.SYN_RECEIVED);
            sndWnd = seg.window();
            sndWl1 = irs;
            rtoDeadline = stack.now + rto.timeout();
        }
        ackNow = true;
    }

    // ---- output ----

    /** Sends whatever is due: data within the peer's window, FIN, or a pure ACK. */
    void flush() {
        switch (state) {
            case CLOSED:
            case SYN_SENT:
                return;
            case SYN_RECEIVED:
                if (ackNow) {
                    sendSyn(true);
                }
                return;
            case TIME_WAIT:
                if (ackNow) {
                    sendAck();
                }
                return;
            default:
                break;
        }
        if (!transmit(Integer.MAX_VALUE) && ackNow) {
            sendAck();
        }
    }

    private boolean transmit(int maxSegments) {
        boolean sent = false;
        int dataEnd = sndBufSeq + sendBuffer.length();
        while (maxSegments > 0) {
            int unsent = dataEnd - sndNxt;
            long usable = sndWnd - (sndNxt - sndUna);
            if (unsent <= 0 || usable <= 0) {
                break;
            }
            int n = (int) Math.min(Math.min(unsent, usable), sndMss);
            if (n < sndMss && n < unsent && sndNxt != sndUna) {
                break; // sender-side silly window avoidance: wait for a bigger window
            }
            sendData(sndNxt, n);
            sndNxt += n;
            sent = true;
            maxSegments--;
        }
        if (finQueued && !finSent && sndNxt == dataEnd && maxSegments > 0) {
            finSeq = sndNxt;
            finSent = true;
            stack.sendTcp(this, sndNxt, TcpSegment.FIN | TcpSegment.ACK, 0, false);
            sndNxt++;
            noteSent();
            sent = true;
        }
        if (sndNxt == sndUna && dataEnd != sndUna && rtoDeadline == 0) {
            // Zero window with data waiting: the persist timer probes (RFC 9293 3.8.6.1).
            rtoDeadline = stack.now + rto.timeout();
            persisting = true;
        }
        return sent;
    }

    private void sendData(int seq, int n) {
        stack.sendTcp(this, seq, TcpSegment.ACK | TcpSegment.PSH, n, false);
        if (seq == sndMax && !rttTiming) {
            rttTiming = true;
            rttSeq = seq;
            rttStart = stack.now;
        }
        int end = seq + n;
        if (gt(end, sndMax)) {
            sndMax = end;
        }
        if (rtoDeadline == 0) {
            rtoDeadline = stack.now + rto.timeout();
        }
    }

    private void noteSent() {
        if (gt(sndNxt, sndMax)) {
            sndMax = sndNxt;
        }
        if (rtoDeadline == 0) {
            rtoDeadline = stack.now + rto.timeout();
        }
    }

    void sendSyn(boolean withAck) {
        stack.sendTcp(this, iss, withAck ? TcpSegment.SYN | TcpSegment.ACK : TcpSegment.SYN, 0, true);
        if (rtoDeadline == 0 && retries == 0) {
            // The handshake gives the first RTT sample (RFC 6298 2.2); retransmitted SYNs do not.
            rttTiming = true;
            rttSeq = iss;
            rttStart = stack.now;
        }
        if (rtoDeadline == 0) {
            rtoDeadline = stack.now + rto.timeout();
        }
    }

    private void sendAck() {
        stack.sendTcp(this, sndNxt, TcpSegment.ACK, 0, false);
    }

    private void retransmitFirst() {
        rttTiming = false;
        int dataEnd = sndBufSeq + sendBuffer.length();
        int n = Math.min(Math.min(dataEnd - sndUna, sndMss), sndMax - sndUna);
        if (n > 0) {
            stack.sendTcp(this, sndUna, TcpSegment.ACK | TcpSegment.PSH, n, false);
        } else if (finSent && !finAcked()) {
            stack.sendTcp(this, finSeq, TcpSegment.FIN | TcpSegment.ACK, 0, false);
        }
    }

    /** Called by the stack whenever it sends a segment carrying our current ACK. */
    void ackSent() {
        ackNow = false;
        ackDeadline = 0;
        unackedSegments = 0;
    }

    /** Window field for an outgoing segment; the right edge never moves left. */
    int windowField(boolean syn) {
        int free = receiveBuffer.free();
        if (lt(rcvNxt + free, advertisedRight)) {
            free = advertisedRight - rcvNxt;
        }
        int w = syn ? Math.min(free, 65535) : Math.min(free >> rcvShift, 65535);
        advertisedRight = rcvNxt + (syn ? w : w << rcvShift);
        return w;
    }

    private void windowUpdateAfterRead() {
        if (!canReceiveData()) {
            return;
        }
        int lastWindow = advertisedRight - rcvNxt;
        int threshold = Math.min(receiveBuffer.capacity() / 2, stack.mss);
        if (receiveBuffer.free() - lastWindow >= threshold) {
            stack.now = stack.clockNow();
            sendAck();
        }
    }

    // ---- timers ----

    void onTimer(long now) {
        if (state == TcpState.TIME_WAIT) {
            if (timeWaitDeadline - now <= 0) {
                finish();
            }
            return;
        }
        if (ackDeadline != 0 && ackDeadline - now <= 0) {
            ackDeadline = 0;
            ackNow = true;
        }
        if (rtoDeadline != 0 && rtoDeadline - now <= 0) {
            retransmissionTimeout();
        }
    }

    private void retransmissionTimeout() {
        rtoDeadline = 0;
        rttTiming = false;
        int dataEnd = sndBufSeq + sendBuffer.length();
        boolean probing = sndWnd == 0 && dataEnd != sndUna && (state == TcpState.ESTABLISHED
                || state == TcpState.CLOSE_WAIT || state == TcpState.FIN_WAIT_1 || state == TcpState.LAST_ACK);
        if (!probing) {
            int limit = state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED
                    ? SYN_RETRIES : stack.config().maxRetransmissions();
            if (++retries > limit) {
                if (state == TcpState.SYN_RECEIVED && listener != null) {
                    closeNotified = true;
                }
                becomeReset();
                return;
            }
        }
        rto.backOff();
        if (state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED) {
            sendSyn(state == TcpState.SYN_RECEIVED);
            return;
        }
        // Go back to the oldest unacknowledged byte and resend one segment; ACKs clock the rest.
        sndNxt = sndUna;
        if (finSent && !finAcked()) {
            finSent = false;
        }
        if (probing) {
            persisting = true;
            sendData(sndUna, 1);
            sndNxt = sndUna + 1;
            rtoDeadline = stack.now + rto.timeout();
            return;
        }
        transmit(1);
        if (rtoDeadline == 0) {
            rtoDeadline = stack.now + rto.timeout();
        }
    }

    /** Earliest pending timer, or Long.MAX_VALUE. */
    long nextDeadline() {
        long d = Long.MAX_VALUE;
        if (state == TcpState.TIME_WAIT) {
            return timeWaitDeadline;
        }
        if (rtoDeadline != 0) {
            d = rtoDeadline;
        }
        if (ackDeadline != 0 && ackDeadline - d < 0) {
            d = ackDeadline;
        }
        return d;
    }

    /** Runs the service callbacks for what happened, then sends what is due. */
    void dispatch() {
        int ev = events;
        events = 0;
        TcpService s = service;
        if (s != null) {
            if ((ev & EVENT_ACCEPT) != 0) {
                s.onAccept(this);
                // The acceptor may hand the connection to a service of its own (a blocking socket).
                s = service;
            }
            if ((ev & EVENT_RECEIVE) != 0 && (available() > 0 || finReceived)) {
                s.onReceive(this);
            }
            if ((ev & EVENT_WRITABLE) != 0 && canWrite()) {
                s.onWritable(this);
            }
            if ((ev & EVENT_CLOSE) != 0 && !closeNotified) {
                closeNotified = true;
                s.onClose(this);
            }
        }
        flush();
    }
}
