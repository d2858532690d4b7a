#!/usr/bin/env python3
"""Benchmark for `pdi write` to an ISO image (write issue).

Note: pdi write fsyncs the image before it reports success (a medium that looks finished must be
on the disk); cp -r and xorriso leave their data in the page cache.

Same run, same disk, warm page cache, median of N runs:
  - floor:  `cp -r` of the source folder;
  - floor with a check: `cp -r` and `sha256sum` of every copied file (the speed issue's goal:
            pdi write <= 3 x this);
  - script: `dcmmkdir` + `xorriso -as mkisofs` (what a user would script instead; no check,
            no verification, no label, no record);
  - pdi write SOURCE --out FILE.iso (plan, DICOMDIR, ISO, read-back verification with the
            checker's rules and SHA-256 of every file, job record, audit record, sign-in).
Peak memory of pdi write is measured at two study sizes to show it does not grow with them.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from measure import can_drop_caches, drop_caches, measure, ratio_line  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
BIN = os.path.join(ROOT, 'build', 'bin')
PASSWORD = 'Quiet-Harbour-2718'  # not the user name: the password policy refuses that


def generate(path, count, rows, bindir):
    if os.path.exists(os.path.join(path, 'DICOMDIR')):
        return
    print(f'generating {count} instances of {rows}x{rows} in {path} ...', flush=True)
    subprocess.run([os.path.join(bindir, 'pdi_bench_gen'), path, str(count), str(rows)], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--count', type=int, default=2000)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--rows', type=int, default=512,
                    help='image size; 128 gives ~40 KB objects (78 MB for 2,000, the issue\'s case)')
    ap.add_argument('--out', default=os.path.join(ROOT, 'bench', 'out'))
    ap.add_argument('--bin', default=BIN,
                    help='folder with the pdi and pdi-commands to measure (another build: before/after)')
    ap.add_argument('--no-cold', action='store_true',
                    help='skip the cold-source runs (they drop the whole page cache: not on a shared machine)')
    args = ap.parse_args()

    src = os.path.join(args.out, f'write-{args.count}-{args.rows}')
    small = os.path.join(args.out, f'write-{args.count // 4}-{args.rows}')
    generate(src, args.count, args.rows, args.bin)
    generate(small, args.count // 4, args.rows, args.bin)
    work = tempfile.mkdtemp(prefix='pdi-write-bench-', dir=args.out)
    data = os.path.join(work, 'data')
    env = dict(os.environ, PDI_DATA_DIR=data, PDI_USER='bench', PDI_PASSWORD=PASSWORD)
    pdi = os.path.join(args.bin, 'pdi')
    first = {k: v for k, v in env.items() if k != 'PDI_PASSWORD'}  # pdi refuses both at once
    subprocess.run([pdi, 'user', 'add', 'bench', '--role', 'admin', '--password-stdin'],
                   input=f'{PASSWORD}\n'.encode(), env=first, check=True, stdout=subprocess.DEVNULL)
    os.environ.update(env)

    iso = os.path.join(work, 'out.iso')
    copy = os.path.join(work, 'copy')
    script_iso = os.path.join(work, 'script.iso')

    def clean():
        for p in (iso, script_iso):
            if os.path.exists(p):
                os.remove(p)
        shutil.rmtree(copy, ignore_errors=True)

    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(src) for f in fs)
    print(f'\npdi write benchmark: {args.count} CT-size instances ({size / 2**20:.0f} MB), median of {args.runs} '
          f'runs, warm cache, {os.cpu_count()} cores')
    results = {}
    for label, cmd in (
            ('floor: cp -r', ['sh', '-c', f'rm -rf "{copy}" && cp -r "{src}" "{copy}"']),
            ('floor: cp -r + sha256sum of the copy',
             ['sh', '-c', f'rm -rf "{copy}" && cp -r "{src}" "{copy}" && '
                          f'find "{copy}" -type f -exec sha256sum {{}} + > /dev/null']),
            ('script: dcmmkdir + xorriso -as mkisofs',
             ['sh', '-c', f'rm -f "{script_iso}" && dcmmkdir --output-file "{src}/DICOMDIR" --input-directory "{src}" '
                          f'--fileset-id BENCH --recurse DICOM && xorriso -as mkisofs -iso-level 1 -V BENCH -quiet '
                          f'-o "{script_iso}" "{src}"']),
            ('pdi write --out FILE.iso (verified)',
             ['sh', '-c', f'rm -f "{iso}" && exec "{pdi}" write "{src}" --out "{iso}" --media dvd']),
    ):
        # Each run starts with nothing left to write back, so no run pays for another's data.
        results[label] = measure(label, cmd, args.runs, before=lambda: (clean(), os.sync()))
        clean()
    small_run = measure(f'pdi write, {args.count // 4} instances (memory)',
                        ['sh', '-c', f'rm -f "{iso}" && exec "{pdi}" write "{small}" --out "{iso}" --media dvd'], args.runs,
                        before=lambda: (clean(), os.sync()))
    clean()

    cold = {}
    if can_drop_caches() and not args.no_cold:
        # Sources as an archive holds them: on the disk, not in memory (the programs stay warm).
        print('cold sources (page cache dropped before each run):')
        warm = [[pdi, '--version'], ['dcmmkdir', '--version'], ['xorriso', '-version']]
        for label, cmd in (
                ('floor: cp -r', ['sh', '-c', f'rm -rf "{copy}" && cp -r "{src}" "{copy}"']),
                ('script: dcmmkdir + xorriso -as mkisofs',
                 ['sh', '-c', f'rm -f "{script_iso}" && dcmmkdir --output-file "{src}/DICOMDIR" --input-directory '
                              f'"{src}" --fileset-id BENCH --recurse DICOM && xorriso -as mkisofs -iso-level 1 -V BENCH '
                              f'-quiet -o "{script_iso}" "{src}"']),
                ('pdi write --out FILE.iso (verified)',
                 ['sh', '-c', f'rm -f "{iso}" && exec "{pdi}" write "{src}" --out "{iso}" --media dvd']),
        ):
            cold[label] = measure(label, cmd, args.runs, warmup=0,
                                  before=lambda: (clean(), drop_caches(warm)))
            clean()

    pdi_run = results['pdi write --out FILE.iso (verified)']
    print('\nratios')
    ratio_line('pdi write time / cp -r time', pdi_run['seconds'], results['floor: cp -r']['seconds'], 1.3)
    ratio_line('pdi write time / (cp -r + sha256sum) time', pdi_run['seconds'],
               results['floor: cp -r + sha256sum of the copy']['seconds'], 3.0)
    ratio_line('pdi write time / dcmmkdir+xorriso time', pdi_run['seconds'],
               results['script: dcmmkdir + xorriso -as mkisofs']['seconds'], 0.5)
    if cold:
        ratio_line('pdi write time / cp -r time (cold sources)', cold['pdi write --out FILE.iso (verified)']['seconds'],
                   cold['floor: cp -r']['seconds'], 1.3)
        ratio_line('pdi write time / dcmmkdir+xorriso time (cold sources)',
                   cold['pdi write --out FILE.iso (verified)']['seconds'],
                   cold['script: dcmmkdir + xorriso -as mkisofs']['seconds'], 1.0)
    print(f"  peak RSS of pdi write: {pdi_run['rss_mb']:.0f} MB for {args.count} instances, "
          f"{small_run['rss_mb']:.0f} MB for {args.count // 4} (target < 300 MB: "
          f"{'PASS' if pdi_run['rss_mb'] < 300 else 'MISS'})")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
