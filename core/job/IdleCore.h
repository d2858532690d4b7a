#pragma once

namespace pdi {

// Whether a core is free at this moment, so that work started beside the caller runs at once.
// With every core busy a second thread only takes turns with its caller on one core and adds
// its own costs (a malloc arena, the records it made read from another core's cache: about 6 ms
// of a 60 ms quick check measured on 2 busy cores), so the caller then does the work itself.
// The results never depend on the answer, only the time they take.
class IdleCore {
public:
    static bool now();
};

} // namespace pdi
