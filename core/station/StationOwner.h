#pragma once

#include "DataDirectory.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QString>

namespace pdi {

// The operating-system user who owns the station's data directory, when that is who runs this
// process. They can read and rewrite every file of the station anyway; what they do through
// PDI Station without signing in (break-glass, AccountStore::unlockAsStationOwner) is therefore
// allowed and recorded under this name. A StationOwner in hand is the proof, as a Session is for
// a signed-in person.
class StationOwner {
    Q_DECLARE_TR_FUNCTIONS(pdi::StationOwner)

public:
    // A Permission error when this process's user does not own the directory.
    static Result<StationOwner> of(const DataDirectory& directory);

    uint uid() const { return uid_; }
    QString userName() const { return userName_; } // the login name, or "uid N" without one

private:
    StationOwner(uint uid, QString userName)
        : uid_(uid)
        , userName_(std::move(userName)) {}
    uint uid_;
    QString userName_;
};

} // namespace pdi
