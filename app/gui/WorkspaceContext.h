#pragma once

#include "account/Session.h"
#include "station/Station.h"

namespace pdi {

// What every workspace works with: this station (database, settings, audit trail) and the person
// signed in, whose Session every library call that acts takes. Both are cheap handles; a
// workspace keeps its own copy. The main window makes one per sign-in and throws the workspaces
// away at sign-out, so a workspace never outlives its session.
struct WorkspaceContext {
    Station station;
    Session session;
};

} // namespace pdi
