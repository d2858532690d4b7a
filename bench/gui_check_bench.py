#!/usr/bin/env python3
"""The Check workspace's first answer on a 5,000-image disc (goal: under one second).

Runs build/bin/pdi_bench_gui_check (CheckWorkspace offscreen: openMedium to quickLookShown, the
full check then stopped; median of N runs after a warm-up) beside the baseline `pdi check
--quick` of the same medium (a whole process: start-up, DICOMDIR, one object per patient, the
report printed), warm page cache. --build DIR measures another build's programs (before/after).
"""
import argparse
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from measure import measure  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--count', type=int, default=5000)
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--out', default=os.path.join(ROOT, 'bench', 'out'))
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
    args = ap.parse_args()
    bin_dir = os.path.join(args.build, 'bin')
    medium = os.path.join(args.out, f'check-{args.count}-512')
    if not os.path.exists(os.path.join(medium, 'DICOMDIR')):
        print(f'generating {args.count} instances in {medium} ...', flush=True)
        subprocess.run([os.path.join(ROOT, 'build', 'bin', 'pdi_bench_gen'), medium, str(args.count), '512'],
                       check=True)

    print(f'\nCheck workspace first answer: {args.count} instances, median of {args.runs} runs, '
          f'warm cache, {os.cpu_count()} cores, {args.build}')
    quick = measure('baseline: pdi check --quick (whole process)',
                    [os.path.join(bin_dir, 'pdi'), 'check', '--quick', medium], args.runs)
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
    run = subprocess.run([os.path.join(bin_dir, 'pdi_bench_gui_check'), medium, str(args.runs)],
                         capture_output=True, text=True, env=env, check=True)
    m = re.search(r'median: first answer ([\d.]+) ms, CPU ([\d.]+) ms', run.stdout)
    if not m:
        raise SystemExit(run.stdout + run.stderr)
    wall, cpu = float(m.group(1)) / 1000, float(m.group(2)) / 1000
    print(f"  {'Check workspace: openMedium to quick look':<44} {wall:8.3f} s   CPU {cpu:7.3f} s")
    print('\nratios')
    print(f'  first answer / pdi check --quick: wall {wall / quick["seconds"]:.2f}, '
          f'CPU {cpu / quick["cpu"]:.2f}')
    print(f'  first answer {wall:.3f} s (goal < 1 s): {"met" if wall < 1.0 else "NOT met"}')


if __name__ == '__main__':
    main()
