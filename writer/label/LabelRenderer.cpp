#include "LabelRenderer.h"

#include "CaseBackPainter.h"
#include "CaseFrontPainter.h"
#include "DiscLabelPainter.h"
#include "LabelCanvas.h"
#include "LabelFont.h"

#include <QBuffer>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <cstdio>

namespace pdi {

using namespace label;

namespace {

void pageHeading(Canvas& c, const QString& title, const QString& hintJa, const QString& hintEn) {
    c.text(title, 15, 12, 4.5, true, Qt::AlignLeft, 180);
    c.text(hintJa, 15, 18, 2.8, false, Qt::AlignLeft, 180, kSecondary);
    c.text(hintEn, 15, 22, 2.8, false, Qt::AlignLeft, 180, kSecondary);
}

} // namespace

QString LabelRenderer::fontFamily(QString* error) {
    return LabelFont::available(error);
}

void LabelRenderer::paintDiscLabel(QPainter& painter, const QRectF& disc,
                                   const MediumDescription& medium) {
    DiscLabelPainter::paint(painter, disc, medium);
}

void LabelRenderer::paintCaseFront(QPainter& painter, const QRectF& square,
                                   const MediumDescription& medium) {
    CaseFrontPainter::paint(painter, square, medium);
}

void LabelRenderer::paintCaseBack(QPainter& painter, const QRectF& inlay,
                                  const MediumDescription& medium) {
    CaseBackPainter::paint(painter, inlay, medium);
}

void LabelRenderer::paintCaseInsert(QPainter& painter, const QRectF& page,
                                    const MediumDescription& m) {
    Canvas c(painter, page, kPageWidthMm);
    constexpr double frontX = (kPageWidthMm - kFrontInsertMm) / 2;
    constexpr double frontY = 30.0;
    constexpr double backX = (kPageWidthMm - kBackInlayWidthMm) / 2;
    constexpr double backY = frontY + kFrontInsertMm + 20.0;
    paintCaseFront(painter, c.rect(frontX, frontY, kFrontInsertMm, kFrontInsertMm), m);
    cropMarks(c, frontX, frontY, kFrontInsertMm, kFrontInsertMm);
    paintCaseBack(painter, c.rect(backX, backY, kBackInlayWidthMm, kBackInlayHeightMm), m);
    cropMarks(c, backX, backY, kBackInlayWidthMm, kBackInlayHeightMm);
    // Fold marks for the spines, outside the inlay.
    c.pen(0.15, kInk, Qt::DashLine);
    for (double x : {backX + kSpineMm, backX + kBackInlayWidthMm - kSpineMm}) {
        c.line(x, backY - 7.0, x, backY - 2.0);
        c.line(x, backY + kBackInlayHeightMm + 2.0, x, backY + kBackInlayHeightMm + 7.0);
    }
}

void LabelRenderer::paintPage(QPainter& painter, const QRectF& page, Page which,
                              const MediumDescription& m) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Canvas c(painter, page, kPageWidthMm);
    if (which == Page::DiscLabel) {
        pageHeading(c, QStringLiteral("ディスクラベル  Disc label"),
                    QStringLiteral("外側の円と中心の穴に沿って切り取ってください。点線の円"
                                   "（直径 41 mm）の内側には印刷しません。"),
                    QStringLiteral("Cut along the outer circle and the hub hole. Nothing is "
                                   "printed inside the dashed 41 mm circle (clamp area)."));
        const double x = (kPageWidthMm - kDiscDiameterMm) / 2;
        paintDiscLabel(painter, c.rect(x, 35.0, kDiscDiameterMm, kDiscDiameterMm), m);
    } else {
        pageHeading(c, QStringLiteral("ケース用インサート  Case inserts"),
                    QStringLiteral("トンボに沿って切り取り、裏面インレイは点線で折ってください。"),
                    QStringLiteral("Cut at the crop marks; fold the back inlay at the dashed "
                                   "lines."));
        paintCaseInsert(painter, page, m);
    }
    painter.restore();
}

QImage LabelRenderer::previewImage(const MediumDescription& medium, Page which, int widthPx) {
    if (fontFamily().isEmpty() || widthPx <= 0)
        return QImage();
    const int heightPx = int(std::lround(widthPx * kPageHeightMm / kPageWidthMm));
    QImage image(widthPx, heightPx, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, QRectF(0, 0, widthPx, heightPx), which, medium);
    painter.end();
    return image;
}

Result<int> LabelRenderer::renderPdf(const MediumDescription& medium, const QString& pdfPath) {
    QString fontError;
    if (fontFamily(&fontError).isEmpty())
        return Error::invalid(fontError);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(1200);
        // No patient data in the document properties: they travel further than the paper.
        writer.setTitle(QStringLiteral("PDI label"));
        writer.setCreator(medium.application.isEmpty() ? QStringLiteral("PDI Station")
                                                       : medium.application);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::storage(tr("The label PDF cannot be started."));
        const QRectF page(0, 0, writer.width(), writer.height());
        paintPage(painter, page, Page::DiscLabel, medium);
        writer.newPage();
        paintPage(painter, page, Page::CaseInsert, medium);
        painter.end();
    }
    LabelFont::correctPdfText(pdf);

    const QString part = pdfPath + QStringLiteral(".part");
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(pdf) != pdf.size() ||
        !file.flush()) {
        const QString error = file.errorString();
        file.close();
        QFile::remove(part);
        return Error::storage(tr("The label cannot be written to %1: %2").arg(pdfPath, error));
    }
    file.close();
    // rename(2) replaces an older label in one step.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(pdfPath).constData()) !=
        0) {
        QFile::remove(part);
        return Error::storage(tr("The label cannot be written to %1.").arg(pdfPath));
    }
    return 2;
}

} // namespace pdi
