#pragma once

#include "LabelFont.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>

// The drawing pieces the label's painters share (writer/label only): a canvas in millimetres and
// columns of text lines that shrink to fit.
namespace pdi::label {

inline const QColor kInk(0, 0, 0);
inline const QColor kSecondary(0x40, 0x40, 0x40);
inline const QColor kWarning(0xC0, 0x00, 0x00);
inline const QColor kGuide(0x90, 0x90, 0x90);

constexpr double kLeading = 1.25;  // line box height per font size
constexpr double kBaseline = 0.96; // baseline below the top of the line box, per font size
constexpr double kBoxPad = 0.8;    // mm between a frame and its text
constexpr int kLongName = 22;      // display columns of a name that gets two lines
constexpr double kMinSize = 1.8;   // mm: smaller text is not readable on a disc

// Paints in millimetres: x and y are mm from the top left of the area given to the constructor,
// font sizes are the em height in mm. Works the same on a 1200 dpi PDF and a small QImage.
class Canvas {
public:
    Canvas(QPainter& painter, const QRectF& area, double widthMm)
        : p_(painter)
        , origin_(area.topLeft())
        , unit_(area.width() / widthMm) {}

    double unit() const { return unit_; }
    QPointF at(double x, double y) const { return origin_ + QPointF(x * unit_, y * unit_); }
    QRectF rect(double x, double y, double w, double h) const {
        return QRectF(at(x, y), QSizeF(w * unit_, h * unit_));
    }

    QFont font(double sizeMm, bool bold) const {
        QFont f(LabelFont::family());
        // Point sizes are converted with the device's resolution: this gives sizeMm on paper.
        const int dpi = p_.device() ? p_.device()->logicalDpiY() : 96;
        f.setPointSizeF(qMax(0.1, sizeMm * unit_ * 72.0 / dpi));
        f.setBold(bold);
        // Without shaping every glyph is the font's own glyph for its character: Qt 6.4 writes
        // the PDF's ToUnicode map from the font's character map, so glyphs that shaping
        // substitutes (the digits, in Noto Sans CJK) would drop out of copied or extracted text.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    double width(const QString& text, double sizeMm, bool bold) const {
        const QFontMetricsF fm(font(sizeMm, bold), p_.device());
        return fm.horizontalAdvance(text) / unit_;
    }

    // Text shrinks to fit down to this size, then it is elided.
    void setMinimumSize(double sizeMm) { minSize_ = sizeMm; }

    // The size, at most sizeMm and at least the minimum (or sizeMm if that is smaller), at
    // which text fits maxWidthMm.
    double fit(const QString& text, double sizeMm, bool bold, double maxWidthMm) const {
        const double w = width(text, sizeMm, bold);
        if (w <= maxWidthMm || w <= 0)
            return sizeMm;
        const double fitted = sizeMm * maxWidthMm / w * 0.99;
        return qMax(qMin(minSize_, sizeMm), fitted);
    }

    // One line of text at its baseline; x is the left edge, the centre or the right edge.
    // Shrinks to fit maxWidthMm, and elides what still does not fit.
    void text(const QString& text, double x, double baseline, double sizeMm, bool bold,
              Qt::AlignmentFlag align, double maxWidthMm, const QColor& color = kInk) {
        if (text.isEmpty())
            return;
        const double size = maxWidthMm > 0 ? fit(text, sizeMm, bold, maxWidthMm) : sizeMm;
        const QFont f = font(size, bold);
        const QFontMetricsF fm(f, p_.device());
        QString shown = text;
        if (maxWidthMm > 0 && fm.horizontalAdvance(text) > maxWidthMm * unit_)
            shown = fm.elidedText(text, Qt::ElideRight, maxWidthMm * unit_);
        const double w = fm.horizontalAdvance(shown) / unit_;
        double left = x;
        if (align == Qt::AlignHCenter)
            left = x - w / 2;
        else if (align == Qt::AlignRight)
            left = x - w;
        p_.setFont(f);
        p_.setPen(color);
        p_.drawText(at(left, baseline), shown);
    }

    void pen(double widthMm, const QColor& color, Qt::PenStyle style = Qt::SolidLine) {
        QPen pen(color, widthMm * unit_, style);
        pen.setCapStyle(Qt::FlatCap);
        p_.setPen(pen);
        p_.setBrush(Qt::NoBrush);
    }
    void line(double x1, double y1, double x2, double y2) { p_.drawLine(at(x1, y1), at(x2, y2)); }
    void circle(double cx, double cy, double r) {
        p_.drawEllipse(at(cx, cy), r * unit_, r * unit_);
    }
    void frame(double x, double y, double w, double h) { p_.drawRect(rect(x, y, w, h)); }
    // A red warning triangle with a white "!" in a size x size square.
    void warningTriangle(double x, double y, double size) {
        QPainterPath path;
        path.moveTo(at(x + size / 2, y));
        path.lineTo(at(x + size, y + size * 0.9));
        path.lineTo(at(x, y + size * 0.9));
        path.closeSubpath();
        p_.fillPath(path, kWarning);
        const double bar = size * 0.12;
        p_.fillRect(rect(x + size / 2 - bar / 2, y + size * 0.3, bar, size * 0.32), Qt::white);
        p_.fillRect(rect(x + size / 2 - bar / 2, y + size * 0.7, bar, bar), Qt::white);
    }

private:
    QPainter& p_;
    QPointF origin_;
    double unit_;
    double minSize_ = kMinSize;
};

// One entry of a column of text: a line, or a framed box of one or two lines (warning marks).
struct Line {
    enum class Frame { None, Plain, Warning };
    QString text;
    double size = 3.0;
    bool bold = false;
    QString second; // a smaller second line in the same frame
    double secondSize = 0;
    Frame frame = Frame::None;
    bool fullWidth = false; // a frame as wide as the column, not as its text
    double gapBefore = 0;
    QColor color = kInk;
};

Line textLine(const QString& text, double size, bool bold = false, double gapBefore = 0);
double heightOf(const Line& l, double scale);
double heightOf(const QVector<Line>& lines, double scale);
// How much a column must shrink to fit a height.
double scaleToFit(const QVector<Line>& lines, double available);

// Width available to a line spanning [top, bottom] (mm).
using WidthAt = std::function<double(double top, double bottom)>;

// Paints a column from top down; x is the left edge or the centre, per align.
void paintColumn(Canvas& c, const QVector<Line>& lines, double scale, double top, double x,
                 Qt::AlignmentFlag align, const WidthAt& widthAt);

// Crop marks at the corners of a piece to cut out, and its faint outline.
void cropMarks(Canvas& c, double x, double y, double w, double h);

} // namespace pdi::label
