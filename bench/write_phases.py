#!/usr/bin/env python3
"""Where the time of one `pdi write --out FILE.iso` goes, phase by phase, on the real CPU.

perf uprobes on the functions that start and end each phase (found by their symbols in the
pdi-commands to measure, so an unchanged "before" build can be measured the same way), the
fsync system calls, and CPU samples of every thread: each phase gets its wall time (on the main
thread) and the CPU time of all threads in that window. Needs root (uprobes) and perf.

  python3 bench/write_phases.py --bin build/bin --src bench/out/write-2000-128 [--runs 3]

Phases that a build does not have (a function renamed or gone) merge into the one before.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

PASSWORD = 'Quiet-Harbour-2718'
GROUP = 'pdiwrite'

# (mark, symbol regex, on return): the phase named by a mark runs from it to the next mark seen.
MARKS = [
    ('sign-in: station, account', r'^_ZN3pdi3cli8CliLogin6signIn', False),
    ('sign-in: PBKDF2 (600,000 iterations)', r'^_ZN3pdi14PasswordHasher6derive', False),
    ('sign-in end, permission, target', r'^_ZN3pdi14PasswordHasher6derive', True),
    ('read sources (parse every object, keys)', r'^_ZN3pdi12ExportSource7collect', False),
    ('plan', r'^_ZN3pdi12ExportSource7collect', True),
    ('job record', r'^_ZNK3pdi8WriteJob7execute', False),
    ('stage (File IDs, links, README)', r'^_ZN3pdi13MediumBuilder5stage', False),
    ('DICOMDIR', r'^_ZN3pdi15DicomdirBuilder5build', False),
    ('ISO: generate and write', r'^_ZN3pdi15DicomdirBuilder5build', True),
    ('verification: read back (SHA-256 of every file), rules', r'^_ZN3pdi14MediumVerifier6verify',
     False),
    # Builds whose verification ran the checker first and hashed afterwards.
    ('verification: the SHA-256 part', r'^_ZN3pdi13MediumChecker5check', True),
    ('publish, staging removed, records, audit, exit', r'^_ZN3pdi14MediumVerifier6verify', True),
]


def symbols(binary):
    out = subprocess.run(['nm', binary], capture_output=True, text=True, check=True).stdout
    table = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in 'Tt' and not parts[2].endswith('.cold'):
            table.setdefault(parts[2], int(parts[0], 16))
    return table


def add_probes(binary):
    table = symbols(binary)
    subprocess.run(['perf', 'probe', '-q', '-d', f'{GROUP}:*'], capture_output=True)
    events = {}
    for i, (mark, pattern, ret) in enumerate(MARKS):
        found = [(name, addr) for name, addr in table.items() if re.match(pattern, name)]
        if not found:
            print(f'  (no symbol for "{mark}": merged into the phase before)', file=sys.stderr)
            continue
        name, addr = sorted(found)[0]
        event = f'm{i}'
        spec = f'{GROUP}:{event}={hex(addr)}' + ('%return' if ret else '')
        subprocess.run(['perf', 'probe', '-q', '-x', binary, '-a', spec], check=True,
                       capture_output=True)
        events[event + ('__return' if ret else '')] = mark
    return events


def one_run(binary, src, work, env, events, freq):
    iso = os.path.join(work, 'x.iso')
    if os.path.exists(iso):
        os.remove(iso)
    data = os.path.join(work, 'perf.data')
    os.sync()
    cmd = ['perf', 'record', '-q', '-k', 'mono', '-o', data, '-F', str(freq), '-e', 'cpu-clock',
           '-e', f'{GROUP}:*', '-e', 'syscalls:sys_enter_fsync', '-e', 'syscalls:sys_exit_fsync',
           '-e', 'syscalls:sys_enter_fdatasync', '-e', 'syscalls:sys_exit_fdatasync',
           '-e', 'sched:sched_process_exec', '-e', 'sched:sched_process_exit', '--',
           binary, 'write', src, '--out', iso, '--media', 'dvd']
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    script = subprocess.run(['perf', 'script', '-i', data, '-F', 'tid,time,event'],
                            capture_output=True, text=True, check=True).stdout
    start = end = None
    main_tid = None
    marks = []  # (time, mark)
    samples = []
    fsync = 0.0
    fsync_open = {}
    for line in script.splitlines():
        m = re.match(r'\s*(\d+)\s+([\d.]+):\s+(\S+):', line)
        if not m:
            continue
        tid, t, ev = int(m.group(1)), float(m.group(2)), m.group(3)
        short = ev.split(':')[-1]
        if short == 'sched_process_exec' and start is None:
            start, main_tid = t, tid
        elif short == 'sched_process_exit' and tid == main_tid:
            end = t
        elif short == 'cpu-clock':
            samples.append(t)
        elif short in ('sys_enter_fsync', 'sys_enter_fdatasync'):
            fsync_open[tid] = t
        elif short in ('sys_exit_fsync', 'sys_exit_fdatasync') and tid in fsync_open:
            fsync += t - fsync_open.pop(tid)
        elif short in events and tid == main_tid:
            marks.append((t, events[short]))
    period = 1.0 / freq
    bounds = [(start, 'start-up (libraries, Qt, station, database)')] + marks + [(end, None)]
    phases = []
    for (t0, name), (t1, _) in zip(bounds, bounds[1:]):
        cpu = sum(1 for s in samples if t0 <= s < t1) * period
        phases.append((name, t1 - t0, cpu))
    return phases, end - start, len(samples) * period, fsync


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', required=True, help='folder with pdi and pdi-commands')
    ap.add_argument('--src', required=True)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--freq', type=int, default=4000)
    args = ap.parse_args()
    binary = os.path.abspath(os.path.join(args.bin, 'pdi-commands'))
    work = tempfile.mkdtemp(prefix='pdi-write-phases-')
    env = dict(os.environ, PDI_DATA_DIR=os.path.join(work, 'data'), PDI_USER='bench')
    subprocess.run([os.path.join(args.bin, 'pdi'), 'user', 'add', 'bench', '--role', 'admin',
                    '--password-stdin'], input=f'{PASSWORD}\n'.encode(), env=env, check=True,
                   stdout=subprocess.DEVNULL)
    env['PDI_PASSWORD'] = PASSWORD
    events = add_probes(binary)
    try:
        runs = [one_run(binary, os.path.abspath(args.src), work, env, events, args.freq)
                for _ in range(args.runs)]
    finally:
        subprocess.run(['perf', 'probe', '-q', '-d', f'{GROUP}:*'], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    # The run with the median wall time, phase by phase.
    runs.sort(key=lambda r: r[1])
    phases, wall, cpu, fsync = runs[len(runs) // 2]
    print(f'| phase | wall | CPU (all threads) |')
    print('|---|---|---|')
    for name, w, c in phases:
        print(f'| {name} | {w:.3f} s | {c:.3f} s |')
    print(f'| **all** | **{wall:.3f} s** | **{cpu:.3f} s** |')
    print(f'\nfsync/fdatasync (all calls, in the phases above): {fsync:.3f} s; '
          f'wall of the {len(runs)} runs: ' + ', '.join(f'{r[1]:.3f}' for r in runs) +
          f' s; median {statistics.median(r[1] for r in runs):.3f} s')


if __name__ == '__main__':
    main()
