#include "LabelCanvas.h"

namespace pdi::label {

Line textLine(const QString& text, double size, bool bold, double gapBefore) {
    Line l;
    l.text = text;
    l.size = size;
    l.bold = bold;
    l.gapBefore = gapBefore;
    return l;
}

double heightOf(const Line& l, double scale) {
    double h = l.size * kLeading;
    if (!l.second.isEmpty())
        h += l.secondSize * kLeading;
    if (l.frame != Line::Frame::None)
        h += 2 * kBoxPad;
    return (h + l.gapBefore) * scale;
}

double heightOf(const QVector<Line>& lines, double scale) {
    double h = 0;
    for (const Line& l : lines)
        h += heightOf(l, scale);
    return h;
}

double scaleToFit(const QVector<Line>& lines, double available) {
    const double natural = heightOf(lines, 1.0);
    return natural > available && natural > 0 ? available / natural : 1.0;
}

void paintColumn(Canvas& c, const QVector<Line>& lines, double scale, double top, double x,
                 Qt::AlignmentFlag align, const WidthAt& widthAt) {
    double y = top;
    for (const Line& l : lines) {
        y += l.gapBefore * scale;
        const double h = heightOf(l, scale) - l.gapBefore * scale;
        const double available = widthAt(y, y + h);
        const double size = l.size * scale;
        const double secondSize = l.secondSize * scale;
        if (l.frame == Line::Frame::None) {
            c.text(l.text, x, y + size * kBaseline, size, l.bold, align, available, l.color);
            y += h;
            continue;
        }
        const double pad = kBoxPad * scale;
        const bool warning = l.frame == Line::Frame::Warning;
        // A warning mark carries a red triangle, seen before the words are read.
        const double icon = warning ? (size + secondSize) * kLeading * 0.8 : 0.0;
        const double iconGap = warning ? pad : 0.0;
        const double inner = available - 2 * pad - icon - iconGap - 1.0;
        const double s1 = c.fit(l.text, size, l.bold, inner);
        const double s2 = l.second.isEmpty() ? 0 : c.fit(l.second, secondSize, false, inner);
        double textWidth = c.width(l.text, s1, l.bold);
        if (!l.second.isEmpty())
            textWidth = qMax(textWidth, c.width(l.second, s2, false));
        textWidth = qMin(textWidth, inner) + 1.0;
        const double w = l.fullWidth ? available : textWidth + 2 * pad + icon + iconGap;
        const double left = align == Qt::AlignHCenter ? x - w / 2 : x;
        c.pen(warning ? 0.7 : 0.3, warning ? kWarning : kInk);
        c.frame(left, y, w, h);
        if (warning)
            c.warningTriangle(left + pad, y + (h - icon) / 2, icon);
        const double centre = left + pad + icon + iconGap + (w - 2 * pad - icon - iconGap) / 2;
        double baseline = y + pad + size * kBaseline;
        c.text(l.text, centre, baseline, s1, l.bold, Qt::AlignHCenter, inner);
        if (!l.second.isEmpty()) {
            baseline += size * (kLeading - kBaseline) + secondSize * kBaseline;
            c.text(l.second, centre, baseline, s2, false, Qt::AlignHCenter, inner);
        }
        y += h;
    }
}

void cropMarks(Canvas& c, double x, double y, double w, double h) {
    constexpr double kGap = 2.0;
    constexpr double kLength = 5.0;
    c.pen(0.15, kInk);
    for (double cx : {x, x + w}) {
        for (double cy : {y, y + h}) {
            const double dx = cx == x ? -1 : 1;
            const double dy = cy == y ? -1 : 1;
            c.line(cx + dx * kGap, cy, cx + dx * (kGap + kLength), cy);
            c.line(cx, cy + dy * kGap, cx, cy + dy * (kGap + kLength));
        }
    }
    // The outline itself, faint: it shows the piece on screen and hides in the cut on paper.
    c.pen(0.1, kGuide);
    c.frame(x, y, w, h);
}

} // namespace pdi::label
