#pragma once

#include <QByteArray>

namespace pdi::fuzz {

// Everything that reads untrusted media, run on one input: the DICOM summary reader, the
// DICOMDIR reader, and whole ISO/ZIP images through the scanner and the rules.
void readUntrusted(const QByteArray& bytes);

} // namespace pdi::fuzz
