#include "PatientReconciler.h"

#include "PatientSearchKeys.h"
#include "archive/LocalArchive.h"
#include "dicom/DicomSummaryReader.h"
#include "dicom/PersonName.h"
#include "dicom/SpecificCharacterSet.h"
#include "network/AnswerCharacterSet.h"
#include "network/DicomQuery.h"
#include "report/CheckReport.h"
#include "settings/Settings.h"

#include <QJsonArray>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

namespace pdi {

namespace {

QString decoded(DcmItem& item, const DcmTagKey& tag, const SpecificCharacterSet& cs) {
    OFString v;
    if (item.findAndGetOFStringArray(tag, v, OFFalse).bad())
        return QString();
    return cs.decode(QByteArray(v.c_str(), int(v.length()))).trimmed();
}

SpecificCharacterSet charsetOf(DcmItem& item) {
    OFString v;
    item.findAndGetOFStringArray(DCM_SpecificCharacterSet, v);
    return SpecificCharacterSet(QString::fromLatin1(v.c_str()));
}

PatientDemographics demographicsOf(DcmDataset& ds) {
    DicomSummary s;
    DicomSummaryReader::summarize(ds, s);
    return {s.patientId, s.issuerOfPatientId, PersonName::withoutEmptyGroups(s.patientName),
            s.birthDate, s.sex};
}

// A query value in the node's character set (what PatientSearchKeys gives is writable there).
void putText(DcmItem& item, const DcmTagKey& tag, const QString& value,
             const QString& characterSet) {
    item.putAndInsertString(tag, SpecificCharacterSet(characterSet).encode(value).constData());
}

// What a source is asked with: the ID, the birth date, the family name in its spellings.
QVector<QPair<DcmTagKey, QString>> searchKeys(const PatientDemographics& outside,
                                              const QString& characterSet) {
    QVector<QPair<DcmTagKey, QString>> keys;
    if (!outside.id.isEmpty())
        keys.append({DCM_PatientID, outside.id});
    if (!outside.birthDate.isEmpty())
        keys.append({DCM_PatientBirthDate, outside.birthDate});
    for (const QString& name : PatientSearchKeys::of(outside.name).findValues(characterSet))
        keys.append({DCM_PatientName, name});
    return keys;
}

// A node may refuse a name in kanji or kana as a matching key (DCMTK's wlmscpfs answers A900,
// "Invalid Character Repertoire for datatype PN"): it is asked by the other keys instead.
bool refusedName(const Error& error, const DcmTagKey& key) {
    return error.kind == Error::Kind::Invalid && key == DCM_PatientName;
}

DcmDataset patientQuery(const QString& level, const QString& characterSet) {
    DcmDataset q;
    q.putAndInsertString(DCM_SpecificCharacterSet, characterSet.toLatin1().constData());
    q.putAndInsertString(DCM_QueryRetrieveLevel, level.toLatin1().constData());
    q.insertEmptyElement(DCM_PatientName);
    q.insertEmptyElement(DCM_PatientID);
    q.insertEmptyElement(DCM_IssuerOfPatientID);
    q.insertEmptyElement(DCM_PatientBirthDate);
    q.insertEmptyElement(DCM_PatientSex);
    if (level == QLatin1String("STUDY"))
        q.insertEmptyElement(DCM_StudyInstanceUID);
    return q;
}

QString key(const PatientDemographics& p) {
    return p.id + QChar(0) + p.issuer;
}

DcmDataset worklistQuery(const QString& characterSet, DcmItem*& sps) {
    DcmDataset q;
    q.putAndInsertString(DCM_SpecificCharacterSet, characterSet.toLatin1().constData());
    q.insertEmptyElement(DCM_PatientName);
    q.insertEmptyElement(DCM_PatientID);
    q.insertEmptyElement(DCM_IssuerOfPatientID);
    q.insertEmptyElement(DCM_PatientBirthDate);
    q.insertEmptyElement(DCM_PatientSex);
    q.insertEmptyElement(DCM_AccessionNumber);
    q.insertEmptyElement(DCM_RequestedProcedureDescription);
    q.insertEmptyElement(DCM_RequestedProcedureID);
    q.insertEmptyElement(DCM_StudyInstanceUID);
    sps = nullptr;
    q.findOrCreateSequenceItem(DCM_ScheduledProcedureStepSequence, sps, 0);
    sps->insertEmptyElement(DCM_ScheduledStationAETitle);
    sps->insertEmptyElement(DCM_ScheduledProcedureStepStartTime);
    sps->insertEmptyElement(DCM_Modality);
    sps->insertEmptyElement(DCM_ScheduledProcedureStepDescription);
    sps->insertEmptyElement(DCM_ScheduledProcedureStepID);
    return q;
}

Candidate worklistCandidate(DcmDataset& ds, const QString& source) {
    Candidate c;
    c.patient = demographicsOf(ds);
    c.source = source;
    c.kind = Candidate::Kind::Worklist;
    c.characterSetNote = AnswerCharacterSet::lostNames(ds, source);
    const SpecificCharacterSet cs = charsetOf(ds);
    c.accessionNumber = decoded(ds, DCM_AccessionNumber, cs);
    c.procedure = decoded(ds, DCM_RequestedProcedureDescription, cs);
    DcmItem* step = nullptr;
    if (ds.findAndGetSequenceItem(DCM_ScheduledProcedureStepSequence, step, 0).good()) {
        c.scheduledDate = decoded(*step, DCM_ScheduledProcedureStepStartDate, cs);
        if (c.procedure.isEmpty())
            c.procedure = decoded(*step, DCM_ScheduledProcedureStepDescription, cs);
    }
    return c;
}

} // namespace

QString Candidate::kindName(Kind kind) {
    switch (kind) {
    case Kind::Pacs:
        return QStringLiteral("pacs");
    case Kind::Worklist:
        return QStringLiteral("worklist");
    case Kind::Archive:
        return QStringLiteral("archive");
    }
    return QString();
}

QJsonObject Candidate::toJson() const {
    QJsonObject o{{QStringLiteral("source"), source},
                  {QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("id"), patient.id},
                  {QStringLiteral("issuer"), patient.issuer},
                  {QStringLiteral("name"), patient.name},
                  {QStringLiteral("birthDate"), patient.birthDate},
                  {QStringLiteral("sex"), patient.sex},
                  {QStringLiteral("score"), match.score},
                  {QStringLiteral("verdict"), CandidateMatch::verdictName(match.verdict)},
                  {QStringLiteral("matches"), QJsonArray::fromStringList(match.matches)},
                  {QStringLiteral("differences"), QJsonArray::fromStringList(match.differences)}};
    if (!characterSetNote.isEmpty())
        o.insert(QStringLiteral("characterSetNote"), characterSetNote);
    if (kind == Kind::Worklist) {
        o.insert(QStringLiteral("accessionNumber"), accessionNumber);
        o.insert(QStringLiteral("scheduledDate"), scheduledDate);
        o.insert(QStringLiteral("procedure"), procedure);
    }
    return o;
}

QJsonObject PatientReconciliation::toJson() const {
    QJsonArray list;
    for (const Candidate& c : candidates)
        list.append(c.toJson());
    return QJsonObject{
        {QStringLiteral("outside"),
         QJsonObject{{QStringLiteral("id"), outside.id},
                     {QStringLiteral("issuer"), outside.issuer},
                     {QStringLiteral("name"), outside.name},
                     {QStringLiteral("birthDate"), outside.birthDate},
                     {QStringLiteral("sex"), outside.sex},
                     {QStringLiteral("institutions"), QJsonArray::fromStringList(institutions)},
                     {QStringLiteral("instances"), instances},
                     {QStringLiteral("studies"), QJsonArray::fromStringList(studies)}}},
        {QStringLiteral("candidates"), list},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
        {QStringLiteral("failedSources"), QJsonArray::fromStringList(failedSources)},
    };
}

QVector<PatientReconciliation> PatientReconciler::reconcile(const CheckReport& report) const {
    QVector<PatientReconciliation> out;
    for (const PatientContents& p : report.contents.patients) {
        if (cancelled())
            break;
        out << reconcile(p);
    }
    return out;
}

PatientReconciliation PatientReconciler::reconcile(const PatientContents& p) const {
    PatientReconciliation r =
        reconcile(PatientDemographics{p.id, p.issuer, p.name, p.birthDate, p.sex}, p.institutions);
    r.instances = p.instanceCount();
    for (const StudyContents& s : p.studies)
        r.studies << s.uid;
    return r;
}

QStringList PatientReconciler::ownAuthorities(const Settings& settings) {
    const QString institution = settings.string(QString::fromLatin1(Settings::InstitutionName));
    return institution.trimmed().isEmpty() ? QStringList() : QStringList{institution.trimmed()};
}

PatientReconciliation PatientReconciler::reconcile(const PatientDemographics& outside,
                                                   const QStringList& institutions) const {
    PatientReconciliation r;
    r.outside = outside;
    r.institutions = institutions;
    QVector<Candidate> found;
    const qint64 total = options_.sources.size();
    qint64 done = 0;
    for (const DicomNode& node : options_.sources) {
        if (cancelled())
            break;
        if (options_.progress)
            options_.progress(tr("asking %1").arg(DicomNode::readableName(node.name)), done, total);
        const int problemsBefore = r.problems.size();
        if (node.isLocal()) {
            askArchive(outside, std::nullopt, QString(), found, r.problems);
        } else {
            if (node.has(DicomNode::Find))
                askPacs(node, outside, std::nullopt, found, r.problems);
            if (node.has(DicomNode::Worklist))
                askWorklist(node, outside, std::nullopt, found, r.problems);
        }
        if (r.problems.size() > problemsBefore)
            r.failedSources << node.name;
        ++done;
    }
    if (options_.progress)
        options_.progress(tr("scoring candidates"), done, total);
    const IdAuthority authority{options_.ownAuthorities, institutions};
    for (Candidate& c : found)
        c.match = CandidateScorer::score(outside, c.patient, authority);
    // A candidate shares the ID, the birth date or a name with the outside patient (the same
    // sex alone is everybody else of that sex); best first, sources in the order asked.
    found.erase(std::remove_if(found.begin(), found.end(),
                               [](const Candidate& c) { return !c.match.relevant; }),
                found.end());
    std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
        return a.match.score > b.match.score;
    });
    if (found.size() > options_.maxCandidates)
        found.resize(options_.maxCandidates);
    r.candidates = found;
    return r;
}

QVector<KnownPatient> PatientReconciler::lookup(const QString& localId, const QString& issuer,
                                                QStringList* problems) const {
    QStringList ignored;
    QStringList& notes = problems ? *problems : ignored;
    QVector<Candidate> found;
    const PatientDemographics none;
    for (const DicomNode& node : options_.sources) {
        if (cancelled())
            break;
        if (node.isLocal()) {
            askArchive(none, localId, issuer, found, notes);
        } else {
            if (node.has(DicomNode::Find))
                askPacs(node, none, localId, found, notes);
            if (node.has(DicomNode::Worklist))
                askWorklist(node, none, localId, found, notes);
        }
    }
    QVector<KnownPatient> known;
    for (const Candidate& c : std::as_const(found)) {
        if (c.patient.id != localId)
            continue;
        // An issuer given by the person must be the source's, when the source names one.
        if (!issuer.isEmpty() && !c.patient.issuer.isEmpty() && c.patient.issuer != issuer)
            continue;
        known << KnownPatient{c.patient, c.source, c.kind, c.accessionNumber};
    }
    return known;
}

void PatientReconciler::askPacs(const DicomNode& node, const PatientDemographics& outside,
                                const std::optional<QString>& onlyId, QVector<Candidate>& out,
                                QStringList& problems) const {
    // The keys to ask with, in the node's character set.
    const QVector<QPair<DcmTagKey, QString>> keys =
        onlyId ? QVector<QPair<DcmTagKey, QString>>{{DCM_PatientID, *onlyId}}
               : searchKeys(outside, node.characterSet);
    if (keys.isEmpty())
        return; // nothing to ask a PACS with
    auto association = DicomAssociation::open(node, options_.local,
                                              {DicomQuery::context(DicomQuery::Model::PatientRoot),
                                               DicomQuery::context(DicomQuery::Model::StudyRoot)});
    if (!association) {
        problems << association.error().message;
        return;
    }
    const bool patientRoot =
        (*association)->contextFor(DicomQuery::sopClass(DicomQuery::Model::PatientRoot)) != 0;
    QSet<QString> seen;
    for (const auto& k : std::as_const(keys)) {
        if (cancelled())
            return;
        bool usePatientRoot = patientRoot;
        for (int attempt = 0; attempt < 2; ++attempt) {
            DcmDataset q =
                patientQuery(usePatientRoot ? QStringLiteral("PATIENT") : QStringLiteral("STUDY"),
                             node.characterSet);
            putText(q, k.first, k.second, node.characterSet);
            Result<DicomQuery::Answers> answers = DicomQuery::find(
                **association,
                usePatientRoot ? DicomQuery::Model::PatientRoot : DicomQuery::Model::StudyRoot, q);
            if (!answers) {
                if (answers.error().kind == Error::Kind::Invalid && usePatientRoot) {
                    usePatientRoot = false; // no patient root here: ask at study level
                    continue;
                }
                if (refusedName(answers.error(), k.first))
                    break;
                problems << answers.error().message;
                return;
            }
            for (const auto& ds : std::as_const(answers->datasets)) {
                Candidate c;
                c.patient = demographicsOf(*ds);
                c.source = node.name;
                c.kind = Candidate::Kind::Pacs;
                c.characterSetNote = AnswerCharacterSet::lostNames(*ds, node.name);
                if (c.patient.id.isEmpty() || seen.contains(key(c.patient)))
                    continue;
                seen.insert(key(c.patient));
                out << c;
            }
            if (answers->truncated)
                problems << tr("%1 matched more patients than are shown; narrow the search.")
                                .arg(node.name);
            break;
        }
    }
}

void PatientReconciler::askWorklist(const DicomNode& node, const PatientDemographics& outside,
                                    const std::optional<QString>& onlyId, QVector<Candidate>& out,
                                    QStringList& problems) const {
    // By ID: whatever the date. Otherwise every order in the scheduling window; a window with
    // more than can be read is asked again by the ID, the birth date and the name.
    QString window;
    if (!onlyId) {
        window =
            options_.today.addDays(-options_.worklistDays).toString(QStringLiteral("yyyyMMdd")) +
            QLatin1Char('-') +
            options_.today.addDays(options_.worklistDays).toString(QStringLiteral("yyyyMMdd"));
    }
    QVector<QPair<DcmTagKey, QString>> keys{{DCM_PatientID, onlyId.value_or(QString())}};
    QSet<QString> seen;
    bool truncated = false;
    for (int i = 0; i < keys.size(); ++i) {
        if (cancelled())
            return;
        DcmItem* sps = nullptr;
        DcmDataset q = worklistQuery(node.characterSet, sps);
        if (!keys.at(i).second.isEmpty())
            putText(q, keys.at(i).first, keys.at(i).second, node.characterSet);
        if (window.isEmpty())
            sps->insertEmptyElement(DCM_ScheduledProcedureStepStartDate);
        else
            sps->putAndInsertString(DCM_ScheduledProcedureStepStartDate,
                                    window.toLatin1().constData());
        Result<DicomQuery::Answers> answers = DicomQuery::find(
            node, options_.local, DicomQuery::Model::Worklist, q, options_.worklistMaxAnswers);
        if (!answers && refusedName(answers.error(), keys.at(i).first))
            continue;
        if (!answers) {
            problems << answers.error().message;
            return;
        }
        for (const auto& ds : std::as_const(answers->datasets)) {
            Candidate c = worklistCandidate(*ds, node.name);
            const QString id = key(c.patient) + QChar(0) + c.accessionNumber;
            if (!c.patient.id.isEmpty() && !seen.contains(id)) {
                seen.insert(id);
                out << c;
            }
        }
        if (answers->truncated && i == 0 && !onlyId) {
            keys << searchKeys(outside, node.characterSet);
        } else if (answers->truncated) {
            truncated = true;
        }
    }
    if (truncated)
        problems << tr("%1 has more worklist entries in the period asked than were read; the "
                       "patient may be among those not read.")
                        .arg(node.name);
}

void PatientReconciler::askArchive(const PatientDemographics& outside,
                                   const std::optional<QString>& onlyId, const QString& issuer,
                                   QVector<Candidate>& out, QStringList& problems) const {
    if (!options_.archive) {
        problems << tr("The local archive is not available here.");
        return;
    }
    ArchiveQuery query;
    if (onlyId) {
        query.patientId = *onlyId;
        query.issuer = issuer;
    } else {
        query.patientId = outside.id;
        query.birthDate = outside.birthDate;
        query.name = outside.name;
        query.namePrefixes = PatientSearchKeys::of(outside.name).archivePrefixes();
    }
    Result<QVector<ArchivedPatient>> found = options_.archive->findPatients(query);
    if (!found) {
        problems << found.error().message;
        return;
    }
    for (const ArchivedPatient& p : *found) {
        Candidate c;
        c.patient = p.demographics;
        c.source = QString::fromLatin1(DicomNode::LocalName);
        c.kind = Candidate::Kind::Archive;
        out << c;
    }
}

} // namespace pdi
