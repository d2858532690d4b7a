#pragma once

#include "Manifest.h"
#include "MediumDescription.h"
#include "dicom/DicomSummary.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pdi {

// A finding the checker reports on a medium the writer meant it to: reading the medium back
// tolerates exactly these.
struct ExpectedFinding {
    QString code; // PDI-...
    QString path; // on the medium
    bool operator==(const ExpectedFinding& o) const { return code == o.code && path == o.path; }
};

// A DICOM object that goes on the medium as its source file is, which the plan parsed from bytes
// it hashed (SourceInstance::sha256): a file on the written medium with this hash is this object,
// and parsing it again would give this summary.
struct ReadObject {
    QByteArray sha256;
    DicomSummary summary; // as the checker reads it (no DICOMDIR keys)
};

// A medium laid out and ready to go to a target: every file by its path on the medium and the
// local file that holds its bytes (a file in the staging folder, or an unchanged source file),
// with what the medium is expected to read back as.
struct StagedMedium {
    QString root;                 // the staging folder (DICOMDIR, README.TXT ... live here)
    QMap<QString, QString> files; // medium path ('/'-separated) -> local file
    QString fileSetId;            // also the ISO volume identifier
    Manifest manifest;

    QStringList dicomFiles; // File IDs of the DICOM objects, in the plan's order
    // Video the operator decided to carry as it is stays compressed: the findings that says so
    // are expected, each at its File ID.
    QVector<ExpectedFinding> expectedFindings;
    // File ID -> the object as the plan read it, for every object written as its source is and
    // read whole by the plan; verification takes these as read once their bytes are compared.
    QHash<QString, ReadObject> readObjects;
    MediumDescription description; // what the label and README.TXT say, with preview paths
    QStringList notes;             // what the transcoder changed, for the report and the job
    int transcoded = 0;
    // Objects the DICOMDIR had to read again: those with records other than IMAGE (their keys
    // come from nested content the plan does not keep), or all of them when DCMTK's
    // DicomDirInterface built it (a record type the plan's builder does not make).
    int dicomdirObjectsRead = 0;

    // Folders of the medium, parents first.
    QStringList directories() const {
        QStringList dirs;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('/'));
            for (int i = 1; i < parts.size(); ++i) {
                const QString dir = parts.mid(0, i).join(QLatin1Char('/'));
                if (!dirs.contains(dir))
                    dirs << dir;
            }
        }
        std::sort(dirs.begin(), dirs.end(), [](const QString& a, const QString& b) {
            return a.count(QLatin1Char('/')) != b.count(QLatin1Char('/'))
                       ? a.count(QLatin1Char('/')) < b.count(QLatin1Char('/'))
                       : a < b;
        });
        return dirs;
    }
};

} // namespace pdi
