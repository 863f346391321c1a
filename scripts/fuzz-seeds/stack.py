# Writes the hand-made regression seeds of scripts/fuzz stack: python3 scripts/fuzz-seeds/stack.py <Inputs dir>/<method>/
# (the op encoding is the fuzz test's; see its class comment).
import struct, os, sys
out = sys.argv[1]
SYN, ACK, PSHACK, FINACK, RST, RSTACK, SYNACK, RAW = range(8)
def u8(x): return bytes([x & 0xff])
def u16(x): return struct.pack('>H', x & 0xffff)
def u32(x): return struct.pack('>I', x & 0xffffffff)
def tcp(slot, fsel, seq=0, ack=0, window=0xffff, mss=None, scale=None, payload=b'', corrupt=b'\x00', raw=None, op=1):
    b = u8(op) + u8(slot) + u8(fsel)
    if fsel == RAW: b += u8(raw)
    b += seq if isinstance(seq, bytes) else u8(0)
    b += ack if isinstance(ack, bytes) else u8(0)
    b += u16(window)
    opts = (1 if mss is not None else 0) | (2 if scale is not None else 0)
    b += u8(opts)
    if mss is not None: b += u16(mss)
    if scale is not None: b += u8(scale)
    b += u16(len(payload)) + corrupt + payload
    return b
def near(d): return u8(2) + u16(d)
def anyv(v): return u8(3) + u32(v)
def clock(mode, v=0):
    b = u8(4) + u8(mode)
    if mode in (0, 1): b += u8(v)
    elif mode == 3: b += u32(v)
    return b
def app(action, which=0, n=0, extra=None):
    b = u8(5) + u8(action) + u8(which) + u16(n)
    if action == 7: b += u8(extra or 0)
    return b
def hs(slot):
    return tcp(slot, SYN, mss=1460, scale=7) + tcp(slot, ACK)
seeds = {
 'established-echo-fin': hs(0) + tcp(0, PSHACK, payload=b'hello world\n' * 8) + clock(0, 50) + tcp(0, ACK)
     + tcp(0, FINACK) + clock(2) + clock(2) + clock(1, 30),
 'active-open-data-close': app(6) + tcp(3, SYNACK, mss=536) + app(0, 0, 3000) + tcp(3, PSHACK, payload=b'x' * 300)
     + clock(0, 41) + app(2, 0) + tcp(3, ACK) + tcp(3, FINACK) + clock(1, 50),
 'plain-listener-accept-halfclose': hs(2) + app(5) + tcp(2, PSHACK, payload=b'abc' * 100) + app(1, 0, 500)
     + app(3, 0) + tcp(2, ACK) + tcp(2, FINACK) + clock(2) + clock(1, 60),
 'retransmit-until-reset': hs(1) + clock(2) + clock(2) + clock(2) + clock(2) + clock(2) + clock(2) + clock(2)
     + clock(2) + clock(2) + clock(2) + clock(2) + clock(2) + clock(2) + clock(2),
 'zero-window-persist': tcp(0, SYN, mss=1460) + tcp(0, ACK, window=0) + clock(2) + clock(2) + clock(2)
     + tcp(0, ACK, window=4000) + clock(2),
 'out-of-order-rst-challenge': hs(0) + tcp(0, PSHACK, seq=near(500), payload=b'B' * 200) + tcp(0, PSHACK, payload=b'A' * 500)
     + tcp(0, SYN, seq=near(10)) + tcp(0, RST, seq=near(3)) + tcp(0, RST) + clock(2),
 'many-syns-backlog': b''.join(tcp(s % 2, SYN, seq=anyv(s * 7777)) for s in range(12)) + clock(2) + clock(2),
 'udp-ping-arp': (u8(6) + u8(0) + u8(1) + u16(64) + b'q' * 64 + u16(5353) + u8(0) + u8(0)) * 20 + app(8, 0, 2000)
     + u8(6) + u8(1) + u16(56) + b'p' * 56 + u8(1) + u16(1) + u16(2) + u8(0)
     + u8(6) + u8(2) + u8(1) + u8(1) + u8(1) + u8(0) + app(7, 0, 9999, 30),
 'raw-and-ip-headers': u8(0) + u8(3) + u16(80) + bytes(range(80)) + u8(7) + u16(60) + bytes([0x46, 0, 0, 80] + [0x20] * 56)
     + tcp(0, RAW, raw=0xff, corrupt=u8(3) + u16(9) + u8(0x40)),
}
for name, data in seeds.items():
    open(os.path.join(out, name), 'wb').write(data)
print(len(seeds))
