#pragma once

#include "MediumDescription.h"
#include "StagedMedium.h"
#include "account/Role.h"
#include "job/JobProgress.h"
#include "plan/ExportPlan.h"
#include "result/Result.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QDate>

namespace pdi {

// Who issues the medium, from the site settings and the logged-in operator.
struct MediumIssuer {
    QString institution;
    QString department;
    QString phone;
    QString address;
    QString operatorRole;
    QString application; // "PDI Station 0.1.0"

    // The site's institution and the role of the person writing, from this application.
    static MediumIssuer of(const Institution& institution, Role role);
    // The issuer's part of what the label and README say.
    void describe(MediumDescription& description, const QDate& created) const;
};

// Lays out a planned medium in a staging folder: File IDs, uncompressed objects (decoded where
// the source is not Explicit VR Little Endian, untouched source files otherwise), other content,
// web content, README.TXT and the DICOMDIR, then the manifest of every file.
class MediumBuilder {
    Q_DECLARE_TR_FUNCTIONS(pdi::MediumBuilder)

public:
    // A File-set ID (also the volume identifier): "PDI" and the time, 15 characters.
    static QString newFileSetId(const QDateTime& when);
    // The description everything on the medium is written from.
    static MediumDescription describe(const ExportPlan& plan, const MediumIssuer& issuer,
                                      const QString& fileSetId, const QDate& created);

    // stagingRoot must not exist yet or be empty; the caller removes it when done.
    // computeManifest: hash every file now (folder targets); disc images hash while they are
    // generated, so they skip it. The staged medium carries the File IDs it chose and the
    // findings it expects. Errors: Storage (a file cannot be staged or written), Invalid (too
    // many objects for File IDs), Cancelled.
    static Result<StagedMedium> stage(const ExportPlan& plan, const MediumIssuer& issuer,
                                      const QString& fileSetId, const QString& stagingRoot,
                                      const JobProgress& progress, bool computeManifest = true);
};

} // namespace pdi
