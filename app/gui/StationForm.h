#pragma once

#include "SettingsForm.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pdi {

class LanguageBox;

// This workstation and signing in: the station's name in the audit trail, the language of the
// screens (applied as soon as it is saved), the idle time before sign-out, and the lock and
// password rules, and whether an identity override needs a second person; and the station on the
// DICOM network: its AE title, the port where a PACS reports storage commitment, how long to wait
// for a node, how far the worklist reaches, and how long an import waits for the commitment.
// Which database the station uses is shown, not chosen: that is the administrator's decision on
// the computer itself (station.conf, PDI_DATABASE).
class StationForm : public SettingsForm {
    Q_OBJECT
public:
    explicit StationForm(const WorkspaceContext& context, QWidget* parent = nullptr);

protected:
    void retranslate() override;

private:
    QString databaseText() const;

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
    QCheckBox* overrideApproval_;
    QGroupBox* networkBox_;
    QLabel* aeTitleLabel_;
    QLabel* dicomPortLabel_;
    QLabel* timeoutLabel_;
    QLabel* worklistLabel_;
    QLabel* commitLabel_;
    QLineEdit* aeTitle_;
    QSpinBox* dicomPort_;
    QSpinBox* timeout_;
    QSpinBox* worklistDays_;
    QSpinBox* commitTimeout_;
    QGroupBox* databaseBox_;
    QLabel* database_;
};

} // namespace pdi
