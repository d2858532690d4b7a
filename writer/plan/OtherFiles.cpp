#include "OtherFiles.h"

#include "scan/ContentSniffer.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace pdi {

namespace {

// An 8.3 name for an other-content file: the base name reduced to A-Z, 0-9 and _, made unique.
QString otherFileName(const QString& localPath, QSet<QString>& used) {
    const QFileInfo info(localPath);
    auto clean = [](const QString& in, int max) {
        QString out;
        for (QChar c : in.toUpper()) {
            if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                out += c;
            else if (!out.endsWith(QLatin1Char('_')))
                out += QLatin1Char('_');
            if (out.size() == max)
                break;
        }
        return out;
    };
    QString base = clean(info.completeBaseName(), 8);
    if (base.isEmpty() || base == QLatin1String("_"))
        base = QStringLiteral("FILE");
    const QString ext = clean(info.suffix(), 3);
    for (int n = 1;; ++n) {
        QString candidate = base;
        if (n > 1) {
            const QString suffix = QString::number(n);
            candidate = base.left(8 - suffix.size() - 1) + QLatin1Char('_') + suffix;
        }
        const QString name = ext.isEmpty() ? candidate : candidate + QLatin1Char('.') + ext;
        if (!used.contains(name)) {
            used.insert(name);
            return name;
        }
    }
}

} // namespace

Result<QVector<PlannedOtherFile>> OtherFiles::plan(const QStringList& localPaths) {
    QVector<PlannedOtherFile> files;
    QSet<QString> usedNames;
    for (const QString& path : localPaths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::invalid(tr("The document %1 to add to the medium cannot be read: %2")
                                      .arg(path, f.errorString()));
        const ContentSniffer::Verdict v =
            ContentSniffer::sniff(f.read(512), QFileInfo(path).fileName());
        if (v.program) {
            return Error::conflict(
                tr("%1 is a program (%2); programs may not be put on a referral medium.")
                    .arg(path, v.contentType));
        }
        files << PlannedOtherFile{QFileInfo(path).absoluteFilePath(),
                                  QStringLiteral("OTHER/") + otherFileName(path, usedNames),
                                  v.contentType, f.size()};
    }
    return files;
}

} // namespace pdi
