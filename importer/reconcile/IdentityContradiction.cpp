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
