#pragma once

#include "ImportPlan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pdi {

// What of one outside patient an import sends, and every other file of the medium with the
// reason it stays (JSRT-QA 4.1: selective import). Reads no file and asks no one, so a person's
// ticks can be shown at once.
class ImportSelector {
    Q_DECLARE_TR_FUNCTIONS(pdi::ImportSelector)

public:
    // The patient at patientIndex (into the medium's report) with this choice of studies and
    // series (empty: all).
    static ImportSelection select(const ImportMedium& medium, int patientIndex,
                                  const QStringList& studyUids, const QStringList& seriesUids);

    // When nothing chosen can be sent because every chosen object is unusable (damaged,
    // unreadable, without UIDs): why, naming the files, so the import is refused before it
    // starts and no one is asked to retry what cannot succeed. Empty otherwise.
    static QString nothingUsable(const ImportSelection& selection);

    // The files left out as the job record and `pdi import --json` keep them.
    static QJsonArray toJson(const QVector<LeftOutFile>& files);

private:
    static void addOtherFiles(const MediumInventory& inventory, ImportSelection& out);
};

} // namespace pdi
