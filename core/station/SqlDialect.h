#pragma once

#include "DatabaseLocation.h"

#include <QString>

namespace pdi {

// The few places where SQLite and PostgreSQL spell the same thing differently. Everything else
// the stores write is the common subset (bound values, ON CONFLICT ... DO UPDATE, RETURNING,
// CASE instead of boolean arithmetic), so that one statement serves both engines.
class SqlDialect {
public:
    explicit SqlDialect(DatabaseEngine engine)
        : engine_(engine) {}

    DatabaseEngine engine() const { return engine_; }

    // A schema statement with its engine words filled in:
    //   {serial}     an auto-numbered key: INTEGER PRIMARY KEY AUTOINCREMENT / BIGINT identity
    //   {seqkey}     a key the program numbers: INTEGER PRIMARY KEY / BIGINT PRIMARY KEY
    //   {int64}      a 64-bit integer: INTEGER / BIGINT
    //   {blob}       bytes: BLOB / BYTEA
    //   {nocase}     text compared without letter case: TEXT COLLATE NOCASE / CITEXT
    QString schema(const QString& statement) const;

    // "column = ?" ignoring ASCII letter case.
    QString equalsIgnoringCase(const QString& column) const;
    // An ORDER BY term that sorts ignoring letter case.
    QString orderIgnoringCase(const QString& column) const;
    // The number a text begins with, 0 when it begins with none ("12" -> 12, "" -> 0): SQLite's
    // CAST does that; PostgreSQL's refuses such text.
    QString leadingInteger(const QString& expression) const;
    // The distinct values of expression joined with commas (an aggregate).
    QString joinedDistinct(const QString& expression) const;
    // True when the JSON array of objects in column (text) holds one whose "id" is the bound
    // value.
    QString jsonArrayHasId(const QString& column) const;

private:
    DatabaseEngine engine_;
};

} // namespace pdi
