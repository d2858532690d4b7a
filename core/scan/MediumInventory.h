#pragma once

#include "dicom/SharedSummary.h"
#include "dicomdir/DicomDirectory.h"
#include "medium/Medium.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace pdi {

// One regular file of a medium and what it turned out to be.
struct ScannedFile {
    enum class Kind {
        Dicom,      // a readable DICOM object
        Damaged,    // DICOM, but broken or truncated
        NonDicom,   // other content: report, picture, program, text ...
        Dicomdir,   // the DICOMDIR itself
        Unreadable, // could not be opened or read
        NotOpened   // quick check: known only from the listing and the DICOMDIR
    };
    QString path;
    qint64 size = 0;
    Kind kind = Kind::NotOpened;
    SharedSummary summary;   // Dicom and Damaged; shared with its MediumInstance
    QString error;           // Damaged and Unreadable
    QString contentType;     // NonDicom: what it looks like, e.g. "PDF document"
    bool program = false;    // executable content or a program's file name
    bool looksDicom = false; // quick check: sniffed as DICOM but not opened
    int recordIndex = -1;    // the DICOMDIR record that references it
};

// A DICOMDIR reference resolved against the medium's listing.
struct FileReference {
    enum class Status { Found, Missing, LeavesMedium, Invalid };
    int recordIndex = -1;
    Status status = Status::Missing;
    QString path; // the file on the medium when found
};

// Everything a scan learned about a medium; the rules and the report read only this.
struct MediumInventory {
    QString location;
    MediumKind kind = MediumKind::Folder;
    QString volumeId;
    bool namesKeepCase = true;
    // Every name is in lower case and the root holds "dicomdir": the names were lower-cased by a
    // mount (Linux's map=normal for ISO 9660) or a copy from one; they are checked as upper case
    // (namesKeepCase is then false) and one finding says so.
    bool namesLowerCased = false;
    bool bootable = false;
    bool quick = false; // only the listing, the DICOMDIR and one object per patient were read
    // A quick check was asked for but the DICOMDIR was not reliable enough: why (sentences);
    // the medium was then checked in full.
    QStringList quickFallback;
    QString strippedTopFolder;

    QVector<MediumEntry> entries;
    QVector<ListingProblem> listingProblems;

    QString dicomdirPath; // empty when the root has none
    std::optional<DicomDirectory> dicomdir;
    QString dicomdirError; // set when a DICOMDIR exists but cannot be read

    QVector<ScannedFile> files;
    // The files could not be read at all (no reading thread could be started): the inventory
    // is not a check of the medium.
    QString readError;
    QHash<QString, int> fileByPath;
    QVector<FileReference> references;

    const ScannedFile* file(const QString& path) const {
        auto it = fileByPath.constFind(path);
        return it == fileByPath.constEnd() ? nullptr : &files.at(*it);
    }
    bool isDicomKind(const ScannedFile& f) const {
        return f.kind == ScannedFile::Kind::Dicom || f.kind == ScannedFile::Kind::Damaged;
    }
};

} // namespace pdi
