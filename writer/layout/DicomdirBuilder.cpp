#include "DicomdirBuilder.h"

#include "dicom/Dcmtk.h"
#include "dicom/DcmtkCondition.h"

#include <QFile>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcddirif.h>
#include <dcmtk/dcmdata/dcdeftag.h>

namespace pdi {

namespace {

Result<void> buildOnce(const QString& root, const QStringList& fileIds, const QString& fileSetId,
                       bool allowVideo, bool invent) {
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
        return Error::storage(DicomdirBuilder::tr("cannot create the DICOMDIR: %1")
                                  .arg(DcmtkCondition::describe(cond)));
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
            QFile::remove(path);
            return Error::storage(DicomdirBuilder::tr("%1 cannot be listed in the DICOMDIR: %2")
                                      .arg(fileId, DcmtkCondition::describe(cond)));
        }
    }
    cond = dir.writeDicomDir();
    if (cond.bad()) {
        QFile::remove(path);
        return Error::storage(DicomdirBuilder::tr("cannot write the DICOMDIR: %1")
                                  .arg(DcmtkCondition::describe(cond)));
    }
    return {};
}

// The patient records get the birth date and sex DicomDirInterface leaves out; DCMTK computes
// the record offsets again when the DICOMDIR is written.
QString addPatientKeys(const QString& root, const QString& birthDate, const QString& sex) {
    const QString path = root + QStringLiteral("/DICOMDIR");
    DcmDicomDir dir(OFFilename(QFile::encodeName(path).constData()));
    if (dir.error().bad())
        return DcmtkCondition::describe(dir.error());
    DcmDirectoryRecord& top = dir.getRootRecord();
    for (unsigned long i = 0; i < top.cardSub(); ++i) {
        DcmDirectoryRecord* record = top.getSub(i);
        if (!record || record->getRecordType() != ERT_Patient)
            continue;
        if (!birthDate.isEmpty() && !record->tagExistsWithValue(DCM_PatientBirthDate))
            record->putAndInsertString(DCM_PatientBirthDate, birthDate.toLatin1().constData());
        if (!sex.isEmpty() && !record->tagExistsWithValue(DCM_PatientSex))
            record->putAndInsertString(DCM_PatientSex, sex.toLatin1().constData());
    }
    const OFCondition written =
        dir.write(DICOMDIR_DEFAULT_TRANSFERSYNTAX, EET_UndefinedLength, EGL_withoutGL);
    return written.good() ? QString() : DcmtkCondition::describe(written);
}

} // namespace

Result<DicomdirBuilder::Written>
DicomdirBuilder::build(const QString& root, const QStringList& fileIds, const QString& fileSetId,
                       bool allowVideo, const QString& birthDate, const QString& sex) {
    initDcmtk();
    // DCMTK's invent mode doubles the time on large media, so it is used only when a source lacks
    // a key the profile requires in the records.
    Written written;
    if (Result<void> plain = buildOnce(root, fileIds, fileSetId, allowVideo, false); !plain) {
        if (!buildOnce(root, fileIds, fileSetId, allowVideo, true))
            return plain.error();
        written.inventedKeys = true;
    }
    if (!birthDate.isEmpty() || !sex.isEmpty()) {
        const QString error = addPatientKeys(root, birthDate, sex);
        if (!error.isEmpty()) {
            QFile::remove(root + QStringLiteral("/DICOMDIR"));
            return Error::storage(tr("cannot write the DICOMDIR: %1").arg(error));
        }
    }
    return written;
}

} // namespace pdi
