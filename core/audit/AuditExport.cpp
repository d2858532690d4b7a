#include "AuditExport.h"

#include <QDir>
#include <QSaveFile>

namespace pdi {

QString AuditExport::fileName(const AuditRecord& record) {
    return QStringLiteral("audit-%1.xml").arg(record.seq, 8, 10, QLatin1Char('0'));
}

Result<int> AuditExport::writeDicomXml(const QVector<AuditRecord>& records,
                                       const AuditSource& source, const QString& folder,
                                       const std::atomic<bool>* cancel) {
    if (!QDir().mkpath(folder))
        return Error::storage(tr("Cannot create the folder %1.").arg(folder));
    int written = 0;
    for (const AuditRecord& r : records) {
        if (cancel && *cancel)
            break;
        const QString path = QDir(folder).filePath(fileName(r));
        QSaveFile file(path);
        const QByteArray xml = DicomAuditMessage::toXml(r, source, true);
        if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit())
            return Error::storage(tr("Cannot write %1: %2").arg(path, file.errorString()));
        ++written;
    }
    return written;
}

} // namespace pdi
