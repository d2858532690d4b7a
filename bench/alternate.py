#!/usr/bin/env python3
"""Before/after on a shared machine: runs the given commands in turn, N rounds (after one untimed
round), and prints each one's median wall time and median and least CPU time (user + system of
the process). Alternating spreads the other load on the machine over both alike.

  python3 bench/alternate.py 30 "BEFORE/pdi check --quick M" "build/bin/pdi check --quick M"
"""
import os
import statistics
import subprocess
import sys
import time


def run(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    rounds = int(sys.argv[1])
    commands = [c.split() for c in sys.argv[2:]]
    results = [[] for _ in commands]
    for cmd in commands:
        run(cmd)
    for _ in range(rounds):
        for k, cmd in enumerate(commands):
            results[k].append(run(cmd))
    print(f'{rounds} rounds, load average {os.getloadavg()[0]:.2f}')
    for cmd, r in zip(commands, results):
        wall = statistics.median(x[0] for x in r)
        cpu = statistics.median(x[1] for x in r)
        least = min(x[1] for x in r)
        print(f'  wall {wall * 1000:7.1f} ms   CPU {cpu * 1000:7.1f} ms (least {least * 1000:6.1f})   '
              f'{" ".join(cmd)}')


if __name__ == '__main__':
    main()
