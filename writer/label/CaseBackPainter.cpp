#include "CaseBackPainter.h"

#include "LabelRenderer.h"
#include "LabelText.h"
#include "layout/BilingualText.h"
#include "report/DisplayText.h"

namespace pdi {

using namespace label;

namespace {

constexpr double kBackInlayHeightMm = LabelRenderer::kBackInlayHeightMm;
constexpr double kBackInlayWidthMm = LabelRenderer::kBackInlayWidthMm;
constexpr double kSpineMm = LabelRenderer::kSpineMm;

// Spines: the case on a shelf shows whose it is.
void paintSpines(QPainter& painter, Canvas& c, const MediumDescription& m) {
    constexpr double h = kBackInlayHeightMm;
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
}

// Bottom: how to open the medium, and what made it.
QVector<Line> footLines(const MediumDescription& m) {
    QVector<Line> foot;
    const Bilingual noProgram = BilingualText::noProgram();
    foot << textLine(noProgram.japanese, 3.0, true);
    foot << textLine(noProgram.english, 3.0, true);
    foot << textLine(QStringLiteral("IHE PDI: DICOMDIR, 非圧縮 DICOM / uncompressed DICOM"), 2.6,
                     false, 0.8);
    QStringList made;
    if (!m.application.isEmpty())
        made << QStringLiteral("作成 Created with: ") + oneLine(m.application);
    if (const Bilingual role = BilingualText::role(m.operatorRole); !role.english.isEmpty())
        made << QStringLiteral("役割 Role: %1 %2").arg(role.japanese, role.english);
    if (!m.fileSetId.isEmpty())
        made << QStringLiteral("File-set ID: ") + oneLine(m.fileSetId);
    if (!made.isEmpty())
        foot << textLine(made.join(QStringLiteral("   ")), 2.4);
    for (Line& l : foot)
        l.color = l.bold ? kInk : kSecondary;
    return foot;
}

} // namespace

void CaseBackPainter::paint(QPainter& painter, const QRectF& area, const MediumDescription& m) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Canvas c(painter, area, kBackInlayWidthMm);
    constexpr double h = kBackInlayHeightMm;
    constexpr double left = kSpineMm + 5.0;
    constexpr double right = kBackInlayWidthMm - kSpineMm - 5.0;
    constexpr double width = right - left;
    const WidthAt full = [](double, double) {
        return width;
    };

    paintSpines(painter, c, m);

    const QVector<Line> foot = footLines(m);
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

} // namespace pdi
