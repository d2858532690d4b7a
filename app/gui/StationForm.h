#pragma once

#include "SettingsForm.h"

class QLabel;
class QLineEdit;
class QSpinBox;

namespace pdi {

class LanguageBox;

// This workstation and signing in: the station's name in the audit trail, the language of the
// screens (applied as soon as it is saved), the idle time before sign-out, and the lock and
// password rules.
class StationForm : public SettingsForm {
    Q_OBJECT
public:
    explicit StationForm(const WorkspaceContext& context, QWidget* parent = nullptr);

protected:
    void retranslate() override;

private:
    QLabel* stationLabel_;
    QLabel* languageLabel_;
    QLabel* idleLabel_;
    QLabel* failuresLabel_;
    QLabel* passwordLabel_;
    QLabel* hint_;
    QLineEdit* station_;
    LanguageBox* language_;
    QSpinBox* idle_;
    QSpinBox* failures_;
    QSpinBox* passwordLength_;
};

} // namespace pdi
