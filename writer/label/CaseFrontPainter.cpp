#include "CaseFrontPainter.h"

#include "LabelRenderer.h"
#include "LabelText.h"
#include "layout/BilingualText.h"
#include "report/DisplayText.h"

namespace pdi {

using namespace label;

namespace {

constexpr double kFrontInsertMm = LabelRenderer::kFrontInsertMm;

} // namespace

void CaseFrontPainter::paint(QPainter& painter, const QRectF& area, const MediumDescription& m) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Canvas c(painter, area, kFrontInsertMm);
    constexpr double margin = 6.0;
    constexpr double right = kFrontInsertMm - margin;
    constexpr double width = kFrontInsertMm - 2 * margin;
    const WidthAt full = [](double, double) {
        return width;
    };

    // Heading: what this is, and the content type and disc number where they are seen first.
    c.text(QStringLiteral("医用画像  Medical Images (IHE PDI)"), margin, margin + 3.2, 3.4, true,
           Qt::AlignLeft, 62);
    {
        QVector<Line> type;
        Line l = textLine(BilingualText::contentType(m), 3.4, true);
        l.frame = Line::Frame::Plain;
        type << l;
        const double w = c.width(l.text, l.size, true) + 2 * kBoxPad + 1.0;
        paintColumn(c, type, 1.0, margin - 1.0, right - w, Qt::AlignLeft,
                    [](double, double) { return 40.0; });
        c.text(QStringLiteral("ディスク Disc ") + discLine(m), right, margin + 11.0, 3.2, true,
               Qt::AlignRight, 40);
    }

    // The issuer at the bottom, above it everything about the patient and the studies.
    QVector<Line> issuer = institutionLines(m, 1.1);
    if (!m.address.isEmpty())
        issuer << textLine(oneLine(m.address), 2.6);
    issuer << textLine(QStringLiteral("作成日 Created ") + createdDate(m), 2.8);
    const double issuerTop = kFrontInsertMm - margin - heightOf(issuer, 1.0);
    c.pen(0.2, kGuide);
    c.line(margin, issuerTop - 1.5, right, issuerTop - 1.5);
    paintColumn(c, issuer, 1.0, issuerTop, margin, Qt::AlignLeft, full);

    QVector<Line> body = nameLines(m, 8.0, 4.2);
    body << textLine(idLine(m), 5.0, true, 0.5);
    body << textLine(birthSexLine(m), 3.4);
    body << textLine(QStringLiteral("検査 Studies"), 3.0, true, 2.0);
    constexpr int kShown = 6;
    const int count = int(m.studies.size());
    const int shown = count > kShown ? kShown - 1 : count;
    for (int i = 0; i < shown; ++i) {
        const MediumDescription::Study& st = m.studies.at(i);
        QString line = DisplayText::date(st.date) + QStringLiteral("   ") +
                       st.modalities.join(QStringLiteral(", "));
        if (!st.description.isEmpty())
            line += QStringLiteral("   ") + oneLine(st.description);
        body << textLine(line, 3.2);
    }
    if (shown < count)
        body << textLine(moreStudies(count - shown), 3.0);
    for (Line l : warningLines(m, 3.4, 2.8, 1.5)) {
        l.fullWidth = true;
        body << l;
    }
    const double bodyTop = margin + 14.0;
    const double scale = scaleToFit(body, issuerTop - 3.0 - bodyTop);
    paintColumn(c, body, scale, bodyTop, margin, Qt::AlignLeft, full);
    painter.restore();
}

} // namespace pdi
