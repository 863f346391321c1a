#!/usr/bin/env python3
"""Time from process start to the first byte the process writes on stdout.

  first-byte.py -n RUNS [--expect TEXT] -- COMMAND...

Prints the median, min and max in milliseconds, and each run's time with -v. The
process is killed after its first byte (or when it exits), so guests that never exit
(QEMU halting) are fine.
"""
import argparse, os, signal, statistics, subprocess, sys, time

def once(cmd, timeout, expect):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         stdin=subprocess.DEVNULL, start_new_session=True)
    first = p.stdout.read(1)
    t1 = time.perf_counter()
    if expect:
        got = first + p.stdout.read(len(expect) - 1) if first else first
        if got != expect:
            raise SystemExit("expected output starting %r, got %r from: %s" % (expect, got, " ".join(cmd)))
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    p.wait(timeout)
    if not first:
        raise SystemExit("no output from: " + " ".join(cmd))
    return (t1 - t0) * 1000

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=10)
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--expect", default="", help="text the output must start with")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    expect = a.expect.encode()
    once(cmd, a.timeout, expect)  # warm the page cache; not counted
    times = [once(cmd, a.timeout, expect) for _ in range(a.n)]
    if a.v:
        print(" ".join("%.1f" % t for t in times), file=sys.stderr)
    print("%.1f %.1f %.1f" % (statistics.median(times), min(times), max(times)))

if __name__ == "__main__":
    main()
