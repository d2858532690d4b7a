#include "LanguageBox.h"

#include <QEvent>

namespace pdi {

LanguageBox::LanguageBox(QWidget* parent)
    : QComboBox(parent) {
    addItem(tr("Follow the system"), QString());
    addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    addItem(QStringLiteral("English"), QStringLiteral("en"));
}

QString LanguageBox::language() const {
    return currentData().toString();
}

void LanguageBox::setLanguage(const QString& language) {
    const int index = findData(language);
    setCurrentIndex(index < 0 ? 0 : index);
}

void LanguageBox::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        setItemText(0, tr("Follow the system"));
    QComboBox::changeEvent(event);
}

} // namespace pdi
