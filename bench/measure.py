"""Runs commands and measures them: median wall time over several runs and the peak resident
memory of the process tree's largest process (ru_maxrss of the waited-for child)."""
import os
import socket
import statistics
import subprocess
import time


def free_port():
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def run_usage(cmd, cwd=None):
    """(wall seconds, CPU seconds (user + system), peak RSS in MB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, code


def run_once(cmd, cwd=None):
    elapsed, _, rss, code = run_usage(cmd, cwd)
    return elapsed, rss, code


def measure(label, cmd, runs=3, warmup=1, ok_codes=(0,), cwd=None, before=None):
    """Returns {label, seconds (median), rss_mb (max), code}. before() runs untimed ahead of
    every run (e.g. to flush what earlier runs left for the disk)."""
    for _ in range(warmup):
        if before:
            before()
        run_once(cmd, cwd)
    times, cpus, peak, code = [], [], 0.0, 0
    for _ in range(runs):
        if before:
            before()
        t, cpu, rss, code = run_usage(cmd, cwd)
        if code not in ok_codes:
            raise SystemExit(f'{label}: exit code {code} from {" ".join(cmd)}')
        times.append(t)
        cpus.append(cpu)
        peak = max(peak, rss)
    # CPU time next to wall time: on a machine shared with other work the wall time of a short
    # command is mostly waiting for a core, the CPU time is what the command itself costs.
    result = {'label': label, 'seconds': statistics.median(times), 'cpu': statistics.median(cpus),
              'rss_mb': peak, 'code': code}
    print(f"  {label:<44} {result['seconds']:8.3f} s   CPU {result['cpu']:7.3f} s   "
          f"peak RSS {peak:8.1f} MB", flush=True)
    return result


def can_drop_caches():
    return os.access('/proc/sys/vm/drop_caches', os.W_OK)


def drop_caches(warm_cmds=()):
    """Empties the page cache (as after inserting a disc), then re-warms the programs themselves
    so that only the medium is cold."""
    os.sync()
    os.sync()
    with open('/proc/sys/vm/drop_caches', 'w') as f:
        f.write('3\n')
    for cmd in warm_cmds:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def measure_cold(label, cmd, runs=3, ok_codes=(0,), warm_cmds=()):
    times, peak, code = [], 0.0, 0
    for _ in range(runs):
        drop_caches(warm_cmds)
        t, rss, code = run_once(cmd)
        if code not in ok_codes:
            raise SystemExit(f'{label}: exit code {code} from {" ".join(cmd)}')
        times.append(t)
        peak = max(peak, rss)
    result = {'label': label, 'seconds': statistics.median(times), 'rss_mb': peak, 'code': code}
    print(f"  {label:<44} {result['seconds']:8.3f} s   peak RSS {peak:8.1f} MB", flush=True)
    return result


def ratio_line(name, numerator, denominator, target, lower_is_better=True):
    r = numerator / denominator if denominator else float('inf')
    ok = r <= target if lower_is_better else r >= target
    print(f"  {name:<52} {r:6.3f}   target {'<=' if lower_is_better else '>='} {target}   {'PASS' if ok else 'MISS'}")
    return r
