#include "CheckReportDocument.h"

#include "CheckBadges.h"
#include "dicom/PersonName.h"
#include "label/LabelFont.h"
#include "report/DisplayText.h"

#include <QBuffer>
#include <QLocale>
#include <QMap>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace pdi {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString severityText(Severity s) {
    switch (s) {
    case Severity::Error:
        return CheckReportDocument::tr("Error");
    case Severity::Warning:
        return CheckReportDocument::tr("Warning");
    case Severity::Info:
        return CheckReportDocument::tr("Info");
    }
    return QString();
}

QString kindText(MediumKind kind) {
    switch (kind) {
    case MediumKind::Folder:
        return CheckReportDocument::tr("folder or drive");
    case MediumKind::Iso:
        return CheckReportDocument::tr("disc image");
    case MediumKind::Zip:
        return CheckReportDocument::tr("ZIP archive");
    }
    return QString();
}

QString row(const QStringList& cells, bool header = false) {
    QString out = QStringLiteral("<tr>");
    for (const QString& c : cells)
        out += header ? QStringLiteral("<th align=\"left\">%1</th>").arg(c)
                      : QStringLiteral("<td>%1</td>").arg(c);
    return out + QStringLiteral("</tr>");
}

} // namespace

QString CheckReportDocument::html(const CheckReport& r, const Context& c) {
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; }"
                        "td, th { padding: 2px 6px; } th { background: #e0e0e0; }"
                        ".name { font-size: 20pt; font-weight: bold; }"
                        ".reading { font-size: 11pt; color: #424242; }"
                        ".severe { color: #b71c1c; font-weight: bold; }"
                        ".notice { color: #e65100; font-weight: bold; }"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Medium check report")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Checked %1 by %2 at station %3")
                          .arg(QLocale().toString(c.checkedAt, QLocale::ShortFormat), c.checkedBy,
                               c.station)));

    // Whose medium
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Patient")));
    if (r.contents.patients.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No patient found")));
    for (const PatientContents& p : r.contents.patients) {
        const PersonName name = PersonName::fromDicom(p.name);
        if (!name.phonetic.isEmpty())
            h += QStringLiteral("<div class=\"reading\">%1</div>")
                     .arg(esc(PersonName::readable(name.phonetic)));
        h += QStringLiteral("<div class=\"name\">%1</div>")
                 .arg(esc(PersonName::readable(name.ideographic.isEmpty() ? name.alphabetic
                                                                          : name.ideographic)));
        if (!name.ideographic.isEmpty() && !name.alphabetic.isEmpty())
            h += QStringLiteral("<div class=\"reading\">%1</div>")
                     .arg(esc(PersonName::readable(name.alphabetic)));
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Patient ID %1   Birth date %2   Sex %3")
                              .arg(p.issuer.isEmpty() ? p.id
                                                      : tr("%1 (issued by %2)").arg(p.id, p.issuer),
                                   DisplayText::date(p.birthDate), DisplayText::sex(p.sex))));
    }
    const QStringList sources = r.sourceInstitutions();
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(sources.isEmpty()
                          ? tr("Issuing institution: unknown")
                          : tr("Issuing institution: %1").arg(sources.join(QLatin1String(", ")))));

    // Verdict and warnings
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Result")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(r.conformant() ? tr("The medium follows the PDI rules (%n warning(s)).",
                                          nullptr, r.count(Severity::Warning))
                                     : tr("The medium does not follow the PDI rules: %1 errors, "
                                          "%2 warnings.")
                                           .arg(r.count(Severity::Error))
                                           .arg(r.count(Severity::Warning))));
    const QVector<CheckBadge> badges = CheckBadges::of(r);
    if (!badges.isEmpty()) {
        h += QStringLiteral("<table>");
        for (const CheckBadge& b : badges)
            h += row({QStringLiteral("<span class=\"%1\">%2</span>")
                          .arg(b.severe ? QStringLiteral("severe") : QStringLiteral("notice"),
                               esc(b.text)),
                      esc(b.explanation)});
        h += QStringLiteral("</table>");
    }

    // Studies
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Studies")));
    h += QStringLiteral("<table>");
    h += row({esc(tr("Date")), esc(tr("Modality")), esc(tr("Description")), esc(tr("Series")),
              esc(tr("Images"))},
             true);
    for (const PatientContents& p : r.contents.patients) {
        for (const StudyContents& st : p.studies) {
            int images = 0;
            for (const SeriesContents& se : st.series)
                images += se.frames;
            h += row({esc(DisplayText::date(st.date)), esc(st.modalities.join(QLatin1Char('/'))),
                      esc(st.description), QString::number(st.series.size()),
                      QString::number(images)});
        }
    }
    h += QStringLiteral("</table>");

    // Findings, grouped by code: 5,000 compressed files are one problem with examples.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Findings")));
    if (r.findings.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        QMap<QString, QVector<const Finding*>> byCode;
        QStringList order;
        for (const Finding& f : r.findings) {
            if (!byCode.contains(f.code))
                order << f.code;
            byCode[f.code].append(&f);
        }
        std::stable_sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
            return int(byCode[a].first()->severity) > int(byCode[b].first()->severity);
        });
        h += QStringLiteral("<table>");
        h += row({esc(tr("Severity")), esc(tr("Code")), esc(tr("Where")), esc(tr("What to know"))},
                 true);
        for (const QString& code : std::as_const(order)) {
            const QVector<const Finding*>& list = byCode[code];
            const int shown = qMin(int(ExamplesPerCode), int(list.size()));
            for (int i = 0; i < shown; ++i) {
                const Finding* f = list.at(i);
                h += row(
                    {esc(severityText(f->severity)), esc(f->code), esc(f->path), esc(f->message)});
            }
            if (list.size() > shown)
                h += row({QString(), esc(code), QString(),
                          esc(tr("... and %n more like this.", nullptr, list.size() - shown))});
        }
        h += QStringLiteral("</table>");
    }

    // The medium itself
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Medium")));
    h += QStringLiteral("<p>%1<br>%2<br>%3</p>")
             .arg(esc(tr("Opened from %1 (%2)")
                          .arg(r.inventory.location, kindText(r.inventory.kind))),
                  esc(tr("Volume ID %1   File-set ID %2")
                          .arg(r.inventory.volumeId.isEmpty() ? QStringLiteral("-")
                                                              : r.inventory.volumeId,
                               r.fileSetId().isEmpty() ? QStringLiteral("-") : r.fileSetId())),
                  esc(tr("%1 files: %2 DICOM, %3 other")
                          .arg(r.inventory.files.size())
                          .arg(r.dicomCount())
                          .arg(r.nonDicomCount())));
    h += QStringLiteral("</body></html>");
    return h;
}

std::unique_ptr<QTextDocument>
CheckReportDocument::document(const CheckReport& report, const Context& context, QString* error) {
    const QString family = LabelFont::available(error);
    if (family.isEmpty())
        return nullptr;
    auto doc = std::make_unique<QTextDocument>();
    QFont font(family);
    font.setPointSizeF(9.5);
    // Unshaped glyphs are the font's own for each character, so the PDF's text map names them
    // (with shaping, Noto Sans CJK's digits would drop out of copied or searched text).
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc->setDefaultFont(font);
    doc->setHtml(html(report, context));
    return doc;
}

Result<void> CheckReportDocument::print(const CheckReport& report, const Context& context,
                                        QPrinter& printer) {
    QString error;
    const std::unique_ptr<QTextDocument> doc = document(report, context, &error);
    if (!doc)
        return Error::invalid(error);
    doc->print(&printer);
    return {};
}

Result<void> CheckReportDocument::savePdf(const CheckReport& report, const Context& context,
                                          const QString& path) {
    QString error;
    const std::unique_ptr<QTextDocument> doc = document(report, context, &error);
    if (!doc)
        return Error::invalid(error);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(600);
        // No patient data in the document properties: they travel further than the paper.
        writer.setTitle(tr("Medium check report"));
        writer.setCreator(QStringLiteral("PDI Station"));
        doc->print(&writer);
    }
    LabelFont::correctPdfText(pdf);
    // Written completely or not at all: a half PDF would look like a report.
    QSaveFile file(path);
    if (pdf.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() ||
        !file.commit())
        return Error::storage(tr("The PDF %1 could not be written; check that the folder is "
                                 "writable and the disk not full.")
                                  .arg(path));
    return {};
}

} // namespace pdi
