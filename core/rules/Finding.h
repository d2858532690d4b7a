#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace pdi {

enum class Severity { Info, Warning, Error };
QString severityName(Severity severity); // "info", "warning", "error"

// One thing a check found, for a person to act on. Codes are stable (docs/findings.md).
struct Finding {
    QString code;
    Severity severity = Severity::Info;
    QString path;    // on the medium; empty for the medium as a whole
    QString message; // a sentence that says what is wrong and what to do

    QJsonObject toJson() const;
};

using Findings = QVector<Finding>;

} // namespace pdi
