#include "SiteSettings.h"

#include "settings/ImportSettings.h"

namespace pdi {

const SettingCatalog& SiteSettings::catalog() {
    static const SettingCatalog all{&Settings::definitions(), &ImportSettings::definitions()};
    return all;
}

} // namespace pdi
