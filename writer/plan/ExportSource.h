#pragma once

#include "dicom/DicomSummary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace pdi {

// One DICOM object a medium may be written from: a local file and what it carries.
struct SourceInstance {
    QString localPath; // absolute
    qint64 size = 0;
    DicomSummary summary;
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

// Collects DICOM objects from files and folders (folders are read like a medium, by content, so a
// copied disc with its DICOMDIR and README works as a source too).
class ExportSource {
    Q_DECLARE_TR_FUNCTIONS(pdi::ExportSource)

public:
    struct Result {
        QVector<SourceInstance> instances;
        QVector<SourceProblem> problems;
        QString error; // a source path that does not exist or cannot be read at all
    };
    // progress: files read of the folder being read, from the reading threads.
    static Result collect(const QStringList& paths, const std::atomic<bool>* cancel = nullptr,
                          const std::function<void(int done, int total)>& progress = {});

    // Sources collected one by one (as a person adds them) as one: a file reached from two
    // sources counts once; the first error wins.
    static Result combine(const QVector<Result>& parts);

    // The patients among the sources, grouped as the planner groups them (Patient ID with its
    // issuer), in the order they were found.
    static QVector<SourcePatient> patients(const Result& sources);
};

} // namespace pdi
