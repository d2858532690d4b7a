#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace pdi {

// What a person may do. Library entry points that act ask for one of these
// (AccessControl::require); the GUI only hides what the role cannot do anyway.
enum class Permission {
    Check,          // read a medium and its report
    Write,          // write a referral medium
    Label,          // print a disc label
    Reconcile,      // match outside patients to local ones
    Import,         // import outside images into the local PACS or archive
    ManageAccounts, // add, disable, unlock accounts; change roles and others' passwords
    ManageSettings, // site settings
    ManageNodes,    // PACS and worklist nodes
    ReadAudit,      // read, verify, export and forward the audit trail
};

// The jobs in a hospital imaging department (DESIGN.md), each with a fixed set of permissions.
enum class Role { Reception, FrontDesk, Technologist, Admin };

class Roles {
    Q_DECLARE_TR_FUNCTIONS(pdi::Roles)

public:
    static const QVector<Role>& all();
    static QString name(Role role); // stable: reception, frontdesk, technologist, admin
    static std::optional<Role> fromName(const QString& name);
    static QString displayName(Role role); // for people, translated
    static QStringList names();

    static bool allows(Role role, Permission permission);
    static QVector<Permission> permissions(Role role);
};

class Permissions {
    Q_DECLARE_TR_FUNCTIONS(pdi::Permissions)

public:
    static const QVector<Permission>& all();
    static QString name(Permission permission);        // stable: check, write, manage-accounts ...
    static QString displayName(Permission permission); // for people, translated
};

} // namespace pdi
