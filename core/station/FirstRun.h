#pragma once

#include "Station.h"

#include <QCoreApplication>

namespace pdi {

// What a new station needs before anybody works on it: the first administrator and the
// institution that issues media. The desktop application's first-run wizard fills it in.
struct FirstRunSetup {
    NewAccount administrator; // the role is always Admin
    Institution institution;
    QString stationName; // empty: keep the default (the host name)
    QString language;    // ui.language: "", "ja" or "en"
};

// Sets up a station that has no account yet, through the same library calls an administrator
// would use later, so that everything is checked and on the record: the first account
// (user-change, firstAccount), a login, one settings-change per value, and a logout.
class FirstRun {
    Q_DECLARE_TR_FUNCTIONS(pdi::FirstRun)

public:
    // True while the station has no account.
    static Result<bool> needed(const Station& station);

    // Checks every value before anything is written, so that a typo cannot leave a
    // half-configured station behind. The error names the field.
    static Result<void> validate(const Station& station, const FirstRunSetup& setup);

    // Blocking (two password hashes, about half a second): call from a worker thread in the GUI.
    static Result<void> apply(const Station& station, const FirstRunSetup& setup);

private:
    static QVector<QPair<QString, QString>> settingValues(const FirstRunSetup& setup);
};

} // namespace pdi
