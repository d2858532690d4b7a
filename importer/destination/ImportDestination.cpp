#include "ImportDestination.h"

#include "ArchiveDestination.h"
#include "PacsDestination.h"
#include "account/Session.h"
#include "settings/ImportSettings.h"
#include "settings/Settings.h"
#include "station/Station.h"

namespace pdi {

std::unique_ptr<ImportDestination>
ImportDestination::of(const Station& station, const Session& session, const DicomNode& node) {
    if (node.isLocal())
        return std::make_unique<ArchiveDestination>(station, session.userName());
    const Settings settings = station.settings();
    return std::make_unique<PacsDestination>(node, LocalAe::fromSettings(settings),
                                             ImportSettings(settings).commitTimeoutSeconds());
}

ImportDestination::Confirmation ImportDestination::confirm(const QVector<const ImportObject*>&,
                                                           const JobProgress&) {
    return {};
}

} // namespace pdi
