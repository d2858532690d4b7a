#pragma once

#include "result/Result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace pdi {

// A small JPEG picture of one DICOM image, for the web pages of a medium: the middle frame,
// shown with the image's own first window (or its value range without one), 8 bits, the longer
// side scaled to maxSide pixels. Made with DCMTK's dcmimage so that it looks like a DICOM viewer
// would show it; never for diagnosis.
class PreviewImage {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::PreviewImage)

public:
    // Writes jpegPath atomically (a .part file renamed when complete); the size of the JPEG
    // written. Errors say why there is no picture, for a person: Invalid (the object has no
    // image that can be shown), Storage (the JPEG cannot be written).
    static Result<QSize> writeJpeg(const QString& dicomPath, const QString& jpegPath,
                                   int maxSide = 256);
};

} // namespace pdi
