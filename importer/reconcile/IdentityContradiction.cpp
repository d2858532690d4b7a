#include "IdentityContradiction.h"

#include "dicom/PersonName.h"
#include "report/DisplayText.h"

namespace pdi {

QString IdentityDifference::sentence() const {
    switch (kind) {
    case Kind::BirthDate:
        return IdentityContradiction::tr("birth date %1 here, %2 on the medium")
            .arg(local, outside);
    case Kind::Sex:
        return IdentityContradiction::tr("sex %1 here, %2 on the medium").arg(local, outside);
    case Kind::Name:
        break;
    }
    return IdentityContradiction::tr("names share no form: %1 here, %2 on the medium")
        .arg(local, outside);
}

namespace {

QString kindName(IdentityDifference::Kind kind) {
    switch (kind) {
    case IdentityDifference::Kind::BirthDate:
        return QStringLiteral("birthDate");
    case IdentityDifference::Kind::Sex:
        return QStringLiteral("sex");
    case IdentityDifference::Kind::Name:
        break;
    }
    return QStringLiteral("name");
}

} // namespace

QJsonObject IdentityDifference::toJson() const {
    return QJsonObject{{QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("local"), local},
                       {QStringLiteral("outside"), outside}};
}

IdentityDifference IdentityDifference::fromJson(const QJsonObject& json) {
    IdentityDifference d;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    d.kind = kind == QLatin1String("birthDate") ? Kind::BirthDate
             : kind == QLatin1String("sex")     ? Kind::Sex
                                                : Kind::Name;
    d.local = json.value(QStringLiteral("local")).toString();
    d.outside = json.value(QStringLiteral("outside")).toString();
    return d;
}

QJsonArray IdentityDifference::toJson(const QVector<IdentityDifference>& differences) {
    QJsonArray out;
    for (const IdentityDifference& d : differences)
        out.append(d.toJson());
    return out;
}

QVector<IdentityDifference> IdentityDifference::fromJson(const QJsonArray& json) {
    QVector<IdentityDifference> out;
    for (const QJsonValue& v : json)
        out << fromJson(v.toObject());
    return out;
}

QStringList IdentityDifference::sentences(const QVector<IdentityDifference>& differences) {
    QStringList out;
    for (const IdentityDifference& d : differences)
        out << d.sentence();
    return out;
}

QVector<IdentityDifference> IdentityContradiction::between(const PatientDemographics& outside,
                                                           const PatientDemographics& local) {
    return between(outside, local, NameComparison::compare(outside.name, local.name));
}

QVector<IdentityDifference> IdentityContradiction::between(const PatientDemographics& outside,
                                                           const PatientDemographics& local,
                                                           const NameMatch& names) {
    QVector<IdentityDifference> out;
    const QString ob = outside.birthDate.trimmed();
    const QString lb = local.birthDate.trimmed();
    if (!ob.isEmpty() && !lb.isEmpty() && ob != lb)
        out << IdentityDifference{IdentityDifference::Kind::BirthDate, DisplayText::date(lb),
                                  DisplayText::date(ob)};
    const QString os = outside.sex.trimmed().toUpper();
    const QString ls = local.sex.trimmed().toUpper();
    if (!os.isEmpty() && !ls.isEmpty() && os != ls)
        out << IdentityDifference{IdentityDifference::Kind::Sex, DisplayText::sex(ls),
                                  DisplayText::sex(os)};
    if (names.level == NameMatch::Level::None)
        out << IdentityDifference{IdentityDifference::Kind::Name,
                                  PersonName::fromDicom(local.name).display(),
                                  PersonName::fromDicom(outside.name).display()};
    return out;
}

} // namespace pdi
