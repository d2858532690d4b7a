#pragma once

#include "layout/MediumDescription.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace pdi {

// The printed face of a medium (JP-2011, IHE PDI "Label"): the disc label and the jewel case
// inserts, as a PDF for any printer and as paint calls for a preview on screen. They say whose
// images these are (every Person Name group), who issued them and how to call them, what the
// studies are, DICOM ONLY or DICOM PLUS WEB, which disc of how many, and the warning marks in
// bordered boxes. The text is Japanese and English together by design, like README.TXT: the
// label is read by the receiver, not by the operator, so it does not follow the UI language.
//
// Text needs a QGuiApplication (fonts come from the platform's font database): the GUI has one,
// the CLI creates one with the offscreen platform, tests run under QTEST_MAIN with
// QT_QPA_PLATFORM=offscreen. Japanese is set in Noto Sans CJK JP (Debian fonts-noto-cjk), loaded
// by family name; without it the label would print empty boxes, so rendering fails instead.
//
// Every face comes from the MediumDescription alone: DiscLabelPainter, CaseFrontPainter and
// CaseBackPainter take their lines from LabelText and draw them on a LabelCanvas (millimetres),
// so the preview on screen (paint calls, previewImage) and the PDF are the same drawing. The font
// and the PDF text fix-up are LabelFont's, which the check report's PDF uses as well.
class LabelRenderer {
public:
    Q_DECLARE_TR_FUNCTIONS(pdi::LabelRenderer)

public:
    static constexpr double kDiscDiameterMm = 120.0;
    static constexpr double kHubHoleMm = 15.0;
    static constexpr double kClampAreaMm = 41.0;   // kept clear of print
    static constexpr double kPageWidthMm = 210.0;  // A4
    static constexpr double kPageHeightMm = 297.0; // A4
    static constexpr double kFrontInsertMm = 120.0;
    static constexpr double kBackInlayWidthMm = 151.0; // with the two 6.5 mm spines
    static constexpr double kBackInlayHeightMm = 118.0;
    static constexpr double kSpineMm = 6.5;

    enum class Page { DiscLabel, CaseInsert };

    // Page 1 the disc label on an A4 sheet, page 2 the case inserts with crop marks. Written
    // to pdfPath.part and renamed when complete, so a failed run leaves no PDF behind. The
    // number of pages; errors say what to do: Invalid (the label font is missing), Storage.
    static Result<int> renderPdf(const MediumDescription& medium, const QString& pdfPath);

    // The font family the label is set in; empty, with a sentence in error, when it is missing
    // or there is no QGuiApplication (LabelFont::available).
    static QString fontFamily(QString* error = nullptr);

    // A whole A4 page as in the PDF, into page (a rectangle of A4 proportions, painter units).
    static void paintPage(QPainter& painter, const QRectF& page, Page which,
                          const MediumDescription& medium);
    // The disc face: disc is the square around the 120 mm disc.
    static void paintDiscLabel(QPainter& painter, const QRectF& disc,
                               const MediumDescription& medium);
    // The case inserts on a sheet: page is a rectangle of A4 proportions.
    static void paintCaseInsert(QPainter& painter, const QRectF& page,
                                const MediumDescription& medium);
    // The front insert alone (a 120 x 120 mm square) and the back inlay (151 x 118 mm).
    static void paintCaseFront(QPainter& painter, const QRectF& square,
                               const MediumDescription& medium);
    static void paintCaseBack(QPainter& painter, const QRectF& inlay,
                              const MediumDescription& medium);

    // A page rendered for a preview on screen, widthPx wide; null when fontFamily() fails.
    static QImage previewImage(const MediumDescription& medium, Page which, int widthPx);
};

} // namespace pdi
