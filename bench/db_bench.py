#!/usr/bin/env python3
"""The cost of an audit append and of a sign-in on the embedded SQLite file and on PostgreSQL,
side by side.

    python3 bench/db_bench.py [--appends N] [--logins N] [--runs N]

Starts its own PostgreSQL 15 (initdb + pg_ctl in a temporary folder on a free loopback port, as
`nobody` when run as root, fsync on: the server as a hospital would run it), runs
build/bin/pdi_bench_db against a fresh data directory on each engine, and prints the medians
(and 90th percentiles) in milliseconds and the ratio PostgreSQL / SQLite. Each run is a fresh
station; the numbers are the median over the runs.
"""
import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import free_port  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "build", "bin", "pdi_bench_db")
PG_BIN = "/usr/lib/postgresql/15/bin"


def as_server_user(cmd):
    return ["runuser", "-u", "nobody", "--"] + cmd if os.geteuid() == 0 else cmd


class Postgres:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="pdi-bench-pg-")
        os.chmod(self.dir, 0o711)
        self.server = os.path.join(self.dir, "server")
        os.mkdir(self.server)
        if os.geteuid() == 0:
            shutil.chown(self.server, "nobody", "nogroup")
        self.password_file = os.path.join(self.dir, "password")
        password = secrets.token_hex(16)
        with open(os.open(self.password_file, os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
            f.write(password + "\n")
        init_pw = os.path.join(self.server, "pw")
        with open(init_pw, "w") as f:
            f.write(password + "\n")
        os.chmod(init_pw, 0o644)
        subprocess.run(as_server_user([f"{PG_BIN}/initdb", "-D", f"{self.server}/data", "-U", "pdi",
                                       "--auth=scram-sha-256", f"--pwfile={init_pw}", "-E",
                                       "UTF8", "--locale=C.UTF-8"]),
                       check=True, stdout=subprocess.DEVNULL)
        os.remove(init_pw)
        self.port = free_port()
        subprocess.run(as_server_user([f"{PG_BIN}/pg_ctl", "-D", f"{self.server}/data", "-l",
                                       f"{self.server}/log", "-w", "-o",
                                       f"-p {self.port} -k {self.server} "
                                       "-c listen_addresses=127.0.0.1"]) + ["start"],
                       check=True, stdout=subprocess.DEVNULL)

    def url(self, schema):
        return (f"postgresql://pdi@127.0.0.1:{self.port}/postgres?password_file="
                f"{self.password_file}&schema={schema}")

    def stop(self):
        subprocess.run(as_server_user([f"{PG_BIN}/pg_ctl", "-D", f"{self.server}/data", "-m",
                                       "fast", "-w", "stop"]), stdout=subprocess.DEVNULL)
        shutil.rmtree(self.dir, ignore_errors=True)


def run(database, appends, logins):
    data = tempfile.mkdtemp(prefix="pdi-bench-data-")
    try:
        env = dict(os.environ, PDI_DATABASE=database)
        done = subprocess.run([BENCH, os.path.join(data, "station"), str(appends), str(logins)],
                              env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"pdi_bench_db failed on {database}: {done.stderr.strip()}")
        return json.loads(done.stdout)
    finally:
        shutil.rmtree(data, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--appends", type=int, default=200)
    parser.add_argument("--logins", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not os.path.exists(BENCH):
        raise SystemExit(f"{BENCH} is missing: build first (./scripts/build.sh)")
    pg = Postgres()
    try:
        results = {"sqlite": [], "postgresql": []}
        for i in range(args.runs):
            results["sqlite"].append(run("sqlite", args.appends, args.logins))
            results["postgresql"].append(run(pg.url(f"bench{i}"), args.appends, args.logins))
    finally:
        pg.stop()

    def median(engine, key, index):
        return statistics.median(r[key][index] for r in results[engine])

    print(f"{args.runs} runs of {args.appends} audit appends and {args.logins} sign-ins "
          "(milliseconds; median over runs of each run's median, 90th percentile in brackets)")
    print(f"{'':22}{'SQLite':>16}{'PostgreSQL':>16}{'ratio':>8}")
    for label, key in (("audit append", "appendMs"), ("sign-in", "loginMs")):
        s, p = median("sqlite", key, 0), median("postgresql", key, 0)
        s90, p90 = median("sqlite", key, 1), median("postgresql", key, 1)
        print(f"{label:22}{s:8.2f} [{s90:5.1f}]{p:8.2f} [{p90:5.1f}]{p / s:8.2f}")


if __name__ == "__main__":
    main()
