#!/usr/bin/env python3
"""Benchmark for importing one large object (issue 14: a 2 GB object took 4.2 GB of memory).

Two media, each with one multi-frame image of SMALL and LARGE MB of uncompressed pixel data
(build/bin/pdi_bench_large, written in chunks), generated in a temporary folder (default /tmp)
and removed at the end. For each, the peak resident memory (ru_maxrss) of:
  - `cp` of the object's file (baseline: what copying the bytes costs);
  - `storescu` of the file to DCMTK's storescp on loopback (baseline: DCMTK's own sender, which
    leaves long values in the file);
  - `pdi import MEDIUM --to local` (the station's archive) and `--to scp` (C-STORE to the same
    storescp), with coercion: the check, the job, the audit trail, the sign-in included.
Target: peak RSS of the LARGE import / peak RSS of the SMALL import ~ 1.0 (memory does not grow
with the object). --compare-build DIR measures another build's `pdi` the same way (e.g. the
build of a commit before the streaming import) for a before/after line.
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from measure import free_port, ratio_line, run_usage  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
ADMIN_PASSWORD = 'Bench-Pa55word'


class StoreScp:
    """DCMTK's storescp writing what it receives straight to files (bit-preserving)."""

    def __init__(self, parent):
        self.dir = tempfile.mkdtemp(prefix='pdi-bench-scp-', dir=parent)
        self.port = free_port()
        self.proc = subprocess.Popen(['storescp', '--aetitle', 'BENCHSCP', '--bit-preserving',
                                      '--output-directory', self.dir, str(self.port)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                with socket.create_connection(('127.0.0.1', self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise SystemExit('storescp did not start')

    def clear(self):
        for name in os.listdir(self.dir):
            os.remove(os.path.join(self.dir, name))

    def stop(self):
        self.proc.terminate()
        self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def measured(label, cmd, env=None, runs=1):
    peak, seconds = 0.0, []
    old = dict(os.environ)
    try:
        if env:
            os.environ.clear()
            os.environ.update(env)
        for _ in range(runs):
            t, _, rss, code = run_usage(cmd)
            if code != 0:
                raise SystemExit(f'{label}: exit code {code} from {" ".join(cmd)}')
            seconds.append(t)
            peak = max(peak, rss)
    finally:
        os.environ.clear()
        os.environ.update(old)
    print(f"  {label:<48} {min(seconds):8.2f} s   peak RSS {peak:8.1f} MB", flush=True)
    return peak


def station(pdi, parent, scp_port):
    data = tempfile.mkdtemp(prefix='pdi-bench-station-', dir=parent)
    shutil.rmtree(data)
    subprocess.run([pdi, 'user', 'add', 'admin', '--role', 'admin', '--password-stdin',
                    '--data-dir', data], input=(ADMIN_PASSWORD + '\n').encode(), check=True,
                   stdout=subprocess.DEVNULL)
    env = dict(os.environ, PDI_DATA_DIR=data, PDI_USER='admin', PDI_PASSWORD=ADMIN_PASSWORD)
    subprocess.run([pdi, 'node', 'add', 'scp', '--aet', 'BENCHSCP', '--host', '127.0.0.1',
                    '--port', str(scp_port), '--roles', 'store'], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return data, env


def import_cmd(pdi, medium, to):
    return [pdi, 'import', medium, '--to', to, '--patient-id', 'L0001',
            '--name', 'BENCH^LARGE=ベンチ^大=べんち^だい', '--birth-date', '19700101', '--sex', 'M',
            '--source', 'local']


def run_build(label, pdi, media, scp, tmp):
    """Peak RSS of `pdi import` to the archive and to storescp for each medium size."""
    out = {}
    for size, medium in media.items():
        data, env = station(pdi, tmp, scp.port)
        try:
            out[('local', size)] = measured(f'{label}: pdi import --to local ({size} MB)',
                                            import_cmd(pdi, medium, 'local'), env)
            shutil.rmtree(os.path.join(data, 'archive'), ignore_errors=True)
            out[('scp', size)] = measured(f'{label}: pdi import --to scp ({size} MB)',
                                          import_cmd(pdi, medium, 'scp'), env)
            scp.clear()
        finally:
            shutil.rmtree(data, ignore_errors=True)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--small', type=int, default=256, help='MB of pixel data (default 256)')
    ap.add_argument('--large', type=int, default=1024, help='MB of pixel data (default 1024)')
    ap.add_argument('--tmp', default='/tmp', help='where media and copies go (removed after)')
    ap.add_argument('--build-dir', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--compare-build', help="another build's folder to measure the same way")
    args = ap.parse_args()
    bin_dir = os.path.join(os.path.abspath(args.build_dir), 'bin')
    pdi = os.path.join(bin_dir, 'pdi')
    need = 3 * (args.small + args.large) * 2**20
    if shutil.disk_usage(args.tmp).free < need + 2**30:
        raise SystemExit(f'{args.tmp} needs {need >> 30} GB free and a margin')

    tmp = tempfile.mkdtemp(prefix='pdi-bench-large-', dir=args.tmp)
    scp = None
    try:
        media = {}
        for size in (args.small, args.large):
            medium = os.path.join(tmp, f'medium-{size}')
            print(f'generating one object of {size} MB in {medium} ...', flush=True)
            subprocess.run([os.path.join(bin_dir, 'pdi_bench_large'), medium, str(size)],
                           check=True, stdout=subprocess.DEVNULL)
            media[size] = medium
        scp = StoreScp(tmp)

        print(f'\nlarge-object import: peak resident memory, {os.cpu_count()} cores')
        base = {}
        for size, medium in media.items():
            obj = os.path.join(medium, 'DICOM', 'S1', 'R1', 'I1')
            copy = os.path.join(tmp, 'copy.dcm')
            base[('cp', size)] = measured(f'baseline: cp of the file ({size} MB)', ['cp', obj, copy])
            os.remove(copy)
            base[('storescu', size)] = measured(
                f'baseline: storescu of the file ({size} MB)',
                ['storescu', '-aet', 'PDISTATION', '-aec', 'BENCHSCP', '127.0.0.1', str(scp.port),
                 obj])
            scp.clear()
        mine = run_build('this build', pdi, media, scp, tmp)
        before = None
        if args.compare_build:
            other = os.path.join(os.path.abspath(args.compare_build), 'bin', 'pdi')
            before = run_build('compared build', other, media, scp, tmp)

        s, l = args.small, args.large
        print('\nratios (peak RSS)')
        ratio_line(f'pdi import --to local: {l} MB / {s} MB', mine[('local', l)],
                   mine[('local', s)], 1.1)
        ratio_line(f'pdi import --to scp: {l} MB / {s} MB', mine[('scp', l)], mine[('scp', s)], 1.1)
        ratio_line(f'storescu (baseline): {l} MB / {s} MB', base[('storescu', l)],
                   base[('storescu', s)], 1.1)
        ratio_line(f'pdi import --to scp / storescu ({l} MB)', mine[('scp', l)],
                   base[('storescu', l)], 4.0)
        if before:
            ratio_line(f'compared build --to local: {l} MB / {s} MB', before[('local', l)],
                       before[('local', s)], 1.1)
    finally:
        if scp:
            scp.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
