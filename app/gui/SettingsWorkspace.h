#pragma once

#include "WorkspaceContext.h"

#include <QWidget>

class QTabWidget;

namespace pdi {

class AuditForwardingForm;
class CheckRulesForm;
class DirectoryForm;
class InstitutionForm;
class NodeTable;
class StationForm;
class UserTable;

// The administrator's settings: the institution as it appears on media, the station and signing
// in, AI products and bulk thresholds, audit forwarding, directory sign-in, the accounts, and the
// DICOM nodes. Pages
// appear by permission (ManageSettings, ManageAccounts, ManageNodes); the library checks again
// and records every change.
class SettingsWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit SettingsWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);

    // Null when the role does not allow the page.
    InstitutionForm* institutionForm() const { return institution_; }
    StationForm* stationForm() const { return station_; }
    CheckRulesForm* checkRulesForm() const { return rules_; }
    AuditForwardingForm* auditForwardingForm() const { return forwarding_; }
    DirectoryForm* directoryForm() const { return directory_; }
    UserTable* userTable() const { return users_; }
    NodeTable* nodeTable() const { return nodes_; }
    QTabWidget* pages() const { return pages_; }

Q_SIGNALS:
    // A setting was saved or a node changed; the main window takes over what concerns it (idle
    // time, title, import destinations).
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
    DirectoryForm* directory_ = nullptr;
    UserTable* users_ = nullptr;
    NodeTable* nodes_ = nullptr;
};

} // namespace pdi
