#pragma once

#include "AuditEvent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace pdi {

// One audit_log row exactly as stored. The hash chain is computed over these texts, not over
// re-serialised values, so an auditor can recompute it from the file with any SQLite tool
// (docs/admin.md, scripts/audit-chain-verify.py):
//
//   canonical = for each column in columns() order: <UTF-8 byte length> ":" <UTF-8 bytes> ","
//   hash      = lower-case hex SHA-256( prev_hash as ASCII hex || canonical )
//
// The first record's prev_hash is 64 zeros. seq is part of the canonical form, so moving a
// record to another place, deleting one or changing any column breaks the chain from there on.
struct AuditRow {
    qint64 seq = 0;
    QString time;
    QString utcOffset;
    QString userName;
    QString userDisplayName;
    QString role;
    QString station;
    QString event;
    QString alert;
    QString outcome;
    QString target;
    QString patients;       // JSON array of {id, issuer, name}
    QString patientsBefore; // JSON array of {id, issuer, name}
    QString studies;        // JSON array of Study Instance UIDs
    QString mediumId;
    QString mediaType;
    QString details; // JSON object
    QString prevHash;
    QString hash;

    // The hashed columns in canonical order (prev_hash and hash are not among them).
    static const QStringList& columns();
    // "seq, time, ..., details, prev_hash, hash": for SELECT and INSERT.
    static QString selectList();
    static AuditRow fromQuery(const QSqlQuery& query); // a row selected with selectList()
    static AuditRow fromEvent(const AuditEvent& event, qint64 seq, const QDateTime& utcTime,
                              int utcOffsetSeconds, const QString& prevHash);

    QStringList values() const; // in columns() order
    QByteArray canonical() const;
    QString computeHash() const; // over prevHash and canonical(); compare with hash
    AuditRecord toRecord() const;
};

class AuditChain {
public:
    static QString genesisHash(); // 64 zeros
    static QString hash(const QString& prevHash, const QByteArray& canonical);
};

} // namespace pdi
