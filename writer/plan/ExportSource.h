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
    static Result collect(const QStringList& paths, const std::atomic<bool>* cancel = nullptr);
};

} // namespace pdi
