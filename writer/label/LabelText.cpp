#include "LabelText.h"

#include "dicom/PersonName.h"
#include "layout/BilingualText.h"
#include "layout/ReadmeWriter.h"
#include "report/DisplayText.h"

namespace pdi::label {

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

} // namespace pdi::label
