#pragma once

namespace pdi {

// Prepares DCMTK once per process: keeps its log off standard error (problems become findings)
// and makes sure the data dictionary is there.
void initDcmtk();

} // namespace pdi
