#include "CandidateScorer.h"

#include "NameNormalizer.h"
#include "dicom/PersonName.h"

namespace pdi {

namespace {

struct Groups {
    QString alphabetic;
    QString ideographic;
    QString phonetic;
    QString family[3]; // first component of each group
};

Groups groupsOf(const QString& dicomName) {
    const PersonName pn = PersonName::fromDicom(dicomName);
    Groups g;
    g.alphabetic = NameNormalizer::normalize(pn.alphabetic);
    g.ideographic = NameNormalizer::normalize(pn.ideographic);
    g.phonetic = NameNormalizer::normalize(pn.phonetic);
    const QString raw[3] = {pn.alphabetic, pn.ideographic, pn.phonetic};
    for (int i = 0; i < 3; ++i)
        g.family[i] = NameNormalizer::normalize(raw[i].section(QLatin1Char('^'), 0, 0));
    return g;
}

} // namespace

CandidateMatch CandidateScorer::score(const PatientDemographics& outside,
                                      const PatientDemographics& local) {
    CandidateMatch m;
    if (!outside.id.isEmpty() && outside.id == local.id) {
        if (!outside.issuer.isEmpty() && !local.issuer.isEmpty() &&
            outside.issuer != local.issuer) {
            m.score += 15;
            m.matches << tr("same Patient ID");
            m.differences << tr("issuer %1 here, %2 on the medium: the same number from another "
                                "hospital is usually "
                                "another patient")
                                 .arg(local.issuer, outside.issuer);
        } else {
            m.score += 40;
            m.matches << tr("same Patient ID");
        }
    } else if (!outside.id.isEmpty() && !local.id.isEmpty()) {
        m.differences << tr("Patient ID %1 here, %2 on the medium").arg(local.id, outside.id);
    }

    if (!outside.birthDate.isEmpty() && !local.birthDate.isEmpty()) {
        if (outside.birthDate == local.birthDate) {
            m.score += 25;
            m.matches << tr("same birth date");
        } else {
            m.differences << tr("birth date %1 here, %2 on the medium")
                                 .arg(local.birthDate, outside.birthDate);
        }
    }
    if (!outside.sex.isEmpty() && !local.sex.isEmpty()) {
        if (outside.sex == local.sex) {
            m.score += 5;
            m.matches << tr("same sex");
        } else {
            m.differences << tr("sex %1 here, %2 on the medium").arg(local.sex, outside.sex);
        }
    }

    // Names: each form on the medium against each form here, after folding width, kana, case and
    // spaces; kanji against kana never matches, which is why all three groups are compared.
    const Groups a = groupsOf(outside.name);
    const Groups b = groupsOf(local.name);
    const QString labels[3] = {tr("alphabetic"), tr("ideographic"), tr("phonetic")};
    const QString fa[3] = {a.alphabetic, a.ideographic, a.phonetic};
    const QString fb[3] = {b.alphabetic, b.ideographic, b.phonetic};
    QStringList full;
    QStringList family;
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            if (fa[i].isEmpty() || fb[j].isEmpty())
                continue;
            if (fa[i] == fb[j]) {
                if (!full.contains(labels[i]))
                    full << labels[i];
            } else if (!a.family[i].isEmpty() && a.family[i] == b.family[j] &&
                       !family.contains(labels[i])) {
                family << labels[i];
            }
        }
    }
    if (!full.isEmpty()) {
        m.score += 30;
        m.matches << tr("name matches (%1)").arg(full.join(QLatin1String(", ")));
    } else if (!family.isEmpty()) {
        m.score += 10;
        m.matches << tr("family name matches (%1)").arg(family.join(QLatin1String(", ")));
        m.differences << tr("given name differs");
    } else if (!outside.name.isEmpty() && !local.name.isEmpty()) {
        m.differences << tr("name %1 here, %2 on the medium")
                             .arg(PersonName::fromDicom(local.name).display(),
                                  PersonName::fromDicom(outside.name).display());
    }
    m.score = qMin(m.score, 100);
    return m;
}

} // namespace pdi
