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

// The definition of each finding code: its severity and the rule it enforces.
struct FindingDefinition {
    const char* code;
    Severity severity;
    const char* source; // short names of ../shared/PDI-RULES.md
    const char* title;  // short English title, as in docs/findings.md
};

class FindingCatalog {
public:
    static const QVector<FindingDefinition>& all();
    static const FindingDefinition* find(const QString& code);
    // A finding with the catalog's severity for the code.
    static Finding make(const char* code, const QString& path, const QString& message);
};

} // namespace pdi
