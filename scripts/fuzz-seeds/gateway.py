# Writes the hand-made regression seeds of scripts/fuzz gateway: python3 scripts/fuzz-seeds/gateway.py <Inputs dir>/<method>/
# (the op encoding is the fuzz test's; see its class comment).
import struct, os, sys
out = sys.argv[1]
SYNACK, ACK, PSHACK, FINACK, RST, SYN, RSTACK, RAW = range(8)
def u8(x): return bytes([x & 0xff])
def u16(x): return struct.pack('>H', x & 0xffff)
def u32(x): return struct.pack('>I', x & 0xffffffff)
def tcp(slot, fsel, seq=None, ack=None, window=0xffff, mss=None, scale=None, port=None, payload=b'', corrupt=b'\x00', raw=None, queue=1):
    b = u8(1) + u8(slot) + u8(fsel)
    if fsel == RAW: b += u8(raw)
    b += seq if seq is not None else u8(0)
    b += ack if ack is not None else u8(0)
    b += u16(window)
    opts = (1 if mss is not None else 0) | (2 if scale is not None else 0) | (4 if port is not None else 0)
    b += u8(opts)
    if mss is not None: b += u16(mss)
    if scale is not None: b += u8(scale)
    if slot == 2 and port is not None: b += u16(port)
    b += u16(len(payload)) + corrupt + payload + u8(queue)
    return b
def near(d): return u8(2) + u16(d)
def clock(mode, v=0):
    b = u8(3) + u8(mode)
    if mode in (0, 1): b += u8(v)
    elif mode == 3: b += u32(v)
    return b
def host(action, which=0, n=0): return u8(4) + u8(action) + u8(which) + u16(n)
def full(on): return u8(7) + u8(1 if on else 0)
def dhcp(msgtype, requested=None, queue=1):
    # kind: even = DHCP; bit3 = our MAC; bit2 broadcast flag
    b = u8(5) + u8(8 | 4) + u32(0x1234)
    opts = [u8(0) + u8(msgtype)]
    if requested is not None: opts.append(u8(1 | 4 | 8))  # requested IP = guest
    b += u8(len(opts)) + b''.join(opts)
    return b + u8(0) + u8(queue)
def udp(dport, sport, payload, queue=1):
    return u8(5) + u8(1 | 2) + u16(len(payload)) + u16(dport) + u16(sport) + payload + u8(0) + u8(queue)
def arp(queue=1): return u8(6) + u8(2 | 4 | 8) + u8(0) + u8(queue)
def ping(queue=1): return u8(6) + u8(1 | 2 | 4) + u16(32) + b'p' * 32 + u16(9) + u16(1) + u8(0) + u8(queue)
forward = host(0, 0) + tcp(0, SYNACK, mss=1460, scale=7) 
seeds = {
 'forwarded-handshake-data-fin': forward + host(1, 0, 3000) + tcp(0, ACK) + tcp(0, PSHACK, payload=b'GET / HTTP/1.0\r\n\r\n')
    + clock(0, 41) + tcp(0, ACK) + tcp(0, FINACK) + host(5, 0) + clock(2) + tcp(0, ACK) + clock(1, 10),
 'forwarded-two-flows-two-queues': forward + host(0, 1) + tcp(1, SYNACK, queue=2) + tcp(1, PSHACK, payload=b'x' * 1000, queue=2)
    + tcp(0, PSHACK, payload=b'y' * 1460) + clock(2) + host(4, 1) + clock(2),
 'guest-full-backlog-retry': forward + full(True) + host(1, 0, 4000) + clock(2) + clock(2) + full(False) + tcp(0, ACK) + clock(2),
 'retransmit-until-reset': host(0, 0) + clock(2) + clock(2) + clock(2) + clock(2) + clock(2) + clock(2) + clock(2) + clock(2),
 'guest-initiated-gets-rst': tcp(2, SYN, mss=1460) + tcp(2, SYN, port=22) + tcp(2, ACK, port=8080, payload=b'hi'),
 'dhcp-discover-request': dhcp(1) + dhcp(3, requested=True) + dhcp(7) + dhcp(3, requested=True, queue=3),
 'udp-arp-ping': arp() + ping() + udp(5353, 53, b'q' * 40) + udp(67, 68, b'\x01' * 300) + arp(queue=0),
 'zero-window-persist': host(0, 0) + tcp(0, SYNACK, window=0) + host(1, 0, 2000) + clock(2) + clock(2) + clock(2)
    + tcp(0, ACK, window=3000) + clock(2),
 'out-of-order-challenge': forward + tcp(0, PSHACK, seq=near(300), payload=b'b' * 300) + tcp(0, PSHACK, payload=b'a' * 300)
    + tcp(0, SYN, seq=near(5)) + tcp(0, RST, seq=near(7)) + tcp(0, RST),
}
for name, data in seeds.items():
    open(os.path.join(out, name), 'wb').write(data)
print(len(seeds))
