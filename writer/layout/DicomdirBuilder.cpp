#include "DicomdirBuilder.h"

#include "DirectoryRecordFactory.h"
#include "PlannedDirectory.h"
#include "dicom/Dcmtk.h"
#include "dicom/DcmtkCondition.h"

#include <QFile>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicdir.h>

namespace pdi {

namespace {

QString dicomdirPath(const QString& root) {
    return root + QStringLiteral("/DICOMDIR");
}

void addPatientKeysBelow(DcmDirectoryRecord& root, const QString& birthDate, const QString& sex) {
    for (unsigned long i = 0; i < root.cardSub(); ++i) {
        if (DcmDirectoryRecord* record = root.getSub(i))
            addPatientKeys(*record, birthDate, sex);
    }
}

Result<void> buildOnceFromFiles(const QString& root, const QStringList& fileIds,
                                const QString& fileSetId, bool allowVideo, bool invent) {
    const QString path = dicomdirPath(root);
    DicomDirInterface dir;
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
        cond = guardedParse([&] {
            return dir.addDicomFile(OFFilename(QFile::encodeName(fileId).constData()),
                                    OFFilename(rootBytes.constData()));
        });
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

// DCMTK computes the record offsets again when the DICOMDIR is written.
QString addPatientKeysToFile(const QString& root, const QString& birthDate, const QString& sex) {
    DcmDicomDir dir(OFFilename(QFile::encodeName(dicomdirPath(root)).constData()));
    if (dir.error().bad())
        return DcmtkCondition::describe(dir.error());
    addPatientKeysBelow(dir.getRootRecord(), birthDate, sex);
    const OFCondition written =
        dir.write(DICOMDIR_DEFAULT_TRANSFERSYNTAX, EET_UndefinedLength, EGL_withoutGL);
    return written.good() ? QString() : DcmtkCondition::describe(written);
}

} // namespace

bool DicomdirBuilder::recordFromPlan(const QString& sopClassUid) {
    return DirectoryRecordFactory::recordTypeOf(OFString(sopClassUid.toLatin1().constData()))
        .has_value();
}

Result<DicomdirBuilder::Written> DicomdirBuilder::build(const QString& root,
                                                        const QVector<DirectoryEntry>& entries,
                                                        const QString& fileSetId, bool allowVideo,
                                                        const QString& birthDate,
                                                        const QString& sex) {
    initDcmtk();
    // Invent mode only when an object lacks a key the records require, as with DCMTK's
    // DicomDirInterface: a first pass without it, a second with it.
    for (const bool invent : {false, true}) {
        PlannedDirectory directory(allowVideo, invent);
        PlannedDirectory::Outcome outcome = directory.addAll(entries);
        if (outcome == PlannedDirectory::Outcome::Done)
            outcome = directory.write(dicomdirPath(root), fileSetId, birthDate, sex);
        switch (outcome) {
        case PlannedDirectory::Outcome::Done: {
            Written written;
            written.inventedKeys = invent;
            written.objectsRead = directory.objectsRead;
            return written;
        }
        case PlannedDirectory::Outcome::NeedsInvent:
            continue;
        case PlannedDirectory::Outcome::NotDescribed: {
            QStringList fileIds;
            for (const DirectoryEntry& entry : entries)
                fileIds << entry.fileId;
            return buildFromFiles(root, fileIds, fileSetId, allowVideo, birthDate, sex);
        }
        case PlannedDirectory::Outcome::Failed:
            QFile::remove(dicomdirPath(root));
            return Error::storage(directory.error);
        }
    }
    Q_UNREACHABLE(); // the second pass invents what the first found missing
    return Written();
}

Result<DicomdirBuilder::Written>
DicomdirBuilder::buildFromFiles(const QString& root, const QStringList& fileIds,
                                const QString& fileSetId, bool allowVideo, const QString& birthDate,
                                const QString& sex) {
    initDcmtk();
    // DCMTK's invent mode doubles the time on large media, so it is used only when a source lacks
    // a key the profile requires in the records.
    Written written;
    written.fromFiles = true;
    written.objectsRead = int(fileIds.size());
    if (Result<void> plain = buildOnceFromFiles(root, fileIds, fileSetId, allowVideo, false);
        !plain) {
        if (!buildOnceFromFiles(root, fileIds, fileSetId, allowVideo, true))
            return plain.error();
        written.inventedKeys = true;
    }
    if (!birthDate.isEmpty() || !sex.isEmpty()) {
        const QString error = addPatientKeysToFile(root, birthDate, sex);
        if (!error.isEmpty()) {
            QFile::remove(dicomdirPath(root));
            return Error::storage(tr("cannot write the DICOMDIR: %1").arg(error));
        }
    }
    return written;
}

} // namespace pdi
