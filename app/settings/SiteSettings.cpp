#include "SiteSettings.h"

#include "account/DirectorySettings.h"
#include "settings/ImportSettings.h"

namespace pdi {

const SettingCatalog& SiteSettings::catalog() {
    static const SettingCatalog all{&Settings::definitions(), &ImportSettings::definitions(),
                                    &DirectorySettings::definitions()};
    return all;
}

} // namespace pdi
