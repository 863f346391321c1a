# Writes the hand-made regression seeds of scripts/fuzz virtio-net: python3 scripts/fuzz-seeds/virtio-net.py <Inputs dir>/<method>/
# (the op encoding is the fuzz test's; see its class comment).
# Writes FuzzedDataProvider inputs for VirtioNetDeviceFuzzTest: integral values are taken from
# the end of the input (LLVM/Jazzer FuzzedDataProvider), remaining bytes from the front.
import os, sys, random
out = sys.argv[1]
DATA_BYTES = 0x5000
LENGTHS = [12, 14, 60, 1514, 1526, 1527, 2048, 0, 1, -1, -1]
LENGTHS_RX = [0, 1, 14, 60, 1514, 1515, -1]
class FDP:
    def __init__(s): s.seq = []
    def rng(s, lo, hi, v):
        assert lo <= v <= hi, (lo, hi, v)
        r = hi - lo; raw = v - lo; k = 0
        while k < 8 and (r >> (8 * k)) > 0: k += 1
        for i in reversed(range(k)): s.seq.append((raw >> (8 * i)) & 0xff)
    def boolean(s, b): s.seq.append(1 if b else 0)
    def long(s, v): s.rng(-2**63, 2**63 - 1, v)
    def int(s, v): s.rng(-2**31, 2**31 - 1, v)
    def build(s, front): return bytes(front) + bytes(reversed(s.seq))
def desc(f, addr_off=None, length=12, nxt=None, flags=0, raw_flags=None, kind=None, entries=16, indirect_n=None):
    # kind 2: plausible data descriptor; kind 1: indirect table pointer
    if indirect_n is not None:
        f.rng(0, 15, 1); f.rng(0, 33, indirect_n)
        f.rng(0, 7, flags)
    else:
        f.rng(0, 15, 2); f.rng(0, DATA_BYTES, addr_off)
        if length in LENGTHS: f.rng(0, len(LENGTHS) - 1, LENGTHS.index(length))
        else: f.rng(0, len(LENGTHS) - 1, 9); f.rng(0, 0x800, length)
        if raw_flags is not None: f.rng(0, 7, raw_flags); f.rng(0, 3, 0)
        else: f.rng(0, 7, flags); f.rng(0, 3, 1)
    f.rng(0, 15, 1); f.rng(0, entries, nxt or 0)
def seed(tx, rx, deliveries, size=(4, 4), indirect=(), busy=0, features=-1):
    f = FDP()
    f.boolean(True); f.long(features)
    for q in range(2):
        exp = size[q].bit_length() - 1
        f.rng(0, 4, exp); f.rng(0, 15, 1)
        for _ in range(3): f.rng(0, 15, 1)
    f.rng(0, 8, 0)
    for q, (heads, descs) in enumerate((rx, tx)):
        n = size[q]
        f.rng(0, 1, 0); f.rng(0, 7, 1); f.rng(0, n, len(heads))
        for i in range(16):
            f.rng(0, 7, 1); f.rng(0, n - 1, heads[i] if i < len(heads) else 0)
        f.rng(0, 0xffff, 0)
        for i in range(16):
            d = descs[i] if i < len(descs) else dict(addr_off=0x4000, length=60)
            desc(f, entries=n, **d)
    f.rng(0, 32, len(indirect))
    for d in indirect:
        f.boolean(False); desc(f, entries=32, **d)
    f.rng(0, 1, busy)
    f.rng(0, 4, len(deliveries))
    for length in deliveries:
        f.rng(0, 7, 1)
        if length in LENGTHS_RX: f.rng(0, len(LENGTHS_RX) - 1, LENGTHS_RX.index(length))
        else: f.rng(0, len(LENGTHS_RX) - 1, 6); f.rng(0, 2000, length)
    rnd = random.Random(len(deliveries) * 31 + len(tx))
    return f.build([rnd.randrange(256) for _ in range(0x3000)])
NEXT, W, IND = 1, 2, 4
rx_big = [dict(addr_off=0x1000, length=1526), dict(addr_off=0x1800, length=2048)]
seeds = {
 'tx-and-rx-frames': seed(tx=([0, 2], [dict(addr_off=0x100, length=12, flags=NEXT, nxt=1), dict(addr_off=0x200, length=60),
                                   dict(addr_off=0x300, length=1526)]),
                          rx=([0, 1], rx_big), deliveries=[60, 1514]),
 'backend-busy-once': seed(tx=([0], [dict(addr_off=0x100, length=1514)]), rx=([0], rx_big), deliveries=[14], busy=1),
 'rx-buffer-too-small': seed(tx=([], []), rx=([0, 1], [dict(addr_off=0x1000, length=60), dict(addr_off=0x1800, length=2048)]),
                             deliveries=[1514, 1515, 60]),
 'rx-header-split-across-buffers': seed(tx=([], []), rx=([0], [dict(addr_off=0x1000, length=1, flags=NEXT, nxt=1),
                                    dict(addr_off=0x1100, length=14, flags=NEXT, nxt=2), dict(addr_off=0x1800, length=2048)]),
                                    deliveries=[1514, 60]),
 'tx-oversized-frame-dropped': seed(tx=([0], [dict(addr_off=0x100, length=1527, flags=NEXT, nxt=1), dict(addr_off=0x800, length=60)]),
                                    rx=([], []), deliveries=[]),
 'tx-descriptor-loop-needs-reset': seed(tx=([0], [dict(addr_off=0x100, length=12, flags=NEXT, nxt=1),
                                                  dict(addr_off=0x200, length=60, flags=NEXT, nxt=0)]), rx=([], []), deliveries=[]),
 'indirect-without-feature-needs-reset': seed(tx=([0], [dict(indirect_n=2, flags=IND)]), rx=([], []), deliveries=[],
                                              indirect=[dict(addr_off=0x100, length=12, flags=NEXT, nxt=1), dict(addr_off=0x200, length=60)]),
 'tx-readable-after-writable-needs-reset': seed(tx=([0], [dict(addr_off=0x100, length=12, raw_flags=NEXT | W, nxt=1),
                                                          dict(addr_off=0x200, length=60)]), rx=([], []), deliveries=[]),
 'full-queues-of-16': seed(size=(16, 16), tx=(list(range(16)), [dict(addr_off=0x100 * i, length=60 + i) for i in range(16)]),
                           rx=(list(range(16)), [dict(addr_off=0x200 * i, length=1526) for i in range(16)]), deliveries=[60, 1514, 1515, 14]),
}
for name, data in seeds.items():
    open(os.path.join(out, name), 'wb').write(data)
print(len(seeds))
