#include "DiscLabelPainter.h"

#include "LabelRenderer.h"
#include "LabelText.h"
#include "layout/BilingualText.h"
#include "report/DisplayText.h"

#include <cmath>

namespace pdi {

using namespace label;

namespace {

constexpr double kClampAreaMm = LabelRenderer::kClampAreaMm;
constexpr double kDiscDiameterMm = LabelRenderer::kDiscDiameterMm;
constexpr double kHubHoleMm = LabelRenderer::kHubHoleMm;

} // namespace

void DiscLabelPainter::paint(QPainter& painter, const QRectF& area, const MediumDescription& m) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Canvas c(painter, area, kDiscDiameterMm);
    constexpr double cx = kDiscDiameterMm / 2;
    constexpr double cy = kDiscDiameterMm / 2;
    constexpr double outer = kDiscDiameterMm / 2 - 2.5; // print margin from the disc edge
    constexpr double inner = kClampAreaMm / 2 + 1.5;    // keep clear of the clamp area
    // Lines end here: nearer the edge they would be too short for anything.
    constexpr double last = outer - 4.0;

    // Cut lines: the disc and its hub hole; the clamp area as a dashed guide.
    c.pen(0.25, kInk);
    painter.setBrush(Qt::white);
    painter.drawEllipse(c.at(cx, cy), cx * c.unit(), cx * c.unit());
    c.pen(0.25, kInk);
    c.circle(cx, cy, kHubHoleMm / 2);
    c.pen(0.15, kGuide, Qt::DashLine);
    c.circle(cx, cy, kClampAreaMm / 2);

    // Width of a line between two heights (mm from the top of the disc) inside the print area.
    const WidthAt chord = [&](double top, double bottom) {
        const double dy = qMax(std::abs(top - cy), std::abs(bottom - cy));
        return 2 * std::sqrt(qMax(0.0, outer * outer - dy * dy)) - 2.0;
    };

    // Above the hub: whose disc this is, the name near the hub where the lines are widest.
    QVector<Line> top = nameLines(m, 6.5, 3.6);
    top << textLine(idLine(m), 4.4, true, 0.4);
    top << textLine(birthSexLine(m), 3.0);
    {
        const double room = last - inner - 0.5;
        const double scale = scaleToFit(top, room);
        const double bottom = cy - inner - 0.5;
        paintColumn(c, top, scale, bottom - heightOf(top, scale), cx, Qt::AlignHCenter, chord);
    }

    // Beside the hub: the studies on the left; content type, disc number and date on the right.
    constexpr double sideHalfHeight = 17.0;
    const double sideOuter = std::sqrt(outer * outer - sideHalfHeight * sideHalfHeight) - 1.0;
    const double sideWidth = sideOuter - inner - 1.0;
    const WidthAt side = [sideWidth](double, double) {
        return sideWidth;
    };
    {
        QVector<Line> studies;
        studies << textLine(QStringLiteral("検査 Studies"), 2.6, true);
        constexpr int kShown = 5;
        const int count = int(m.studies.size());
        const int shown = count > kShown ? kShown - 1 : count;
        for (int i = 0; i < shown; ++i) {
            const MediumDescription::Study& st = m.studies.at(i);
            studies << textLine(DisplayText::date(st.date) + QLatin1Char(' ') +
                                    st.modalities.join(QLatin1Char(',')),
                                2.8);
        }
        if (shown < count)
            studies << textLine(moreStudies(count - shown), 2.6);
        const double scale = scaleToFit(studies, 2 * sideHalfHeight);
        const double h = heightOf(studies, scale);
        paintColumn(c, studies, scale, cy - h / 2, cx - inner - 1.0 - sideWidth / 2,
                    Qt::AlignHCenter, side);
    }
    {
        QVector<Line> right;
        Line type = textLine(BilingualText::contentType(m), 3.0, true);
        type.frame = Line::Frame::Plain;
        right << type;
        right << textLine(QStringLiteral("ディスク Disc"), 2.4, false, 0.8);
        right << textLine(discLine(m), 5.5, true);
        right << textLine(QStringLiteral("作成日 Created"), 2.4, false, 0.4);
        right << textLine(createdDate(m), 3.0);
        const double scale = scaleToFit(right, 2 * sideHalfHeight);
        const double h = heightOf(right, scale);
        paintColumn(c, right, scale, cy - h / 2, cx + inner + 1.0 + sideWidth / 2, Qt::AlignHCenter,
                    side);
    }

    // Below the hub: the warning marks where they are widest, then who issued the disc.
    QVector<Line> bottom = warningLines(m, 2.9, 2.3, 0.6);
    const QVector<Line> issuer = institutionLines(m, 1.0);
    for (int i = 0; i < issuer.size(); ++i) {
        Line l = issuer.at(i);
        if (i == 0)
            l.gapBefore = 1.0;
        bottom << l;
    }
    {
        const double room = last - inner - 0.5;
        const double scale = scaleToFit(bottom, room);
        paintColumn(c, bottom, scale, cy + inner + 0.5, cx, Qt::AlignHCenter, chord);
    }
    painter.restore();
}

} // namespace pdi
