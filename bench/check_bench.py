#!/usr/bin/env python3
"""Benchmark for `pdi check` (foundation issue).

Baselines, measured in the same run on the same files (warm page cache, median of N runs):
  - full check vs. `dcmdump +sd +r` over the medium (DCMTK walking and parsing every file);
  - quick check vs. full check;
  - peak memory of the full check on a medium of small images vs. one of CT-size images with the
    same number of instances (memory must follow the inventory, not the file sizes).
"""
import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from measure import can_drop_caches, measure, measure_cold, ratio_line  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
BIN = os.path.join(ROOT, 'build', 'bin')


def generate(path, count, rows):
    if os.path.exists(os.path.join(path, 'DICOMDIR')):
        return
    print(f'generating {count} instances of {rows}x{rows} in {path} ...', flush=True)
    subprocess.run([os.path.join(BIN, 'pdi_bench_gen'), path, str(count), str(rows)], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--count', type=int, default=5000)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--out', default=os.path.join(ROOT, 'bench', 'out'))
    ap.add_argument('--bin', default=BIN,
                    help='the bin folder of the build to measure (e.g. a copy of a build before '
                         'a change, to compare in the same session)')
    ap.add_argument('--skip-baseline', action='store_true',
                    help='leave out dcmdump (for back-to-back comparisons of two builds)')
    ap.add_argument('--cold', action='store_true',
                    help='also time a cold medium (drops the whole page cache before each run: '
                         'not on a machine others are working on)')
    args = ap.parse_args()

    large = os.path.join(args.out, f'check-{args.count}-512')
    small = os.path.join(args.out, f'check-{args.count}-64')
    generate(large, args.count, 512)
    generate(small, args.count, 64)
    pdi = os.path.join(args.bin, 'pdi')

    print(f'\npdi check benchmark: {args.count} instances, median of {args.runs} runs, warm cache, '
          f'{os.cpu_count()} cores, {pdi}; load average {os.getloadavg()[0]:.2f}')
    # dcmdump exits 1 because README.TXT is not DICOM; it still parses every DICOM file.
    base = None
    if not args.skip_baseline:
        base = measure('baseline: dcmdump +sd +r (CT-size)', ['dcmdump', '+sd', '+r', large], args.runs,
                       ok_codes=(0, 1))
    full = measure('pdi check (CT-size)', [pdi, 'check', large], args.runs)
    quick = measure('pdi check --quick (CT-size)', [pdi, 'check', '--quick', large], args.runs)
    full_small = measure('pdi check (64x64 images)', [pdi, 'check', small], args.runs)

    cold = None
    if args.cold and can_drop_caches():
        # A disc that was just inserted: nothing of it is in memory yet (the programs are).
        warm = [[pdi, 'check', '--quick', os.path.join(ROOT, 'resources', 'sample-medium')],
                ['dcmdump', os.path.join(ROOT, 'resources', 'sample-medium', 'DICOMDIR')]]
        print('cold medium (page cache dropped before each run):')
        cold = {
            'base': measure_cold('baseline: dcmdump +sd +r (CT-size)', ['dcmdump', '+sd', '+r', large], args.runs,
                                 (0, 1), warm),
            'full': measure_cold('pdi check (CT-size)', [pdi, 'check', large], args.runs, (0,), warm),
            'quick': measure_cold('pdi check --quick (CT-size)', [pdi, 'check', '--quick', large], args.runs, (0,),
                                  warm),
        }
    else:
        print('(cold-medium runs skipped: --cold not given, or /proc/sys/vm/drop_caches is not writable)')

    print('\nratios')
    if base:
        ratio_line('full check time / dcmdump walk time (warm)', full['seconds'], base['seconds'], 0.3)
    ratio_line('quick check time / full check time (warm)', quick['seconds'], full['seconds'], 0.08)
    ratio_line('quick check CPU / full check CPU (warm)', quick['cpu'], full['cpu'], 0.08)
    if cold:
        ratio_line('full check time / dcmdump walk time (cold)', cold['full']['seconds'], cold['base']['seconds'], 0.3)
        ratio_line('quick check time / full check time (cold)', cold['quick']['seconds'], cold['full']['seconds'], 0.08)
    ratio_line('peak RSS CT-size / peak RSS 64x64 (same inventory)', full['rss_mb'], full_small['rss_mb'], 1.2)
    size_large = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(large) for f in fs)
    size_small = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(small) for f in fs)
    print(f'  (medium sizes: {size_large / 2**20:.0f} MB vs {size_small / 2**20:.0f} MB; '
          f'peak RSS {full["rss_mb"]:.0f} MB vs {full_small["rss_mb"]:.0f} MB)')


if __name__ == '__main__':
    main()
