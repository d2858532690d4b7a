#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace pdi {

// A write or an import whose process ended while it was running (killed, crashed, power lost),
// found at the next start of the program: marked interrupted in its record and in the audit
// trail, its partial files removed. The person who started it is told by name.
struct InterruptedJob {
    enum class Kind { Write, Import };
    Kind kind = Kind::Write;
    qint64 id = 0;
    QString startedBy;   // login name
    QString startedAt;   // as recorded (UTC, ISO 8601)
    QString what;        // the patient and where the objects were going, for a person
    QString done;        // what had been done before it ended (objects sent), for a person
    QStringList removed; // the partial files and folders removed
};

} // namespace pdi
