#include "DicomdirBuilder.h"

#include "dicom/Dcmtk.h"

#include <QFile>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcddirif.h>

namespace pdi {

namespace {

DicomdirBuilder::Result buildOnce(const QString& root, const QStringList& fileIds,
                                  const QString& fileSetId, bool allowVideo, bool invent) {
    DicomdirBuilder::Result result;
    const QString path = root + QStringLiteral("/DICOMDIR");
    DicomDirInterface dir;
    // Type 1 record keys a source lacks (Study ID, Series Number ...) may be filled in the
    // record only, never in the objects. Patient IDs are never invented: the planner refuses
    // objects without one, so patient identity on the medium is always the objects' own.
    dir.enableInventMode(invent ? OFTrue : OFFalse);
    dir.enableInventPatientIDMode(OFFalse);
    dir.disableBackupMode(OFTrue);
    if (allowVideo)
        dir.disableTransferSyntaxCheck(OFTrue);
    OFCondition cond = dir.createNewDicomDir(DicomDirInterface::AP_GeneralPurpose,
                                             OFFilename(QFile::encodeName(path).constData()),
                                             OFString(fileSetId.toLatin1().constData()));
    if (cond.bad()) {
        result.error = DicomdirBuilder::tr("cannot create the DICOMDIR: %1")
                           .arg(QString::fromLatin1(cond.text()));
        return result;
    }
    const QByteArray rootBytes = QFile::encodeName(root);
    for (const QString& fileId : fileIds) {
        QString error;
        cond = guardedParse(
            [&] {
                return dir.addDicomFile(OFFilename(QFile::encodeName(fileId).constData()),
                                        OFFilename(rootBytes.constData()));
            },
            &error);
        if (cond.bad()) {
            result.error =
                DicomdirBuilder::tr("%1 cannot be listed in the DICOMDIR: %2")
                    .arg(fileId, error.isEmpty() ? QString::fromLatin1(cond.text()) : error);
            QFile::remove(path);
            return result;
        }
    }
    cond = dir.writeDicomDir();
    if (cond.bad()) {
        result.error = DicomdirBuilder::tr("cannot write the DICOMDIR: %1")
                           .arg(QString::fromLatin1(cond.text()));
        QFile::remove(path);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace

DicomdirBuilder::Result DicomdirBuilder::build(const QString& root, const QStringList& fileIds,
                                               const QString& fileSetId, bool allowVideo) {
    initDcmtk();
    // DCMTK's invent mode doubles the time on large media, so it is used only when a source lacks
    // a key the profile requires in the records.
    Result result = buildOnce(root, fileIds, fileSetId, allowVideo, false);
    if (!result.ok) {
        Result invented = buildOnce(root, fileIds, fileSetId, allowVideo, true);
        if (invented.ok) {
            invented.inventedKeys = true;
            return invented;
        }
    }
    return result;
}

} // namespace pdi
