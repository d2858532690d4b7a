#include "CheckSupport.h"

#include "report/MediumChecker.h"

#include <QFile>

namespace pdi::test {

CheckReport check(const QString& location, bool quick) {
    MediumChecker::Options options;
    options.quick = quick;
    const Result<CheckedMedium> outcome = MediumChecker::check(location, options);
    if (!outcome) {
        qWarning("%s", qPrintable(outcome.error().message));
        return CheckReport();
    }
    return outcome->report;
}

QString describe(const CheckReport& report) {
    QStringList lines;
    for (const Finding& f : report.findings)
        lines << QStringLiteral("%1 %2 %3").arg(f.code, f.path, f.message);
    return lines.join(QLatin1Char('\n'));
}

QStringList messages(const CheckReport& report, const QString& code, const QString& path) {
    QStringList out;
    for (const Finding& f : report.findings) {
        if (f.code == code && (path.isEmpty() || f.path == path))
            out << f.message;
    }
    return out;
}

bool cutInsideTrailingSequence(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::Append))
        return false;
    // (7FE1,1010) SQ of undefined length, an item, and the file ends.
    const QByteArray cut = QByteArray::fromHex("e17f101053510000ffffffff"
                                               "feff00e0ffffffff");
    return f.write(cut) == cut.size();
}

} // namespace pdi::test
