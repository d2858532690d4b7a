#!/usr/bin/env python3
"""Checks the hash chain of a PDI Station audit trail without PDI Station.

    scripts/audit-chain-verify.py DATA_DIR/pdistation.db

Uses only Python's standard library, so an auditor can run it on a copy of the database on
any machine. The chain is described in docs/admin.md ("Checking the audit trail yourself"):

    canonical = for each column below: <UTF-8 byte length> ":" <UTF-8 bytes> ","
    hash      = hex(SHA-256(prev_hash + canonical)), the first prev_hash being 64 zeros

Exit status: 0 the chain is intact, 1 it is broken (the first bad record is named),
2 the file cannot be read.
"""
import hashlib
import sqlite3
import sys

COLUMNS = [
    "seq", "time", "utc_offset", "user_name", "user_display_name", "role", "station", "event",
    "alert", "outcome", "target", "patients", "patients_before", "studies", "medium_id",
    "media_type", "details",
]


def canonical(values):
    out = bytearray()
    for value in values:
        data = str(value).encode("utf-8")
        out += str(len(data)).encode("ascii") + b":" + data + b","
    return bytes(out)


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        db = sqlite3.connect(argv[1])
        rows = db.execute(
            "SELECT %s, prev_hash, hash FROM audit_log ORDER BY seq" % ", ".join(COLUMNS)).fetchall()
    except sqlite3.Error as error:
        print("cannot read %s: %s" % (argv[1], error), file=sys.stderr)
        return 2

    previous = "0" * 64
    expected_seq = 1
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
        previous = stored_hash
        expected_seq += 1
    print("intact: %d records, last hash %s" % (len(rows), previous if rows else "-"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
