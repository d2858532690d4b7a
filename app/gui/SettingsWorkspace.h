#pragma once

#include "WorkspaceContext.h"

#include <QWidget>

class QTabWidget;

namespace pdi {

class AuditForwardingForm;
class CheckRulesForm;
class InstitutionForm;
class StationForm;
class UserTable;

// The administrator's settings: the institution as it appears on media, the station and signing
// in, AI products and bulk thresholds, audit forwarding, and the accounts. Pages appear by
// permission (ManageSettings, ManageAccounts); the library checks again and records every change.
class SettingsWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit SettingsWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);

    // Null when the role does not allow the page.
    InstitutionForm* institutionForm() const { return institution_; }
    StationForm* stationForm() const { return station_; }
    CheckRulesForm* checkRulesForm() const { return rules_; }
    AuditForwardingForm* auditForwardingForm() const { return forwarding_; }
    UserTable* userTable() const { return users_; }
    QTabWidget* pages() const { return pages_; }

Q_SIGNALS:
    // A setting was saved; the main window takes over what concerns it (idle time, title).
    void settingsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTabWidget* pages_;
    InstitutionForm* institution_ = nullptr;
    StationForm* station_ = nullptr;
    CheckRulesForm* rules_ = nullptr;
    AuditForwardingForm* forwarding_ = nullptr;
    UserTable* users_ = nullptr;
};

} // namespace pdi
