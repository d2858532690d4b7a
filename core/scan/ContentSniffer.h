#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace pdi {

// Says what a non-DICOM file is from its first bytes and its name, and whether it is a program.
// Nothing is ever run: this only looks.
class ContentSniffer {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::ContentSniffer)

public:
    struct Verdict {
        QString contentType; // for a person: "PDF document", "Windows program" ...
        bool program = false;
    };
    static Verdict sniff(const QByteArray& head, const QString& fileName);
    static bool isProgramName(const QString& fileName);
    static bool isAutorunName(const QString& fileName);
};

} // namespace pdi
