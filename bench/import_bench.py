#!/usr/bin/env python3
"""Benchmark for `pdi import` (import issue, speed issue).

Every command sends the same generated medium to a fresh Orthanc (Debian package `orthanc`) on
loopback, started before and stopped after each run, so that every run stores new instances:
  - `dcmsend` of the medium's DICOM files, no coercion (DCMTK's own sender: association reuse,
    each file's transfer syntax), Nagle's algorithm off (TCP_NODELAY=1, DCMTK's variable);
  - `storescu +sd +r`, no coercion, Nagle's algorithm off (TCP_NODELAY=1): DCMTK's plainer
    sender, one association, no transfer-syntax negotiation per file;
  - Orthanc's own ingest rate: the same files uploaded through its REST API (POST /instances,
    one file at a time over one kept-alive connection, rest_upload.py), so no DICOM network
    protocol at all;
  - `pdi import MEDIUM --to pacs --patient-id ... --name ... --birth-date ... --sex ...`: the
    full job with coercion (local identity in, Original Attributes Sequence, Other Patient IDs,
    Contributing Equipment, re-encoding), the check of the medium, the job record and the audit
    trail, the sign-in included.
With --nagle, also `dcmsend` as Debian ships it (Nagle's algorithm on: each C-STORE waits ~40 ms
for a delayed ACK), to show what a comparison against it would flatter.
Targets: pdi import time / dcmsend time <= 1.1 at COUNT instances, and peak memory flat in the
number of instances (peak RSS at twice the instances / peak RSS at COUNT <= 1.1).
"""
import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from measure import free_port, ratio_line, run_once  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
ADMIN_PASSWORD = 'Bench-Pa55word'


class Orthanc:
    """A fresh Orthanc per run: its own configuration and storage in a temporary folder."""

    def __init__(self, parent=None):
        self.dir = tempfile.mkdtemp(prefix='pdi-bench-orthanc-', dir=parent)
        self.dicom_port = free_port()
        self.http_port = free_port()
        config = {
            'Name': 'bench', 'DicomAet': 'ORTHANC', 'DicomPort': self.dicom_port,
            'HttpPort': self.http_port, 'StorageDirectory': self.dir + '/storage',
            'IndexDirectory': self.dir + '/storage', 'RemoteAccessAllowed': False,
            'AuthenticationEnabled': False, 'DefaultEncoding': 'Utf8', 'Plugins': [],
        }
        with open(self.dir + '/orthanc.json', 'w') as f:
            json.dump(config, f)
        env = dict(os.environ, TCP_NODELAY='1')
        self.proc = subprocess.Popen(['Orthanc', self.dir + '/orthanc.json'], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f'http://127.0.0.1:{self.http_port}/system', timeout=1)
                with socket.create_connection(('127.0.0.1', self.dicom_port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise SystemExit('Orthanc did not start')

    def count(self):
        with urllib.request.urlopen(f'http://127.0.0.1:{self.http_port}/statistics') as r:
            return json.load(r)['CountInstances']

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def generate(bin_dir, path, count, rows):
    if os.path.exists(os.path.join(path, 'DICOMDIR')):
        return
    print(f'generating {count} instances of {rows}x{rows} in {path} ...', flush=True)
    subprocess.run([os.path.join(bin_dir, 'pdi_bench_gen'), path, str(count), str(rows)],
                   check=True, stdout=subprocess.DEVNULL)


def pdi_env(data_dir):
    return dict(os.environ, PDI_DATA_DIR=data_dir, PDI_USER='admin', PDI_PASSWORD=ADMIN_PASSWORD)


def station_template(bin_dir):
    """A data directory with an administrator; copied for every run (a job is never resumed)."""
    d = tempfile.mkdtemp(prefix='pdi-bench-station-')
    data = os.path.join(d, 'data')
    subprocess.run([os.path.join(bin_dir, 'pdi'), 'user', 'add', 'admin', '--role', 'admin',
                    '--password-stdin', '--data-dir', data], input=(ADMIN_PASSWORD + '\n').encode(),
                   check=True, stdout=subprocess.DEVNULL)
    return data


def timed(label, make_cmd, runs, expected, storage, env=None):
    """Median wall time and peak RSS over runs, each into a fresh Orthanc."""
    times, peak = [], 0.0
    for _ in range(runs):
        orthanc = Orthanc(storage)
        try:
            cmd, run_env, cleanup = make_cmd(orthanc)
            old = dict(os.environ)
            os.environ.clear()
            os.environ.update(run_env or env or old)
            try:
                t, rss, code = run_once(cmd)
            finally:
                os.environ.clear()
                os.environ.update(old)
            if code != 0:
                raise SystemExit(f'{label}: exit code {code} from {" ".join(cmd)}')
            stored = orthanc.count()
            if stored != expected:
                raise SystemExit(f'{label}: Orthanc holds {stored} instances, expected {expected}')
            if cleanup:
                cleanup()
        finally:
            orthanc.stop()
        times.append(t)
        peak = max(peak, rss)
    result = {'label': label, 'seconds': statistics.median(times), 'rss_mb': peak}
    print(f"  {label:<52} {result['seconds']:8.3f} s   peak RSS {peak:8.1f} MB", flush=True)
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--count', type=int, default=2000)
    ap.add_argument('--rows', type=int, default=512)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--out', default=os.path.join(ROOT, 'bench', 'out'))
    ap.add_argument('--nagle', action='store_true',
                    help="also time dcmsend with Debian's default (Nagle's algorithm on; slow: "
                         "about 40 ms per instance, one run)")
    ap.add_argument('--build-dir', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--pdi-only', action='store_true',
                    help='only pdi import at COUNT and 2 x COUNT (peak RSS and its ratio), no '
                         'baselines: for before/after memory comparisons with --build-dir')
    ap.add_argument('--orthanc-storage', default='/dev/shm' if os.path.isdir('/dev/shm') else None,
                    help='where the fresh Orthanc of each run keeps its files (default: /dev/shm, '
                         'so that the PACS disk does not decide the result)')
    args = ap.parse_args()
    bin_dir = os.path.join(os.path.abspath(args.build_dir), 'bin')
    pdi = os.path.join(bin_dir, 'pdi')

    media = {n: os.path.join(args.out, f'import-{n}-{args.rows}') for n in (args.count, 2 * args.count)}
    for n, path in media.items():
        generate(bin_dir, path, n, args.rows)
    template = station_template(bin_dir)

    def dcmsend(n):
        def make(orthanc):
            return (['dcmsend', '-aet', 'PDISTATION', '-aec', 'ORTHANC', '127.0.0.1',
                     str(orthanc.dicom_port), '--scan-directories', '--recurse',
                     os.path.join(media[n], 'DICOM')],
                    dict(os.environ, TCP_NODELAY='1'), None)
        return make

    def storescu(n):
        def make(orthanc):
            return (['storescu', '-aet', 'PDISTATION', '-aec', 'ORTHANC', '+sd', '+r', '127.0.0.1',
                     str(orthanc.dicom_port), os.path.join(media[n], 'DICOM')],
                    dict(os.environ, TCP_NODELAY='1'), None)
        return make

    def dcmsend_nagle(n):
        def make(orthanc):
            cmd, env, cleanup = dcmsend(n)(orthanc)
            env = dict(env)
            env.pop('TCP_NODELAY')
            return cmd, env, cleanup
        return make

    def rest_upload(n):
        def make(orthanc):
            return ([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'rest_upload.py'),
                     str(orthanc.http_port), os.path.join(media[n], 'DICOM')], None, None)
        return make

    def pdi_import(n):
        def make(orthanc):
            data = tempfile.mkdtemp(prefix='pdi-bench-data-')
            shutil.rmtree(data)
            shutil.copytree(template, data)
            env = pdi_env(data)
            subprocess.run([pdi, 'node', 'add', 'pacs', '--aet', 'ORTHANC', '--host', '127.0.0.1',
                            '--port', str(orthanc.dicom_port), '--roles', 'store'], env=env,
                           check=True, stdout=subprocess.DEVNULL)
            # The medium's birth date: a local patient who contradicts it would need a
            # person's confirmed reason (IdentityGuard), which a benchmark has not.
            cmd = [pdi, 'import', media[n], '--to', 'pacs', '--patient-id', 'L0001',
                   '--name', 'YAMADA^TARO=山田^太郎=やまだ^たろう', '--birth-date', '19700101',
                   '--sex', 'M', '--source', 'local']
            return cmd, env, lambda: shutil.rmtree(data, ignore_errors=True)
        return make

    print(f'\npdi import benchmark: {args.rows}x{args.rows} CT images, median of {args.runs} runs, '
          f'warm cache, fresh Orthanc {subprocess.run(["Orthanc", "--version"], capture_output=True, text=True).stdout.split()[1]} '
          f'per run, {os.cpu_count()} cores')
    n, n2 = args.count, 2 * args.count
    if args.pdi_only:
        mine = timed(f'pdi import, coercion on ({n})', pdi_import(n), args.runs, n, args.orthanc_storage)
        mine2 = timed(f'pdi import, coercion on ({n2})', pdi_import(n2), args.runs, n2, args.orthanc_storage)
        shutil.rmtree(os.path.dirname(template), ignore_errors=True)
        print('\nratios')
        ratio_line(f'pdi peak RSS {n2} / {n} instances', mine2['rss_mb'], mine['rss_mb'], 1.1)
        return
    base = timed(f'baseline: dcmsend, no coercion ({n})', dcmsend(n), args.runs, n, args.orthanc_storage)
    store = timed(f'baseline: storescu, TCP_NODELAY=1 ({n})', storescu(n), args.runs, n, args.orthanc_storage)
    rest = timed(f'baseline: Orthanc REST upload ({n})', rest_upload(n), args.runs, n,
                 args.orthanc_storage)
    nagle = None
    if args.nagle:
        nagle = timed(f'dcmsend as shipped, Nagle on ({n})', dcmsend_nagle(n), 1, n, args.orthanc_storage)
    mine = timed(f'pdi import, coercion on ({n})', pdi_import(n), args.runs, n, args.orthanc_storage)
    base2 = timed(f'baseline: dcmsend, no coercion ({n2})', dcmsend(n2), args.runs, n2, args.orthanc_storage)
    mine2 = timed(f'pdi import, coercion on ({n2})', pdi_import(n2), args.runs, n2, args.orthanc_storage)
    shutil.rmtree(os.path.dirname(template), ignore_errors=True)
    # What the check of the medium alone holds (the import reads the medium through it).
    check = {k: max(run_once([pdi, 'check', media[k]])[1] for _ in range(args.runs)) for k in (n, n2)}
    print(f"  {'pdi check of the same media (peak RSS only)':<52} {'':8}     "
          f"peak RSS {check[n]:6.1f} MB at {n}, {check[n2]:.1f} MB at {n2}")

    print('\nratios')
    ratio_line(f'pdi import time / dcmsend time ({n})', mine['seconds'], base['seconds'], 1.1)
    ratio_line(f'pdi import time / dcmsend time ({n2})', mine2['seconds'], base2['seconds'], 1.1)
    ratio_line(f'pdi import time / storescu time, no Nagle ({n})', mine['seconds'], store['seconds'], 1.1)
    ratio_line(f'pdi import time / Orthanc REST ingest time ({n})', mine['seconds'], rest['seconds'], 1.1)
    if nagle:
        ratio_line(f'pdi import time / dcmsend with Nagle ({n}, flatters)', mine['seconds'],
                   nagle['seconds'], 1.1)
    print(f"  {'throughput vs dcmsend (' + str(n) + ')':<52} {base['seconds'] / mine['seconds']:6.3f}x  target >= 0.9x")
    ratio_line(f'pdi peak RSS {n2} / {n} instances', mine2['rss_mb'], mine['rss_mb'], 1.1)
    ratio_line(f'import beyond the check: RSS {n2} / {n} instances',
               mine2['rss_mb'] - check[n2], mine['rss_mb'] - check[n], 1.1)
    print(f"  (peak RSS: pdi import {mine['rss_mb']:.0f} MB at {n}, {mine2['rss_mb']:.0f} MB at {n2}, of "
          f"which the medium's check report {check[n]:.0f} / {check[n2]:.0f} MB; "
          f"dcmsend {base['rss_mb']:.0f} MB at {n}, {base2['rss_mb']:.0f} MB at {n2})")


if __name__ == '__main__':
    main()
