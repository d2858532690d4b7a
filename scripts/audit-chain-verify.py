#!/usr/bin/env python3
"""Checks the hash chain of a PDI Station audit trail without PDI Station.

    scripts/audit-chain-verify.py DATA_DIR/pdistation.db     the embedded database (a copy will do)
    scripts/audit-chain-verify.py --csv audit.csv            an export of a shared database
    scripts/audit-chain-verify.py postgresql://USER@HOST:PORT/DB[?schema=NAME]
                                                             a shared database, read with psql

Uses only Python's standard library (and the psql client for a postgresql:// address, which
takes its password from the address's password_file, as the stations do, or the usual libpq
ways: PGPASSFILE or ~/.pgpass, or PGPASSWORD), so an auditor can run it on any machine. The CSV is what psql writes with

    \\copy (SELECT seq, time, utc_offset, user_name, user_display_name, role, station, event,
           alert, outcome, target, patients, patients_before, studies, medium_id, media_type,
           details, prev_hash, hash FROM audit_log ORDER BY seq) TO 'audit.csv' WITH CSV HEADER

The chain is described in docs/admin.md ("Checking the audit trail yourself"):

    canonical = for each column below: <UTF-8 byte length> ":" <UTF-8 bytes> ","
    hash      = hex(SHA-256(prev_hash + canonical)), the first prev_hash being 64 zeros

It prints the records of each station and the whole chain. Exit status: 0 the chain is intact,
1 it is broken (the first bad record is named), 2 the trail cannot be read.
"""
import csv
import hashlib
import io
import os
import re
import sqlite3
import subprocess
import sys
import urllib.parse

COLUMNS = [
    "seq", "time", "utc_offset", "user_name", "user_display_name", "role", "station", "event",
    "alert", "outcome", "target", "patients", "patients_before", "studies", "medium_id",
    "media_type", "details",
]
SELECT = "SELECT %s, prev_hash, hash FROM audit_log ORDER BY seq" % ", ".join(COLUMNS)


def canonical(values):
    out = bytearray()
    for value in values:
        data = str(value).encode("utf-8")
        out += str(len(data)).encode("ascii") + b":" + data + b","
    return bytes(out)


def rows_from_csv(text):
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header != COLUMNS + ["prev_hash", "hash"]:
        raise ValueError("the CSV does not start with the header %s" % ",".join(COLUMNS))
    return [[int(row[0])] + row[1:] for row in reader]


def rows_from_sqlite(path):
    db = sqlite3.connect(path)
    return db.execute(SELECT).fetchall()


def rows_from_postgres(address):
    url = urllib.parse.urlsplit(address)
    query = urllib.parse.parse_qs(url.query)
    schema = query.pop("schema", ["public"])[0]
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", schema):
        raise ValueError("the schema %r is not a lower-case name" % schema)
    env = None
    password_file = query.pop("password_file", [None])[0]  # PDI Station's own parameter
    if password_file:
        with open(password_file, encoding="utf-8") as f:
            env = dict(os.environ, PGPASSWORD=f.readline().rstrip("\r\n"))
    conninfo = urllib.parse.urlunsplit(
        ("postgresql", url.netloc, url.path, urllib.parse.urlencode(query, doseq=True), ""))
    done = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conninfo, "-c",
                           "SET search_path TO %s, public" % schema, "-c",
                           "\\copy (%s) TO STDOUT WITH CSV HEADER" % SELECT],
                          capture_output=True, text=True, encoding="utf-8", env=env)
    if done.returncode != 0:
        raise ValueError(done.stderr.strip())
    return rows_from_csv(done.stdout)


def verify(rows):
    previous = "0" * 64
    expected_seq = 1
    stations = {}
    for row in rows:
        values, prev_hash, stored_hash = row[:-2], row[-2], row[-1]
        seq = values[0]
        if seq != expected_seq:
            print("broken at record %d: expected record %d here (records deleted or moved)"
                  % (seq, expected_seq))
            return 1
        if prev_hash != previous:
            print("broken at record %d: it does not follow the record before it" % seq)
            return 1
        digest = hashlib.sha256(previous.encode("ascii") + canonical(values)).hexdigest()
        if digest != stored_hash:
            print("broken at record %d: its content does not match its hash" % seq)
            return 1
        station = values[COLUMNS.index("station")]
        stations[station] = stations.get(station, 0) + 1
        previous = stored_hash
        expected_seq += 1
    for station in sorted(stations):
        print("station %s: %d records" % (station, stations[station]))
    print("intact: %d records, last hash %s" % (len(rows), previous if rows else "-"))
    return 0


def main(argv):
    args = argv[1:]
    try:
        if len(args) == 2 and args[0] == "--csv":
            with open(args[1], encoding="utf-8", newline="") as f:
                rows = rows_from_csv(f.read())
        elif len(args) == 1 and args[0].startswith(("postgresql://", "postgres://")):
            rows = rows_from_postgres(args[0])
        elif len(args) == 1:
            rows = rows_from_sqlite(args[0])
        else:
            print(__doc__.strip(), file=sys.stderr)
            return 2
    except (OSError, ValueError, sqlite3.Error) as error:
        print("cannot read the audit trail from %s: %s" % (args[-1], error), file=sys.stderr)
        return 2
    return verify(rows)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
