#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace pdi {

namespace {
QTranslator* g_translator = nullptr;
QString g_language = QStringLiteral("en");
} // namespace

void Translations::install(QCoreApplication& app, const QString& language) {
    QString lang = language;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                                 : QStringLiteral("en");
    if (g_translator) {
        app.removeTranslator(g_translator);
        delete g_translator;
        g_translator = nullptr;
    }
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/pdistation_%1.qm").arg(lang))) {
        app.installTranslator(translator);
        g_translator = translator;
    } else {
        delete translator;
    }
    g_language = lang;
}

QString Translations::current() {
    return g_language;
}

} // namespace pdi
