#include "ReadmeWriter.h"

#include "BilingualText.h"

#include "dicom/PersonName.h"
#include "report/DisplayText.h"

#include <QStringList>
#include <QVector>

namespace pdi {

namespace {

// README.TXT is content of the medium, not user interface: the receiver reads it in Japanese or
// in English whatever language the operator's screen shows, so both texts are data here, one
// table per language, instead of tr() strings that would follow the UI language.
struct ReadmeLanguage {
    bool isJapanese = false;
    QString title;
    QString intro;
    QString noProgram;
    QString contentType;
    QString issuerHeading;
    QString institution;
    QString department;
    QString phone;
    QString address;
    QString created;
    QString operatorRole;
    QString application;
    QString disc; // %1 of %2
    QString patientHeading;
    QString name;
    QString patientId;
    QString issuer;
    QString birthDate;
    QString sex;
    QString male;
    QString female;
    QString otherSex;
    QString unknown;
    QString studiesHeading;
    QString noStudies;
    QString images; // %1 images
    QString noDescription;
    QString contentsHeading;
    QString webContent;
    QString webYes;
    QString webNo;
    QString otherContent;
    QString otherYes;
    QString otherNo;
    QString warningsHeading;
    QString noWarnings;
    QString warnNonDicom;
    QString warnAi;
    QString warnVideo;
    QString warnBulk;
    QString correctedHeaders;
    QString series; // %1 study date, %2 series number, %3 modality, %4 description
};

const ReadmeLanguage& japanese() {
    static const ReadmeLanguage t = [] {
        ReadmeLanguage l;
        l.isJapanese = true;
        l.title = QStringLiteral("この媒体について（医用画像 IHE PDI）");
        l.intro = QStringLiteral(
            "この媒体は IHE PDI（Portable Data for Imaging）に準拠した医用画像の媒体"
            "です。ルートの DICOMDIR が、非圧縮（Explicit VR Little Endian）の DICOM "
            "ファイルを参照しています。");
        l.noProgram = BilingualText::noProgram().japanese;
        l.contentType = QStringLiteral("内容の種類: %1");
        l.issuerHeading = QStringLiteral("発行元");
        l.institution = QStringLiteral("施設名");
        l.department = QStringLiteral("診療科");
        l.phone = QStringLiteral("電話");
        l.address = QStringLiteral("住所");
        l.created = QStringLiteral("作成日");
        l.operatorRole = QStringLiteral("作成者の役割");
        l.application = QStringLiteral("作成ソフトウェア");
        l.disc = QStringLiteral("%1 枚目（全 %2 枚）");
        l.patientHeading = QStringLiteral("患者");
        l.name = QStringLiteral("氏名");
        l.patientId = QStringLiteral("患者 ID");
        l.issuer = QStringLiteral("ID の発行者");
        l.birthDate = QStringLiteral("生年月日");
        l.sex = QStringLiteral("性別");
        l.male = QStringLiteral("男性");
        l.female = QStringLiteral("女性");
        l.otherSex = QStringLiteral("その他");
        l.unknown = QStringLiteral("不明");
        l.studiesHeading = QStringLiteral("検査");
        l.noStudies = QStringLiteral("検査はありません。");
        l.images = QStringLiteral("画像 %1 枚");
        l.noDescription = QStringLiteral("（説明なし）");
        l.contentsHeading = QStringLiteral("収録内容");
        l.webContent = QStringLiteral("Web コンテンツ");
        l.webYes =
            QStringLiteral("あり（INDEX.HTM をブラウザで開くと検査の一覧と縮小画像を見られます。"
                           "診断には使わないでください）");
        l.webNo = QStringLiteral("なし");
        l.otherContent = QStringLiteral("その他のデータ（DICOM 以外）");
        l.otherYes = QStringLiteral("あり:");
        l.otherNo = QStringLiteral("なし");
        l.warningsHeading = QStringLiteral("注意");
        l.noWarnings = QStringLiteral("特記事項はありません。");
        l.warnNonDicom =
            QStringLiteral("DICOM 以外のデータ（上記のファイル）を含みます。DICOMDIR からは"
                           "参照されておらず、DICOM ビューアには表示されません。");
        l.warnAi =
            QStringLiteral("AI 生成画像を含みます。次のシリーズは AI などのソフトウェアが作成した"
                           "画像で、撮影された原画像ではありません:");
        l.warnVideo =
            QStringLiteral("動画データを含みます（作成者の判断で収録）。受け取る側のシステムで"
                           "扱えない場合があります:");
        l.warnBulk =
            QStringLiteral("薄層・ボリュームの大量データを含みます（作成者の判断で収録）。受け取る"
                           "側のシステムで扱えない場合があります:");
        l.correctedHeaders = QStringLiteral(
            "次のファイルは、ファイルメタ情報（ヘッダ）の SOP UID が画像本体（データセット）と"
            "食い違っていたため、本体に合わせたヘッダで書き込みました。画像と患者情報は変更して"
            "いません:");
        l.series = QStringLiteral("%1 の検査、シリーズ %2（%3）%4");
        return l;
    }();
    return t;
}

const ReadmeLanguage& english() {
    static const ReadmeLanguage t = [] {
        ReadmeLanguage l;
        l.title = QStringLiteral("About this medium (medical images, IHE PDI)");
        l.intro = QStringLiteral(
            "This is an IHE PDI (Portable Data for Imaging) medium of medical images. "
            "DICOMDIR in the root lists the DICOM files, which are uncompressed "
            "(Explicit VR Little Endian).");
        l.noProgram = BilingualText::noProgram().english;
        l.contentType = QStringLiteral("Content type: %1");
        l.issuerHeading = QStringLiteral("Issued by");
        l.institution = QStringLiteral("Institution");
        l.department = QStringLiteral("Department");
        l.phone = QStringLiteral("Phone");
        l.address = QStringLiteral("Address");
        l.created = QStringLiteral("Created");
        l.operatorRole = QStringLiteral("Operator role");
        l.application = QStringLiteral("Created with");
        l.disc = QStringLiteral("Disc %1 of %2");
        l.patientHeading = QStringLiteral("Patient");
        l.name = QStringLiteral("Name");
        l.patientId = QStringLiteral("Patient ID");
        l.issuer = QStringLiteral("Issuer of ID");
        l.birthDate = QStringLiteral("Birth date");
        l.sex = QStringLiteral("Sex");
        l.male = QStringLiteral("male");
        l.female = QStringLiteral("female");
        l.otherSex = QStringLiteral("other");
        l.unknown = QStringLiteral("unknown");
        l.studiesHeading = QStringLiteral("Studies");
        l.noStudies = QStringLiteral("No studies.");
        l.images = QStringLiteral("%1 images");
        l.noDescription = QStringLiteral("(no description)");
        l.contentsHeading = QStringLiteral("Contents");
        l.webContent = QStringLiteral("Web content");
        l.webYes = QStringLiteral(
            "yes (open INDEX.HTM in a web browser for a list of the studies with small "
            "previews; not for diagnosis)");
        l.webNo = QStringLiteral("no");
        l.otherContent = QStringLiteral("Other (non-DICOM) content");
        l.otherYes = QStringLiteral("yes:");
        l.otherNo = QStringLiteral("no");
        l.warningsHeading = QStringLiteral("Warnings");
        l.noWarnings = QStringLiteral("None.");
        l.warnNonDicom =
            QStringLiteral("Contains non-DICOM content (the files listed above). It is not "
                           "referenced from DICOMDIR and DICOM viewers do not show it.");
        l.warnAi =
            QStringLiteral("Contains AI-derived images. These series were made by software such as "
                           "AI; they are not acquired images:");
        l.warnVideo = QStringLiteral(
            "Contains video, included by decision of the sender; the receiving system "
            "may not handle it:");
        l.warnBulk =
            QStringLiteral("Contains thin-slice / volume bulk data, included by decision of the "
                           "sender; the receiving system may not handle it:");
        l.correctedHeaders = QStringLiteral(
            "The file meta information (header) of these files named other SOP UIDs than the "
            "object itself (the data set); they were written with a header made from the data "
            "set. Images and patient data are unchanged:");
        l.series = QStringLiteral("study of %1, series %2 (%3) %4");
        return l;
    }();
    return t;
}

bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Closing punctuation must not begin a line (kinsoku): the break goes before the word instead.
bool mayStartLine(char32_t c) {
    static const QString closing = QStringLiteral("、。，．）」』】〉》・ー！？：；");
    return c > 0xFFFF || !closing.contains(QChar(char16_t(c)));
}

// DICOM values and settings may hold control characters; a text file line must not.
QString oneLine(const QString& value) {
    QString out = value;
    for (QChar& c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char(' ');
    }
    return out.simplified();
}

struct Token {
    QString text;
    int columns = 0;
    bool space = false;
    bool wide = false;
    bool breakBefore = true;
};

QVector<Token> tokenize(const QString& text) {
    QVector<Token> tokens;
    const QVector<uint> codes = text.toUcs4();
    for (uint u : codes) {
        const char32_t c = u;
        const QString s = QString::fromUcs4(&c, 1);
        if (c == U' ') {
            // a run of spaces stays as it is (columns in the study list) unless a line ends there
            if (!tokens.isEmpty() && tokens.constLast().space) {
                tokens.last().text += s;
                tokens.last().columns += 1;
            } else {
                tokens.append(Token{s, 1, true, false, true});
            }
        } else if (isWide(c)) {
            // a line may break between any two kanji or kana
            tokens.append(Token{s, 2, false, true, mayStartLine(c)});
        } else if (!tokens.isEmpty() && !tokens.constLast().space && !tokens.constLast().wide) {
            tokens.last().text += s;
            tokens.last().columns += 1;
        } else {
            tokens.append(Token{s, 1, false, false, true});
        }
    }
    return tokens;
}

class ReadmeText {
public:
    void blank() { lines_ << QString(); }

    // Wraps text so that every line fits kLineColumns; continuation lines are indented.
    void add(const QString& text, int indent = 0, int continuationIndent = -1) {
        if (continuationIndent < 0)
            continuationIndent = indent;
        // Values are already on one line; runs of spaces in the text itself are kept.
        QString plain = text;
        for (QChar& c : plain) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                c = QLatin1Char(' ');
        }
        const QVector<Token> tokens = tokenize(plain);
        QString line(indent, QLatin1Char(' '));
        int columns = indent;
        bool lineHasText = false;
        QString pendingSpace;
        for (const Token& t : tokens) {
            if (t.space) {
                if (lineHasText)
                    pendingSpace = t.text;
                continue;
            }
            const int needed = t.columns + int(pendingSpace.size());
            if (lineHasText && t.breakBefore && columns + needed > ReadmeWriter::kLineColumns) {
                lines_ << line;
                line = QString(continuationIndent, QLatin1Char(' '));
                columns = continuationIndent;
                pendingSpace.clear();
            }
            line += pendingSpace;
            columns += int(pendingSpace.size());
            line += t.text;
            columns += t.columns;
            lineHasText = true;
            pendingSpace.clear();
        }
        lines_ << line;
    }

    // "label: value" with the value's continuation lines under its first character.
    void field(const QString& label, const QString& value, int indent = 2) {
        if (oneLine(value).isEmpty())
            return;
        const QString head = label + QStringLiteral(": ");
        add(head + oneLine(value), indent, indent + ReadmeWriter::displayColumns(head));
    }

    void heading(const QString& text) {
        blank();
        add(text);
        lines_ << QString(qMin(ReadmeWriter::displayColumns(text), ReadmeWriter::kLineColumns),
                          QLatin1Char('-'));
    }

    QByteArray bytes() const {
        QByteArray out("\xEF\xBB\xBF");
        for (const QString& l : lines_) {
            out += l.trimmed().isEmpty() ? QByteArray() : l.toUtf8();
            out += "\r\n";
        }
        return out;
    }

private:
    QStringList lines_;
};

QString sexWord(const ReadmeLanguage& t, const QString& cs) {
    if (cs == QLatin1String("M"))
        return t.male;
    if (cs == QLatin1String("F"))
        return t.female;
    if (cs == QLatin1String("O"))
        return t.otherSex;
    return t.unknown;
}

QString studyImages(const MediumDescription::Study& study) {
    int n = 0;
    for (const MediumDescription::Series& se : study.series)
        n += se.images;
    return QString::number(n);
}

using SeriesTest = bool (*)(const MediumDescription::Series&);

void seriesList(ReadmeText& text, const ReadmeLanguage& t, const MediumDescription& medium,
                SeriesTest test) {
    for (const MediumDescription::Study& st : medium.studies) {
        for (const MediumDescription::Series& se : st.series) {
            if (!test(se))
                continue;
            const QString line = t.series.arg(DisplayText::date(st.date), se.number, se.modality,
                                              oneLine(se.description));
            text.add(QStringLiteral("- ") + line.trimmed(), 6, 8);
        }
    }
}

void section(ReadmeText& text, const ReadmeLanguage& t, const MediumDescription& m) {
    const QString title = t.title;
    text.add(QString(qMin(ReadmeWriter::displayColumns(title), ReadmeWriter::kLineColumns),
                     QLatin1Char('=')));
    text.add(title);
    text.add(QString(qMin(ReadmeWriter::displayColumns(title), ReadmeWriter::kLineColumns),
                     QLatin1Char('=')));
    text.blank();
    text.add(t.intro);
    text.blank();
    text.add(QStringLiteral("*** ") + t.noProgram + QStringLiteral(" ***"));
    text.blank();
    text.add(t.contentType.arg(m.webContent ? QStringLiteral("DICOM PLUS WEB")
                                            : QStringLiteral("DICOM ONLY")));
    text.add(t.disc.arg(m.discNumber).arg(m.discCount));

    text.heading(t.issuerHeading);
    text.field(t.institution, m.institutionName);
    text.field(t.department, m.department);
    text.field(t.phone, m.phone);
    text.field(t.address, m.address);
    text.field(t.created, m.created.isValid() ? m.created.toString(Qt::ISODate) : QString());
    const Bilingual role = BilingualText::role(m.operatorRole);
    text.field(t.operatorRole, t.isJapanese ? role.japanese : role.english);
    text.field(t.application, m.application);

    text.heading(t.patientHeading);
    const PersonName name = PersonName::fromDicom(m.patientName);
    QStringList groups;
    for (const QString& g : {name.alphabetic, name.ideographic, name.phonetic}) {
        const QString readable = oneLine(PersonName::readable(g));
        if (!readable.isEmpty())
            groups << readable;
    }
    if (!groups.isEmpty()) {
        // One Person Name group a line, aligned under the first.
        const QString head = t.name + QStringLiteral(": ");
        const int indent = 2 + ReadmeWriter::displayColumns(head);
        text.add(head + groups.first(), 2, indent);
        for (int i = 1; i < groups.size(); ++i)
            text.add(groups.at(i), indent);
    }
    text.field(t.patientId, m.patientId);
    text.field(t.issuer, m.issuerOfPatientId);
    text.field(t.birthDate, DisplayText::date(m.birthDate));
    text.field(t.sex, sexWord(t, m.sex));

    text.heading(t.studiesHeading);
    if (m.studies.isEmpty())
        text.add(t.noStudies, 2);
    for (int i = 0; i < m.studies.size(); ++i) {
        const MediumDescription::Study& st = m.studies.at(i);
        const QString description =
            oneLine(st.description).isEmpty() ? t.noDescription : oneLine(st.description);
        const QString number = QStringLiteral("%1. ").arg(i + 1);
        text.add(number + QStringLiteral("%1  %2  %3  %4")
                              .arg(DisplayText::date(st.date),
                                   st.modalities.join(QStringLiteral(", ")), description,
                                   t.images.arg(studyImages(st))),
                 2, 2 + number.size());
    }

    text.heading(t.contentsHeading);
    text.field(t.webContent, m.webContent ? t.webYes : t.webNo);
    text.field(t.otherContent, m.nonDicomContent() ? t.otherYes : t.otherNo);
    for (const MediumDescription::OtherFile& f : m.otherFiles) {
        const QString line = oneLine(f.description).isEmpty()
                                 ? f.path
                                 : f.path + QStringLiteral("  ") + oneLine(f.description);
        text.add(QStringLiteral("- ") + line, 4, 6);
    }

    text.heading(t.warningsHeading);
    bool any = false;
    if (m.nonDicomContent()) {
        text.add(QStringLiteral("! ") + t.warnNonDicom, 2, 4);
        any = true;
    }
    if (m.aiDerivedContent()) {
        text.add(QStringLiteral("! ") + t.warnAi, 2, 4);
        seriesList(text, t, m, [](const MediumDescription::Series& s) { return s.aiDerived; });
        any = true;
    }
    if (m.videoContent()) {
        text.add(QStringLiteral("! ") + t.warnVideo, 2, 4);
        seriesList(text, t, m, [](const MediumDescription::Series& s) { return s.video; });
        any = true;
    }
    if (m.bulkContent()) {
        text.add(QStringLiteral("! ") + t.warnBulk, 2, 4);
        seriesList(text, t, m, [](const MediumDescription::Series& s) { return s.bulk; });
        any = true;
    }
    if (!m.correctedHeaders.isEmpty()) {
        text.add(QStringLiteral("! ") + t.correctedHeaders, 2, 4);
        for (const QString& fileId : m.correctedHeaders)
            text.add(QStringLiteral("- ") +
                         QString(fileId).replace(QLatin1Char('/'), QLatin1Char('\\')),
                     6, 8);
        any = true;
    }
    if (!any)
        text.add(t.noWarnings, 2);
    text.blank();
}

} // namespace

int ReadmeWriter::displayColumns(const QString& text) {
    int columns = 0;
    for (uint c : text.toUcs4())
        columns += isWide(c) ? 2 : 1;
    return columns;
}

QByteArray ReadmeWriter::render(const MediumDescription& medium) {
    ReadmeText text;
    section(text, japanese(), medium);
    text.blank();
    section(text, english(), medium);
    return text.bytes();
}

} // namespace pdi
