#pragma once

#include "settings/Settings.h"
#include "station/Station.h"

namespace pdi {

// Every setting of the station, composed from the lists each library declares: core's
// (Settings), the importer's (ImportSettings); the writer and the applications declare none of
// their own yet. `pdi config`, the settings forms and docs/admin.md describe this catalogue.
// A new library's keys are added here, in the one place that links every library.
class SiteSettings {
public:
    static const SettingCatalog& catalog();
    // The station's settings with every key known by text.
    static Settings of(const Station& station) { return Settings(station.database(), catalog()); }
};

} // namespace pdi
