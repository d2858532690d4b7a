#include "Role.h"

namespace pdi {

const QVector<Role>& Roles::all() {
    static const QVector<Role> roles{Role::Reception, Role::FrontDesk, Role::Technologist,
                                     Role::Admin};
    return roles;
}

QString Roles::name(Role role) {
    switch (role) {
    case Role::Reception:
        return QStringLiteral("reception");
    case Role::FrontDesk:
        return QStringLiteral("frontdesk");
    case Role::Technologist:
        return QStringLiteral("technologist");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<Role> Roles::fromName(const QString& name) {
    for (Role r : all()) {
        if (Roles::name(r).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role) {
    switch (role) {
    case Role::Reception:
        return tr("Reception");
    case Role::FrontDesk:
        return tr("Front desk");
    case Role::Technologist:
        return tr("Technologist");
    case Role::Admin:
        return tr("Administrator");
    }
    return QString();
}

QStringList Roles::names() {
    QStringList out;
    for (Role r : all())
        out << name(r);
    return out;
}

bool Roles::allows(Role role, Permission permission) {
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Technologist:
        return permission == Permission::Check || permission == Permission::Write ||
               permission == Permission::Label || permission == Permission::Reconcile ||
               permission == Permission::Import;
    case Role::FrontDesk:
        return permission == Permission::Check || permission == Permission::Write ||
               permission == Permission::Label;
    case Role::Reception:
        return permission == Permission::Check;
    }
    return false;
}

QVector<Permission> Roles::permissions(Role role) {
    QVector<Permission> out;
    for (Permission p : Permissions::all()) {
        if (allows(role, p))
            out << p;
    }
    return out;
}

const QVector<Permission>& Permissions::all() {
    static const QVector<Permission> permissions{
        Permission::Check,          Permission::Write,       Permission::Label,
        Permission::Reconcile,      Permission::Import,      Permission::ManageAccounts,
        Permission::ManageSettings, Permission::ManageNodes, Permission::ReadAudit,
    };
    return permissions;
}

QString Permissions::name(Permission permission) {
    switch (permission) {
    case Permission::Check:
        return QStringLiteral("check");
    case Permission::Write:
        return QStringLiteral("write");
    case Permission::Label:
        return QStringLiteral("label");
    case Permission::Reconcile:
        return QStringLiteral("reconcile");
    case Permission::Import:
        return QStringLiteral("import");
    case Permission::ManageAccounts:
        return QStringLiteral("manage-accounts");
    case Permission::ManageSettings:
        return QStringLiteral("manage-settings");
    case Permission::ManageNodes:
        return QStringLiteral("manage-nodes");
    case Permission::ReadAudit:
        return QStringLiteral("read-audit");
    }
    return QString();
}

QString Permissions::displayName(Permission permission) {
    switch (permission) {
    case Permission::Check:
        return tr("check media");
    case Permission::Write:
        return tr("write media");
    case Permission::Label:
        return tr("print labels");
    case Permission::Reconcile:
        return tr("reconcile patients");
    case Permission::Import:
        return tr("import images");
    case Permission::ManageAccounts:
        return tr("manage accounts");
    case Permission::ManageSettings:
        return tr("change settings");
    case Permission::ManageNodes:
        return tr("manage PACS and worklist nodes");
    case Permission::ReadAudit:
        return tr("read the audit trail");
    }
    return QString();
}

} // namespace pdi
