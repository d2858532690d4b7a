#pragma once

#include <QString>

class QCoreApplication;

namespace pdi {

// Installs the Japanese or English user-interface text. The language follows the system locale
// unless a language ("ja", "en") is given.
class Translations {
public:
    static void install(QCoreApplication& app, const QString& language = QString());
    static QString current();
};

} // namespace pdi
