#include "BilingualText.h"

#include "account/Role.h"
#include "dicom/PersonName.h"

namespace pdi {

QVector<Bilingual> BilingualText::warningMarks(const MediumDescription& medium) {
    QVector<Bilingual> marks;
    if (medium.nonDicomContent())
        marks.append({QStringLiteral("DICOM以外のデータを含みます"),
                      QStringLiteral("Contains non-DICOM content")});
    if (medium.aiDerivedContent())
        marks.append(
            {QStringLiteral("AI生成画像を含みます"), QStringLiteral("Contains AI-derived images")});
    if (medium.bulkContent() || medium.videoContent())
        marks.append(
            {QStringLiteral("薄層・動画データを含みます"),
             QStringLiteral("Contains data the receiver may not expect (thin slice / video)")});
    return marks;
}

Bilingual BilingualText::sex(const QString& cs) {
    if (cs == QLatin1String("M"))
        return {QStringLiteral("男"), QStringLiteral("M")};
    if (cs == QLatin1String("F"))
        return {QStringLiteral("女"), QStringLiteral("F")};
    if (cs == QLatin1String("O"))
        return {QStringLiteral("その他"), QStringLiteral("O")};
    return {QStringLiteral("不明"), QStringLiteral("unknown")};
}

Bilingual BilingualText::role(const QString& roleName) {
    const std::optional<Role> role = Roles::fromName(roleName);
    if (!role)
        return {};
    switch (*role) {
    case Role::Reception:
        return {QStringLiteral("受付"), QStringLiteral("Reception")};
    case Role::FrontDesk:
        return {QStringLiteral("窓口"), QStringLiteral("Front desk")};
    case Role::Technologist:
        return {QStringLiteral("放射線技師"), QStringLiteral("Technologist")};
    case Role::Admin:
        return {QStringLiteral("管理者"), QStringLiteral("Administrator")};
    }
    return {};
}

QString BilingualText::contentType(const MediumDescription& medium) {
    return medium.webContent ? QStringLiteral("DICOM PLUS WEB") : QStringLiteral("DICOM ONLY");
}

Bilingual BilingualText::noProgram() {
    return {QStringLiteral("この媒体はプログラムを起動しません。DICOM ビューアで開いてください。"),
            QStringLiteral("This medium does not start any program; open it with a DICOM viewer.")};
}

QStringList BilingualText::nameGroups(const QString& dicomName, bool ideographicFirst) {
    const PersonName name = PersonName::fromDicom(dicomName);
    const QStringList order = ideographicFirst
                                  ? QStringList{name.ideographic, name.phonetic, name.alphabetic}
                                  : QStringList{name.alphabetic, name.ideographic, name.phonetic};
    QStringList groups;
    for (const QString& g : order) {
        const QString readable = PersonName::readable(g).simplified();
        if (!readable.isEmpty())
            groups << readable;
    }
    return groups;
}

} // namespace pdi
