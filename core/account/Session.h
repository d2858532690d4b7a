#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace pdi {

// A person signed in at this station: the proof library entry points ask for before they act.
// Only the Authenticator makes one (after checking the password), so a Session in hand means a
// named person is responsible for what follows. Copyable value; it holds no secrets.
class Session {
public:
    QString userName() const { return userName_; }
    QString displayName() const { return displayName_; }
    Role role() const { return role_; }
    QString station() const { return station_; }
    QDateTime loginTime() const { return loginTime_; } // UTC

    bool can(Permission permission) const { return Roles::allows(role_, permission); }

private:
    friend class Authenticator;
    Session(QString userName, QString displayName, Role role, QString station, QDateTime loginTime)
        : userName_(std::move(userName))
        , displayName_(std::move(displayName))
        , role_(role)
        , station_(std::move(station))
        , loginTime_(std::move(loginTime)) {}

    QString userName_;
    QString displayName_;
    Role role_;
    QString station_;
    QDateTime loginTime_;
};

} // namespace pdi
