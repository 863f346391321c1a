#!/usr/bin/env python3
"""Time from process start to the first byte each command writes on stdout.

  first-byte.py -n RUNS [--expect TEXT] -- COMMAND... [--- [--expect TEXT] COMMAND...]...

Several commands separated by --- are run round-robin, one run of each per round, so that
drift in the machine's load (large on nested virtualisation) affects them all alike. Prints
one line per command: median, min and max in milliseconds.

Each process is killed after its first byte (or when it exits), so guests that never exit
(QEMU halting) are fine. With --expect, the output must start with TEXT (read after the
clock stops), so an error message is never timed as a boot.
"""
import argparse, os, signal, statistics, subprocess, sys, time


def once(cmd, expect, timeout):
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


def parse_commands(words):
    """Splits COMMAND [--- COMMAND]... into (expect, argv) pairs."""
    commands, current, expect = [], [], b""
    words = list(words)
    while words:
        word = words.pop(0)
        if word == "---":
            commands.append((expect, current))
            current, expect = [], b""
        elif not current and word == "--expect":
            expect = words.pop(0).encode()
        else:
            current.append(word)
    commands.append((expect, current))
    if any(not argv for _, argv in commands):
        raise SystemExit("an empty command between ---")
    return commands


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=10, help="runs of each command")
    ap.add_argument("-v", action="store_true", help="print every run's time on stderr")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--expect", default="", help="text the first command's output must start with")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    words = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    commands = parse_commands(words)
    if a.expect and not commands[0][0]:
        commands[0] = (a.expect.encode(), commands[0][1])
    for expect, argv in commands:
        once(argv, expect, a.timeout)  # warm the page cache; not counted
    times = [[] for _ in commands]
    for _ in range(a.n):
        for i, (expect, argv) in enumerate(commands):
            times[i].append(once(argv, expect, a.timeout))
    for (_, argv), t in zip(commands, times):
        if a.v:
            print(" ".join(argv), ":", " ".join("%.1f" % x for x in t), file=sys.stderr)
        print("%.1f %.1f %.1f" % (statistics.median(t), min(t), max(t)))


if __name__ == "__main__":
    main()
