#include "CandidateScorer.h"

#include "IdentityContradiction.h"
#include "NameComparison.h"

#include <cmath>

namespace pdi {

namespace {

// Points (0..100) that order candidates inside a verdict: an ID from the same authority 30, the
// birth date 30, the sex 5, the name up to 35 (NameMatch::points).
constexpr int SameAuthorityId = 30;
constexpr int OtherAuthorityId = 3;
constexpr int SameBirthDate = 30;
constexpr int SameSex = 5;

bool sameName(const QString& a, const QString& b) {
    return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool isOwn(const QString& name, const IdAuthority& authority) {
    for (const QString& own : authority.own) {
        if (sameName(name, own))
            return true;
    }
    return false;
}

// Why an equal Patient ID is (or is not) evidence: the sentence, and whether it is.
QPair<QString, bool> sameNumber(const PatientDemographics& outside,
                                const PatientDemographics& local, const IdAuthority& authority) {
    if (!outside.issuer.isEmpty() && !local.issuer.isEmpty()) {
        if (sameName(outside.issuer, local.issuer))
            return {
                CandidateScorer::tr("same Patient ID from the same issuer (%1)").arg(local.issuer),
                true};
        return {CandidateScorer::tr("same number, likely another hospital's (issuer %1 here, %2 "
                                    "on the medium)")
                    .arg(local.issuer, outside.issuer),
                false};
    }
    if (!outside.issuer.isEmpty()) {
        if (isOwn(outside.issuer, authority))
            return {CandidateScorer::tr("same Patient ID, issued by this hospital (%1)")
                        .arg(outside.issuer),
                    true};
        return {CandidateScorer::tr("same number, likely another hospital's (issued by %1)")
                    .arg(outside.issuer),
                false};
    }
    const bool ownLocal = local.issuer.isEmpty() || isOwn(local.issuer, authority);
    for (const QString& institution : authority.mediumInstitutions) {
        if (isOwn(institution, authority) && ownLocal)
            return {CandidateScorer::tr("same Patient ID, on a medium from this hospital"), true};
    }
    if (authority.mediumInstitutions.isEmpty())
        return {CandidateScorer::tr("same number, likely another hospital's (the medium names "
                                    "neither issuer nor institution)"),
                false};
    return {CandidateScorer::tr("same number, likely another hospital's (no issuer, on a medium "
                                "from %1)")
                .arg(authority.mediumInstitutions.join(QLatin1String(", "))),
            false};
}

} // namespace

QString CandidateMatch::verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::Likely:
        return QStringLiteral("likely");
    case Verdict::Possible:
        return QStringLiteral("possible");
    case Verdict::Unlikely:
        break;
    }
    return QStringLiteral("unlikely");
}

QString CandidateScorer::verdictText(Verdict verdict) {
    switch (verdict) {
    case Verdict::Likely:
        return tr("likely the same person");
    case Verdict::Possible:
        return tr("possibly the same person");
    case Verdict::Unlikely:
        break;
    }
    return tr("unlikely to be the same person");
}

CandidateMatch CandidateScorer::score(const PatientDemographics& outside,
                                      const PatientDemographics& local,
                                      const IdAuthority& authority) {
    CandidateMatch m;
    int points = 0;
    bool sameAuthorityId = false;
    if (!outside.id.isEmpty() && outside.id == local.id) {
        const auto [sentence, evidence] = sameNumber(outside, local, authority);
        sameAuthorityId = evidence;
        points += evidence ? SameAuthorityId : OtherAuthorityId;
        (evidence ? m.matches : m.differences) << sentence;
        m.relevant = true;
    } else if (!outside.id.isEmpty() && !local.id.isEmpty()) {
        m.differences << tr("Patient ID %1 here, %2 on the medium").arg(local.id, outside.id);
    }
    const bool sameBirthDate =
        !outside.birthDate.isEmpty() && outside.birthDate.trimmed() == local.birthDate.trimmed();
    if (sameBirthDate) {
        points += SameBirthDate;
        m.matches << tr("same birth date");
        m.relevant = true;
    }
    if (!outside.sex.isEmpty() && outside.sex.trimmed() == local.sex.trimmed()) {
        points += SameSex;
        m.matches << tr("same sex");
    }

    const NameMatch name = NameComparison::compare(outside.name, local.name);
    points += name.points;
    m.matches << name.matches;
    m.relevant = m.relevant || name.level >= NameMatch::Level::GivenOnly;
    const QVector<IdentityDifference> contradictions =
        IdentityContradiction::between(outside, local, name);
    for (const IdentityDifference& d : contradictions) {
        if (d.kind != IdentityDifference::Kind::Name) // the name's own sentences follow
            m.differences << d.sentence();
    }
    m.differences << name.differences;

    // The verdict (docs/import.md), then the points place the candidate inside its band.
    const bool wholeName = name.level == NameMatch::Level::Full;
    if (!contradictions.isEmpty())
        m.verdict = Verdict::Unlikely;
    else if (wholeName && (sameBirthDate || sameAuthorityId))
        m.verdict = Verdict::Likely;
    else if (wholeName || sameBirthDate || sameAuthorityId)
        m.verdict = Verdict::Possible;
    else
        m.verdict = Verdict::Unlikely;
    points = qBound(0, points, 100);
    switch (m.verdict) {
    case Verdict::Likely:
        m.score = 70 + int(std::lround(points * 30 / 100.0));
        break;
    case Verdict::Possible:
        m.score = 40 + int(std::lround(points * 29 / 100.0));
        break;
    case Verdict::Unlikely:
        m.score = int(std::lround(points * 39 / 100.0));
        break;
    }
    return m;
}

} // namespace pdi
