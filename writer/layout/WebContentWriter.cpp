#include "WebContentWriter.h"

#include "BilingualText.h"
#include "PreviewImage.h"
#include "report/DisplayText.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace pdi {

namespace {

// The pages are content of the medium like README.TXT: their labels are Japanese and English
// side by side, whatever the operator's UI language, so they are written here as data.
QString both(const char16_t* japanese, const char16_t* english) {
    return QString::fromUtf16(japanese) + QStringLiteral(" / ") + QString::fromUtf16(english);
}

QString esc(const QString& text) {
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char(' ');
    }
    return out.simplified().toHtmlEscaped();
}

QString bilingualHtml(const Bilingual& text) {
    return esc(text.japanese) + QStringLiteral("<br>") + esc(text.english);
}

// DICOM TM (HHMMSS.FFFFFF, parts may be left off) as HH:MM:SS.
QString displayTime(const QString& tm) {
    const QString digits = tm.section(QLatin1Char('.'), 0, 0).trimmed();
    if (digits.size() < 2 || digits.size() % 2 != 0 || digits.size() > 6)
        return tm;
    for (const QChar c : digits) {
        if (!c.isDigit())
            return tm;
    }
    QStringList parts;
    for (int i = 0; i < digits.size(); i += 2)
        parts << digits.mid(i, 2);
    if (parts.size() == 1)
        parts << QStringLiteral("00");
    return parts.join(QLatin1Char(':'));
}

QString studyPageName(int index) {
    // 8.3 names (ISO 9660 Level 1): STUDY001 .. STUDY999, then ST001000 ..
    if (index <= 999)
        return QStringLiteral("STUDY%1.HTM").arg(index, 3, 10, QLatin1Char('0'));
    return QStringLiteral("ST%1.HTM").arg(index, 6, 10, QLatin1Char('0'));
}

QString previewName(int index) {
    return QStringLiteral("S%1.JPG").arg(index, 7, 10, QLatin1Char('0'));
}

QString document(const QString& title, const QString& body) {
    QString html;
    // HTML 4.01 without a system identifier: no URL anywhere in the pages.
    html += QStringLiteral("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n"
                           "<html lang=\"ja\">\n<head>\n"
                           "<meta http-equiv=\"Content-Type\" content=\"text/html; "
                           "charset=UTF-8\">\n<title>");
    html += title;
    html += QStringLiteral(
        "</title>\n"
        "<style type=\"text/css\">\n"
        "body { font-family: sans-serif; margin: 1em 2em; color: #000; background: #fff; }\n"
        "table { border-collapse: collapse; margin: 0.5em 0; }\n"
        "th, td { border: 1px solid #888; padding: 0.3em 0.6em; text-align: left; "
        "vertical-align: top; }\n"
        "th { background: #eee; }\n"
        ".note { border: 1px solid #888; background: #f4f4f4; padding: 0.5em; }\n"
        ".warning { border: 3px solid #c00; padding: 0.4em 0.6em; margin: 0.4em 0; "
        "font-weight: bold; }\n"
        ".mark { color: #c00; font-weight: bold; }\n"
        "</style>\n</head>\n<body>\n");
    html += body;
    html += QStringLiteral("</body>\n</html>\n");
    html.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return html;
}

QString row(const QString& label, const QString& valueHtml) {
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(label, valueHtml);
}

QString patientTitle(const MediumDescription& m) {
    const QStringList names = BilingualText::nameGroups(m.patientName, true);
    return esc(names.value(0)) + QStringLiteral(" (") + esc(m.patientId) + QLatin1Char(')');
}

QString patientTable(const MediumDescription& m) {
    QString t = QStringLiteral("<table>\n");
    QStringList names;
    for (const QString& n : BilingualText::nameGroups(m.patientName, false))
        names << esc(n);
    t += row(both(u"氏名", u"Name"), names.join(QStringLiteral("<br>")));
    t += row(both(u"患者 ID", u"Patient ID"), esc(m.patientId));
    if (!m.issuerOfPatientId.isEmpty())
        t += row(both(u"ID の発行者", u"Issuer of ID"), esc(m.issuerOfPatientId));
    t += row(both(u"生年月日", u"Birth date"), esc(DisplayText::date(m.birthDate)));
    const Bilingual sex = BilingualText::sex(m.sex);
    t += row(both(u"性別", u"Sex"), esc(sex.japanese) + QStringLiteral(" / ") + esc(sex.english));
    t += QStringLiteral("</table>\n");
    return t;
}

QString warningsHtml(const MediumDescription& m) {
    QString html;
    for (const Bilingual& w : BilingualText::warningMarks(m))
        html += QStringLiteral("<div class=\"warning\">%1</div>\n").arg(bilingualHtml(w));
    return html;
}

int imagesOf(const MediumDescription::Study& st) {
    int n = 0;
    for (const MediumDescription::Series& se : st.series)
        n += se.images;
    return n;
}

QString indexPage(const MediumDescription& m) {
    QString b;
    b += QStringLiteral("<h1>%1</h1>\n").arg(both(u"医用画像", u"Medical images"));
    b +=
        QStringLiteral("<p class=\"note\">%1<br>%2</p>\n")
            .arg(bilingualHtml(BilingualText::noProgram()),
                 esc(QStringLiteral("このページは内容を確かめるための縮小画像です。診断には使わない"
                                    "でください。 These pages show small previews of what is "
                                    "on the medium; they are not for diagnosis.")));
    b += warningsHtml(m);

    b += QStringLiteral("<h2>%1</h2>\n").arg(both(u"患者", u"Patient"));
    b += patientTable(m);

    b += QStringLiteral("<h2>%1</h2>\n").arg(both(u"検査", u"Studies"));
    b += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
             .arg(both(u"検査日", u"Date"), both(u"モダリティ", u"Modality"),
                  both(u"説明", u"Description"), both(u"画像数", u"Images"));
    for (const MediumDescription::Study& st : m.studies) {
        const QString link = st.pagePath; // IHE_PDI/STUDYnnn.HTM, relative to the root
        QString description = esc(st.description);
        if (description.isEmpty())
            description = both(u"（説明なし）", u"(no description)");
        b += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td><a "
                            "href=\"%1\">%4</a></td><td>%5</td></tr>\n")
                 .arg(link, esc(DisplayText::date(st.date)),
                      esc(st.modalities.join(QStringLiteral(", "))), description,
                      QString::number(imagesOf(st)));
    }
    b += QStringLiteral("</table>\n");

    if (m.nonDicomContent()) {
        // Listed, not linked: other content may be a program, and a page must not invite
        // anyone to run it.
        b += QStringLiteral("<h2>%1</h2>\n<ul>\n")
                 .arg(both(u"その他のデータ（DICOM 以外）", u"Other (non-DICOM) content"));
        for (const MediumDescription::OtherFile& f : m.otherFiles) {
            b += QStringLiteral("<li>%1%2</li>\n")
                     .arg(esc(f.path), f.description.isEmpty()
                                           ? QString()
                                           : QStringLiteral(" &mdash; ") + esc(f.description));
        }
        b += QStringLiteral("</ul>\n");
    }

    b += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(both(u"発行元", u"Issued by"));
    b += row(both(u"施設名", u"Institution"), esc(m.institutionName));
    if (!m.department.isEmpty())
        b += row(both(u"診療科", u"Department"), esc(m.department));
    b += row(both(u"電話", u"Phone"), esc(m.phone));
    if (!m.address.isEmpty())
        b += row(both(u"住所", u"Address"), esc(m.address));
    b += row(both(u"作成日", u"Created"),
             esc(m.created.isValid() ? m.created.toString(Qt::ISODate) : QString()));
    b +=
        row(both(u"ディスク", u"Disc"), QStringLiteral("%1/%2").arg(m.discNumber).arg(m.discCount));
    b += row(both(u"内容", u"Content"), esc(BilingualText::contentType(m)));
    b += QStringLiteral("</table>\n");
    b += QStringLiteral("<p>IHE PDI &mdash; %1</p>\n").arg(esc(m.application));
    return document(QString::fromUtf16(u"医用画像 Medical images: ") + patientTitle(m), b);
}

QString studyPage(const MediumDescription& m, const MediumDescription::Study& st) {
    QString b;
    b += QStringLiteral("<p><a href=\"../%1\">%2</a></p>\n")
             .arg(WebContentWriter::indexFile(), both(u"一覧へ戻る", u"Back to the list"));
    b += QStringLiteral("<h1>%1: %2 %3</h1>\n")
             .arg(both(u"検査", u"Study"), esc(DisplayText::date(st.date)), esc(st.description));
    b += QStringLiteral("<p>%1</p>\n").arg(patientTitle(m));
    b += QStringLiteral("<table>\n");
    b += row(both(u"検査日", u"Date"), esc(DisplayText::date(st.date)));
    if (!st.time.isEmpty())
        b += row(both(u"時刻", u"Time"), esc(displayTime(st.time)));
    if (!st.accessionNumber.isEmpty())
        b += row(both(u"受付番号", u"Accession number"), esc(st.accessionNumber));
    b += row(both(u"モダリティ", u"Modality"), esc(st.modalities.join(QStringLiteral(", "))));
    b += row(both(u"説明", u"Description"), esc(st.description));
    b += QStringLiteral("</table>\n");

    b += QStringLiteral("<h2>%1</h2>\n").arg(both(u"シリーズ", u"Series"));
    b += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                        "<th>%6</th></tr>\n")
             .arg(both(u"プレビュー", u"Preview"), both(u"番号", u"Number"),
                  both(u"モダリティ", u"Modality"), both(u"説明", u"Description"),
                  both(u"画像数", u"Images"), both(u"注意", u"Notes"));
    for (const MediumDescription::Series& se : st.series) {
        QString preview;
        if (se.previewPath.isEmpty()) {
            preview = both(u"プレビューなし", u"no preview");
        } else {
            const QString name = QFileInfo(se.previewPath).fileName();
            preview = QStringLiteral("<img src=\"%1\" alt=\"%2\">")
                          .arg(name, esc(QStringLiteral("Series ") + se.number));
        }
        QStringList notes;
        if (se.aiDerived)
            notes << both(u"AI生成画像", u"AI-derived images");
        if (se.video)
            notes << both(u"動画", u"video");
        if (se.bulk)
            notes << both(u"薄層・大量データ", u"thin slice / bulk data");
        b += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                            "<td class=\"mark\">%6</td></tr>\n")
                 .arg(preview, esc(se.number), esc(se.modality), esc(se.description),
                      QString::number(se.images), notes.join(QStringLiteral("<br>")));
    }
    b += QStringLiteral("</table>\n");
    return document(both(u"検査", u"Study") + QStringLiteral(": ") +
                        esc(DisplayText::date(st.date)) + QStringLiteral(" ") + patientTitle(m),
                    b);
}

Result<void> writeFile(const QString& root, const QString& mediumPath, const QString& text,
                       WebContentWriter::Written& written) {
    QSaveFile file(root + QLatin1Char('/') + mediumPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        return Error::storage(
            WebContentWriter::tr("%1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(root + QLatin1Char('/') + mediumPath),
                     file.errorString()));
    }
    written.files << mediumPath;
    return {};
}

} // namespace

Result<WebContentWriter::Written> WebContentWriter::write(MediumDescription& medium,
                                                          const QString& root) {
    Written result;
    if (!QDir(root).mkpath(folder())) {
        return Error::storage(
            tr("The folder %1 cannot be created.")
                .arg(QDir::toNativeSeparators(root + QLatin1Char('/') + folder())));
    }
    medium.webContent = true;

    int previewNumber = 0;
    for (int i = 0; i < medium.studies.size(); ++i) {
        MediumDescription::Study& st = medium.studies[i];
        st.pagePath = folder() + QLatin1Char('/') + studyPageName(i + 1);
        for (MediumDescription::Series& se : st.series) {
            se.previewPath.clear();
            const QString where =
                tr("Series %1 of the study of %2").arg(se.number, DisplayText::date(st.date));
            if (se.video) {
                result.problems << tr("%1: no preview for video.").arg(where);
                continue;
            }
            if (se.firstInstanceLocalPath.isEmpty()) {
                result.problems
                    << tr("%1: no preview, there is no image to make it from.").arg(where);
                continue;
            }
            const QString path = folder() + QLatin1Char('/') + previewName(++previewNumber);
            const Result<QSize> preview = PreviewImage::writeJpeg(
                se.firstInstanceLocalPath, root + QLatin1Char('/') + path, kPreviewSide);
            if (!preview) {
                result.problems << tr("%1: no preview, %2.").arg(where, preview.error().message);
                continue;
            }
            se.previewPath = path;
            result.files << path;
        }
    }

    for (const MediumDescription::Study& st : medium.studies) {
        if (Result<void> page = writeFile(root, st.pagePath, studyPage(medium, st), result); !page)
            return page.error();
    }
    if (Result<void> index = writeFile(root, indexFile(), indexPage(medium), result); !index)
        return index.error();
    return result;
}

} // namespace pdi
