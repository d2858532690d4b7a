#pragma once

#include "dicom/DicomSummary.h"
#include "job/JobProgress.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pdi {

// One DICOM object a medium may be written from: a local file and what it carries.
struct SourceInstance {
    QString localPath; // absolute
    qint64 size = 0;
    DicomSummary summary;
    // SHA-256 of the very bytes summary was read from; empty when the file was not held whole
    // (HashedSource). A medium that reads back with this hash carries what summary describes.
    QByteArray sha256;
};

// A file among the sources that cannot be written, with the reason for a person.
struct SourceProblem {
    enum class Kind { NotDicom, Damaged, Unreadable };
    Kind kind;
    QString localPath;
    QString message;
};

// One patient among the sources, as a person picks one: who it is and how much there is.
struct SourcePatient {
    QString id;
    QString issuer;
    QString name; // as in the first object, with its '=' groups
    QString birthDate;
    QString sex;
    int instances = 0;
    qint64 bytes = 0;
};

// What the sources hold: the objects a medium may be written from, and the files that cannot be.
struct CollectedSources {
    QVector<SourceInstance> instances;
    QVector<SourceProblem> problems;
};

// Collects DICOM objects from files and folders (folders are read like a medium, by content, so a
// copied disc with its DICOMDIR and README works as a source too).
class ExportSource {
    Q_DECLARE_TR_FUNCTIONS(pdi::ExportSource)

public:
    // progress: files read of the folder being read, from the reading threads. Errors: Invalid
    // (a source path that does not exist or a file that cannot be read at all). A cancelled
    // collection returns what was read so far; the caller asks progress.cancelled().
    static Result<CollectedSources> collect(const QStringList& paths,
                                            const JobProgress& progress = JobProgress());

    // Sources collected one by one (as a person adds them) as one: a file reached from two
    // sources counts once.
    static CollectedSources combine(const QVector<CollectedSources>& parts);

    // The patients among the sources, grouped as the planner groups them (Patient ID with its
    // issuer), in the order they were found.
    static QVector<SourcePatient> patients(const CollectedSources& sources);
};

} // namespace pdi
