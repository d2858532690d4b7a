#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pdi {

namespace {
QTranslator* g_translator = nullptr;
// Qt's own texts (Cancel, < Back, the file dialogs), from Debian's qt6-translations-l10n when it
// is installed; without it those few buttons stay in English.
QTranslator* g_qtTranslator = nullptr;
QString g_language = QStringLiteral("en");

void remove(QCoreApplication& app, QTranslator*& translator) {
    if (!translator)
        return;
    app.removeTranslator(translator);
    delete translator;
    translator = nullptr;
}
} // namespace

void Translations::install(QCoreApplication& app, const QString& language) {
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                                 : QStringLiteral("en");
    remove(app, g_translator);
    remove(app, g_qtTranslator);
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/pdistation_%1.qm").arg(lang))) {
        app.installTranslator(translator);
        g_translator = translator;
    } else {
        delete translator;
    }
    if (lang != QLatin1String("en")) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            app.installTranslator(qt);
            g_qtTranslator = qt;
        } else {
            delete qt;
        }
    }
    g_language = lang;
}

QString Translations::current() {
    return g_language;
}

} // namespace pdi
