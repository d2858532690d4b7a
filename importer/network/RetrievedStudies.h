#pragma once

#include "job/JobProgress.h"
#include "result/Result.h"
#include "station/Station.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace pdi {

class Session;

// A patient's studies fetched from a PACS node into a folder of the data directory, as a source
// for writing a referral medium. The folder is removed when the object goes.
class RetrievedStudies {
    Q_DECLARE_TR_FUNCTIONS(pdi::RetrievedStudies)

public:
    // Looks up the node (it must have the find role), retrieves with C-GET and records the
    // transfer in the audit trail. studyUids empty: every study of the patient.
    static Result<std::unique_ptr<RetrievedStudies>>
    fetch(const Station& station, const Session& session, const QString& nodeName,
          const QString& patientId, const QStringList& studyUids, const JobProgress& progress);
    ~RetrievedStudies();
    RetrievedStudies(const RetrievedStudies&) = delete;
    RetrievedStudies& operator=(const RetrievedStudies&) = delete;

    QString folder() const { return folder_; }
    int objects() const { return objects_; }
    QStringList studies() const { return studies_; }

private:
    RetrievedStudies() = default;
    QString folder_;
    int objects_ = 0;
    QStringList studies_;
};

} // namespace pdi
