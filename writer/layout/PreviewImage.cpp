#include "PreviewImage.h"

#include "dicom/Dcmtk.h"
#include "dicom/DcmtkCondition.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmimage/diregist.h>
#include <dcmtk/dcmimgle/dcmimage.h>
#include <dcmtk/dcmjpeg/dipijpeg.h>
#include <dcmtk/dcmjpeg/djdecode.h>

#include <QFile>

#include <cmath>
#include <cstdio>
#include <memory>
#include <mutex>

namespace pdi {

namespace {

// The writer's inputs may still be compressed (the transcoder writes the medium's copies); a
// preview of a JPEG or RLE source is as good as one of the decoded copy.
void registerDecoders() {
    static std::once_flag once;
    std::call_once(once, [] {
        DJDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

QSize fitted(double widthToHeight, int maxSide) {
    if (!(widthToHeight > 0) || !std::isfinite(widthToHeight))
        widthToHeight = 1.0;
    if (widthToHeight >= 1.0)
        return {maxSide, qMax(1, int(std::lround(maxSide / widthToHeight)))};
    return {qMax(1, int(std::lround(maxSide * widthToHeight))), maxSide};
}

} // namespace

Result<QSize> PreviewImage::writeJpeg(const QString& dicomPath, const QString& jpegPath,
                                      int maxSide) {
    initDcmtk();
    registerDecoders();
    try {
        // Pixel data stays on disk until the frame is read (DCMTK loads large elements lazily),
        // so a 1000-frame object costs one frame.
        DcmFileFormat file;
        const OFCondition loaded = guardedParse(
            [&] { return file.loadFile(OFFilename(QFile::encodeName(dicomPath).constData())); });
        if (loaded.bad())
            return Error::invalid(
                tr("the file cannot be read as DICOM: %1").arg(DcmtkCondition::describe(loaded)));
        DcmDataset* dataset = file.getDataset();
        if (!dataset->tagExists(DCM_PixelData))
            return Error::invalid(tr("the object has no image"));
        Sint32 frames = 1;
        if (dataset->findAndGetSint32(DCM_NumberOfFrames, frames).bad() || frames < 1)
            frames = 1;
        const unsigned long middle = static_cast<unsigned long>(frames / 2);
        DicomImage image(&file, dataset->getOriginalXfer(), CIF_UsePartialAccessToPixelData, middle,
                         1);
        if (image.getStatus() != EIS_Normal)
            return Error::invalid(
                tr("the image cannot be shown (%1)")
                    .arg(QString::fromLatin1(DicomImage::getString(image.getStatus()))));
        if (image.isMonochrome()) {
            // The window the modality chose, else the value range without its extremes (the
            // padding outside a CT's field of view would wash everything out).
            if (image.getWindowCount() == 0 || !image.setWindow(0))
                image.setMinMaxWindow(1);
        }
        // Shape as displayed: columns by rows, times the pixel aspect ratio.
        const QSize size = fitted(double(image.getWidth()) / qMax(1ul, image.getHeight()) *
                                      image.getWidthHeightRatio(),
                                  maxSide);
        std::unique_ptr<DicomImage> scaled(image.createScaledImage(
            static_cast<unsigned long>(size.width()), static_cast<unsigned long>(size.height()),
            1 /* interpolate */, 0 /* aspect handled above */));
        if (!scaled || scaled->getStatus() != EIS_Normal)
            return Error::invalid(tr("the image cannot be scaled"));

        const QString part = jpegPath + QStringLiteral(".part");
        FILE* out = std::fopen(QFile::encodeName(part).constData(), "wb");
        if (!out)
            return Error::storage(tr("%1 cannot be written").arg(jpegPath));
        DiJPEGPlugin jpeg;
        jpeg.setQuality(85);
        const int written = scaled->writePluginFormat(&jpeg, out, 0);
        const bool closed = std::fclose(out) == 0;
        if (!written || !closed) {
            QFile::remove(part);
            return Error::storage(tr("%1 cannot be written").arg(jpegPath));
        }
        if (std::rename(QFile::encodeName(part).constData(),
                        QFile::encodeName(jpegPath).constData()) != 0) {
            QFile::remove(part);
            return Error::storage(tr("%1 cannot be written").arg(jpegPath));
        }
        return QSize(int(scaled->getWidth()), int(scaled->getHeight()));
    } catch (const std::exception& e) {
        return Error::invalid(
            tr("the image cannot be shown (%1)").arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace pdi
