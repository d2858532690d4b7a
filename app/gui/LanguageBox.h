#pragma once

#include <QComboBox>

namespace pdi {

// The language choice as ui.language stores it: follow the system (""), Japanese ("ja") or
// English ("en"). The languages are named in their own script, so a person finds theirs
// whatever language the screen is in.
class LanguageBox : public QComboBox {
    Q_OBJECT
public:
    explicit LanguageBox(QWidget* parent = nullptr);

    QString language() const;
    void setLanguage(const QString& language);

protected:
    void changeEvent(QEvent* event) override;
};

} // namespace pdi
