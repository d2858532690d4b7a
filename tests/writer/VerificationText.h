#pragma once

#include "verify/MediumVerifier.h"

namespace pdi::test {

// What a failed verification says, for a test's failure message.
inline QString verificationText(const Result<MediumVerifier::Verification>& v) {
    return v ? v->problems.join(QLatin1Char('\n')) : v.error().message;
}

} // namespace pdi::test
