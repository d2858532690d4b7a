#include "LabelRenderer.h"

#include "dicom/PersonName.h"
#include "layout/BilingualText.h"
#include "layout/ReadmeWriter.h"
#include "report/DisplayText.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRawFont>

#include <cmath>
#include <cstdio>
#include <functional>

namespace pdi {

namespace {

// Everything on the label is set in one family: Noto Sans CJK JP has Latin, kana and kanji, so a
// name that mixes them never falls back to a font the PDF would then also have to carry.
QString labelFamily() {
    return QStringLiteral("Noto Sans CJK JP");
}

const QColor kInk(0, 0, 0);
const QColor kSecondary(0x40, 0x40, 0x40);
const QColor kWarning(0xC0, 0x00, 0x00);
const QColor kGuide(0x90, 0x90, 0x90);

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
        QFont f(labelFamily());
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

Line textLine(const QString& text, double size, bool bold = false, double gapBefore = 0) {
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

// How much a column must shrink to fit a height.
double scaleToFit(const QVector<Line>& lines, double available) {
    const double natural = heightOf(lines, 1.0);
    return natural > available && natural > 0 ? available / natural : 1.0;
}

// Width available to a line spanning [top, bottom] (mm).
using WidthAt = std::function<double(double top, double bottom)>;

// Paints a column from top down; x is the left edge or the centre, per align.
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

// --- what the label says ------------------------------------------------------------------

QString oneLine(const QString& value) {
    QString out = value;
    for (QChar& ch : out) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7F)
            ch = QLatin1Char(' ');
    }
    return out.simplified();
}

QString idLine(const MediumDescription& m) {
    QString line = QStringLiteral("ID ") + oneLine(m.patientId);
    if (!m.issuerOfPatientId.isEmpty())
        line += QStringLiteral(" (") + oneLine(m.issuerOfPatientId) + QLatin1Char(')');
    return line;
}

QString birthSexLine(const MediumDescription& m) {
    const Bilingual sex = BilingualText::sex(m.sex);
    return QStringLiteral("生年月日 DOB %1   性別 Sex %2 %3")
        .arg(DisplayText::date(m.birthDate), sex.japanese, sex.english);
}

QString discLine(const MediumDescription& m) {
    return QStringLiteral("%1/%2").arg(m.discNumber).arg(m.discCount);
}

QString createdDate(const MediumDescription& m) {
    return m.created.isValid() ? m.created.toString(Qt::ISODate) : QString();
}

QString phoneLine(const MediumDescription& m) {
    return m.phone.isEmpty() ? QString() : QStringLiteral("TEL ") + oneLine(m.phone);
}

QString studyImagesText(const MediumDescription::Study& st) {
    int n = 0;
    for (const MediumDescription::Series& se : st.series)
        n += se.images;
    return QString::number(n);
}

QString moreStudies(int n) {
    return QStringLiteral("ほか %1 件 / %1 more").arg(n);
}

QVector<Line> nameLines(const MediumDescription& m, double mainSize, double otherSize) {
    // Kanji first where the name has them: that is what a Japanese receiver looks for.
    const QStringList groups = BilingualText::nameGroups(m.patientName, true);
    QVector<Line> lines;
    if (groups.isEmpty())
        return lines;
    // A long name goes on two lines, family name first, rather than shrinking to fit one.
    const PersonName name = PersonName::fromDicom(m.patientName);
    QString first;
    for (const QString& g : {name.ideographic, name.phonetic, name.alphabetic}) {
        if (!PersonName::readable(g).simplified().isEmpty()) {
            first = g;
            break;
        }
    }
    const QString family = PersonName::readable(first.section(QLatin1Char('^'), 0, 0));
    const QString given = PersonName::readable(first.section(QLatin1Char('^'), 1));
    if (ReadmeWriter::displayColumns(groups.first()) > kLongName && !family.isEmpty() &&
        !given.isEmpty()) {
        lines << textLine(family.simplified(), mainSize * 0.8, true);
        lines << textLine(given.simplified(), mainSize * 0.8, true);
    } else {
        lines << textLine(groups.first(), mainSize, true);
    }
    if (groups.size() > 1)
        lines << textLine(groups.mid(1).join(QStringLiteral("   ")), otherSize);
    return lines;
}

QVector<Line> warningLines(const MediumDescription& m, double size, double secondSize, double gap) {
    QVector<Line> lines;
    for (const Bilingual& w : BilingualText::warningMarks(m)) {
        Line l;
        l.text = w.japanese;
        l.size = size;
        l.bold = true;
        l.second = w.english;
        l.secondSize = secondSize;
        l.frame = Line::Frame::Warning;
        l.gapBefore = gap;
        lines << l;
    }
    return lines;
}

QVector<Line> institutionLines(const MediumDescription& m, double scale) {
    QVector<Line> lines;
    lines << textLine(oneLine(m.institutionName), 3.6 * scale, true);
    if (!m.department.isEmpty())
        lines << textLine(oneLine(m.department), 2.9 * scale);
    if (!m.phone.isEmpty())
        lines << textLine(phoneLine(m), 3.3 * scale, true);
    return lines;
}

// --- the pieces -----------------------------------------------------------------------------

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

void pageHeading(Canvas& c, const QString& title, const QString& hintJa, const QString& hintEn) {
    c.text(title, 15, 12, 4.5, true, Qt::AlignLeft, 180);
    c.text(hintJa, 15, 18, 2.8, false, Qt::AlignLeft, 180, kSecondary);
    c.text(hintEn, 15, 22, 2.8, false, Qt::AlignLeft, 180, kSecondary);
}

// Qt 6.4 writes a font's ToUnicode map by asking, for each code point from 0 up, which glyph
// draws it, and keeps the first code point per glyph. Noto Sans CJK draws several characters
// with the glyph of a kana or kanji: the Kangxi radicals (U+2F00..) share the ideographs' glyphs,
// U+2027 shares the katakana middle dot's. So 山田 would come out of a search or a copy as ⼭⽥
// (U+2F2D U+2F65). The label only writes Japanese and ASCII, so where a glyph also belongs to a
// character of U+3000..U+9FFF (kana, CJK punctuation, ideographs) in both weights, that character
// is what was drawn.
class PreferredCodes {
public:
    PreferredCodes() {
        QFont regular(labelFamily());
        regular.setPixelSize(64);
        QFont bold = regular;
        bold.setBold(true);
        regular_ = QRawFont::fromFont(regular);
        bold_ = QRawFont::fromFont(bold);
        QString block;
        for (char16_t c = kFirst; c <= kLast; ++c)
            block += QChar(c);
        const QList<quint32> glyphs = regular_.glyphIndexesForString(block);
        for (int i = 0; i < glyphs.size(); ++i) {
            if (glyphs.at(i) != 0 && !byGlyph_.contains(glyphs.at(i)))
                byGlyph_.insert(glyphs.at(i), char16_t(kFirst + i));
        }
    }

    // The character to name in place of code, or code itself.
    char16_t preferred(char16_t code) const {
        if (code < 0x80 || (code >= kFirst && code <= kLast) || QChar::isSurrogate(code))
            return code;
        const QString original(QChar{code});
        const QList<quint32> glyph = regular_.glyphIndexesForString(original);
        if (glyph.size() != 1 || glyph.first() == 0)
            return code;
        const char16_t candidate = byGlyph_.value(glyph.first(), code);
        if (candidate == code || bold_.glyphIndexesForString(original) !=
                                     bold_.glyphIndexesForString(QString(QChar{candidate})))
            return code;
        return candidate;
    }

private:
    static constexpr char16_t kFirst = 0x3000;
    static constexpr char16_t kLast = 0x9FFF;
    QRawFont regular_;
    QRawFont bold_;
    QHash<quint32, char16_t> byGlyph_;
};

// Qt leaves the ToUnicode maps uncompressed and writes each code as four hex digits: putting the
// preferred character in place keeps every byte offset of the file. Only the destination codes
// change, never the glyph ids.
struct HexToken {
    qsizetype offset; // of the first digit
    QByteArray digits;
};

// The <hex> tokens between two offsets.
QVector<HexToken> hexTokens(const QByteArray& pdf, qsizetype from, qsizetype to) {
    QVector<HexToken> tokens;
    qsizetype open = from;
    while ((open = pdf.indexOf('<', open)) >= 0 && open < to) {
        const qsizetype close = pdf.indexOf('>', open);
        if (close < 0 || close > to)
            break;
        tokens.append({open + 1, pdf.mid(open + 1, close - open - 1)});
        open = close + 1;
    }
    return tokens;
}

void preferIdeographs(QByteArray& pdf) {
    const PreferredCodes codes;
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            return;
        int sourceCodes = 0; // per line: 1 in a bfchar section, 2 in a bfrange section
        qsizetype lineStart = from;
        while (lineStart < end) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QByteArray line = pdf.mid(lineStart, lineEnd - lineStart).trimmed();
            if (line.endsWith("beginbfchar")) {
                sourceCodes = 1;
            } else if (line.endsWith("beginbfrange")) {
                sourceCodes = 2;
            } else if (line == "endbfchar" || line == "endbfrange") {
                sourceCodes = 0;
            } else if (sourceCodes > 0) {
                const QVector<HexToken> tokens = hexTokens(pdf, lineStart, lineEnd);
                // "<first> <last> <code>" maps a run of consecutive codes: rewriting <code>
                // would move the whole run, so such lines stay as Qt wrote them.
                const bool run = sourceCodes == 2 && !line.contains('[') && tokens.size() == 3 &&
                                 tokens.at(0).digits != tokens.at(1).digits;
                for (int i = sourceCodes; !run && i < tokens.size(); ++i) {
                    if (tokens.at(i).digits.size() != 4)
                        continue;
                    bool ok = false;
                    const char16_t code = char16_t(tokens.at(i).digits.toUInt(&ok, 16));
                    const char16_t better = ok ? codes.preferred(code) : code;
                    if (better != code) {
                        pdf.replace(
                            tokens.at(i).offset, 4,
                            QByteArray::number(uint(better), 16).toUpper().rightJustified(4, '0'));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        from = end;
    }
}

} // namespace

QString LabelRenderer::fontFamily(QString* error) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error)
            *error = tr("Labels need a QGuiApplication for their fonts (the command line starts "
                        "one with the offscreen platform).");
        return QString();
    }
    const QString family = labelFamily();
    if (!QFontDatabase::families().contains(family)) {
        if (error)
            *error = tr("The Japanese font \"%1\" is not installed, so names in kanji and kana "
                        "cannot be printed. Install the package fonts-noto-cjk.")
                         .arg(family);
        return QString();
    }
    return family;
}

void LabelRenderer::paintDiscLabel(QPainter& painter, const QRectF& disc,
                                   const MediumDescription& m) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Canvas c(painter, disc, kDiscDiameterMm);
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

void LabelRenderer::paintCaseFront(QPainter& painter, const QRectF& square,
                                   const MediumDescription& m) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Canvas c(painter, square, kFrontInsertMm);
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

void LabelRenderer::paintCaseBack(QPainter& painter, const QRectF& inlay,
                                  const MediumDescription& m) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Canvas c(painter, inlay, kBackInlayWidthMm);
    constexpr double h = kBackInlayHeightMm;
    constexpr double left = kSpineMm + 5.0;
    constexpr double right = kBackInlayWidthMm - kSpineMm - 5.0;
    constexpr double width = right - left;
    const WidthAt full = [](double, double) {
        return width;
    };

    // Spines: the case on a shelf shows whose it is.
    c.pen(0.15, kGuide, Qt::DashLine);
    c.line(kSpineMm, 0, kSpineMm, h);
    c.line(kBackInlayWidthMm - kSpineMm, 0, kBackInlayWidthMm - kSpineMm, h);
    const QString spine = BilingualText::nameGroups(m.patientName, true).value(0) +
                          QStringLiteral("   ") + idLine(m) + QStringLiteral("   ") +
                          createdDate(m) + QStringLiteral("   ") + discLine(m);
    for (int side = 0; side < 2; ++side) {
        painter.save();
        const double x = side == 0 ? kSpineMm / 2 : kBackInlayWidthMm - kSpineMm / 2;
        painter.translate(c.at(x, h / 2));
        painter.rotate(side == 0 ? -90 : 90);
        Canvas spineCanvas(painter, QRectF(0, 0, c.unit(), c.unit()), 1.0);
        spineCanvas.text(spine, 0, 1.1, 3.2, true, Qt::AlignHCenter, h - 8);
        painter.restore();
    }

    // Bottom: how to open the medium, and what made it.
    QVector<Line> foot;
    const Bilingual noProgram = BilingualText::noProgram();
    foot << textLine(noProgram.japanese, 3.0, true);
    foot << textLine(noProgram.english, 3.0, true);
    foot << textLine(QStringLiteral("IHE PDI: DICOMDIR, 非圧縮 DICOM / uncompressed DICOM"), 2.6,
                     false, 0.8);
    QStringList made;
    if (!m.application.isEmpty())
        made << QStringLiteral("作成 Created with: ") + oneLine(m.application);
    if (!m.operatorRole.isEmpty())
        made << QStringLiteral("役割 Role: ") + oneLine(m.operatorRole);
    if (!m.fileSetId.isEmpty())
        made << QStringLiteral("File-set ID: ") + oneLine(m.fileSetId);
    if (!made.isEmpty())
        foot << textLine(made.join(QStringLiteral("   ")), 2.4);
    for (Line& l : foot)
        l.color = l.bold ? kInk : kSecondary;
    const double footTop = h - 5.0 - heightOf(foot, 1.0);
    c.pen(0.2, kGuide);
    c.line(left, footTop - 1.5, right, footTop - 1.5);
    paintColumn(c, foot, 1.0, footTop, left, Qt::AlignLeft, full);

    // The studies as a table, then other content.
    double y = 5.0;
    c.text(QStringLiteral("収録内容  Contents"), left, y + 4.0, 4.0, true, Qt::AlignLeft, width);
    y += 7.5;
    struct Column {
        QString title;
        double x;
        double width;
    };
    const QVector<Column> columns{
        {QStringLiteral("検査日 Date"), left, 24},
        {QStringLiteral("種別 Modality"), left + 25, 22},
        {QStringLiteral("説明 Description"), left + 48, 56},
        {QStringLiteral("画像 Images"), left + 105, width - 105},
    };
    constexpr double rowHeight = 4.0;
    for (const Column& col : columns)
        c.text(col.title, col.x, y + 2.7, 2.6, true, Qt::AlignLeft, col.width - 1);
    y += rowHeight;
    c.pen(0.15, kInk);
    c.line(left, y - 0.8, right, y - 0.8);

    QVector<Line> other;
    if (m.nonDicomContent()) {
        other << textLine(
            QStringLiteral("その他のデータ（DICOM 以外）  Other (non-DICOM) content:"), 2.8, true,
            1.5);
        for (const MediumDescription::OtherFile& f : m.otherFiles) {
            other << textLine(f.description.isEmpty()
                                  ? f.path
                                  : f.path + QStringLiteral("   ") + oneLine(f.description),
                              2.6);
        }
    }
    const double tableEnd = footTop - 3.0 - heightOf(other, 1.0);
    // Each study with its series where they all fit, else the studies alone.
    constexpr double seriesHeight = 3.3;
    double withSeries = 0;
    for (const MediumDescription::Study& st : m.studies)
        withSeries += rowHeight + seriesHeight * st.series.size();
    const bool listSeries = y + withSeries <= tableEnd;
    // A long description is cut rather than shrunk to a size nobody can read.
    c.setMinimumSize(2.4);
    const int fitting = qMax(1, int((tableEnd - y) / rowHeight));
    const int count = int(m.studies.size());
    const int shown = listSeries || count <= fitting ? count : fitting - 1;
    for (int i = 0; i < shown; ++i) {
        const MediumDescription::Study& st = m.studies.at(i);
        const QStringList cells{DisplayText::date(st.date),
                                st.modalities.join(QStringLiteral(", ")), oneLine(st.description),
                                studyImagesText(st)};
        for (int k = 0; k < columns.size(); ++k)
            c.text(cells.at(k), columns.at(k).x, y + 2.9, 2.9, false, Qt::AlignLeft,
                   columns.at(k).width - 1);
        y += rowHeight;
        if (!listSeries)
            continue;
        for (const MediumDescription::Series& se : st.series) {
            QString description =
                QStringLiteral("#") + se.number + QLatin1Char(' ') + oneLine(se.description);
            if (se.aiDerived)
                description += QStringLiteral("  [AI生成 AI]");
            if (se.video)
                description += QStringLiteral("  [動画 video]");
            if (se.bulk)
                description += QStringLiteral("  [薄層 thin slice]");
            const QStringList seriesCells{QString(), se.modality, description,
                                          QString::number(se.images)};
            for (int k = 1; k < columns.size(); ++k)
                c.text(seriesCells.at(k), columns.at(k).x + (k == 2 ? 2.0 : 0.0), y + 2.4, 2.4,
                       false, Qt::AlignLeft, columns.at(k).width - 3, kSecondary);
            y += seriesHeight;
        }
    }
    c.setMinimumSize(kMinSize);
    if (shown < count) {
        c.text(moreStudies(count - shown), left, y + 2.9, 2.8, false, Qt::AlignLeft, width);
        y += rowHeight;
    }
    paintColumn(c, other, 1.0, y, left, Qt::AlignLeft, full);
    painter.restore();
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
    preferIdeographs(pdf);

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

void LabelRenderer::correctPdfText(QByteArray& pdf) {
    preferIdeographs(pdf);
}

} // namespace pdi
