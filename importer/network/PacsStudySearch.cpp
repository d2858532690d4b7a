#include "PacsStudySearch.h"

#include "AnswerCharacterSet.h"
#include "DicomQuery.h"
#include "dicom/DicomSummaryReader.h"
#include "dicom/PersonName.h"

#include <QHash>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

namespace pdi {

namespace {

// The station asks in UTF-8; each answer carries its own character set.
constexpr const char* QueryCharset = "ISO_IR 192";

DcmDataset studyQuery() {
    DcmDataset q;
    q.putAndInsertString(DCM_SpecificCharacterSet, QueryCharset);
    q.putAndInsertString(DCM_QueryRetrieveLevel, "STUDY");
    for (const DcmTagKey& tag :
         {DCM_PatientName, DCM_PatientID, DCM_IssuerOfPatientID, DCM_PatientBirthDate,
          DCM_PatientSex, DCM_StudyInstanceUID, DCM_StudyDate, DCM_StudyTime, DCM_StudyDescription,
          DCM_AccessionNumber, DCM_ModalitiesInStudy, DCM_NumberOfStudyRelatedSeries,
          DCM_NumberOfStudyRelatedInstances})
        q.insertEmptyElement(tag);
    return q;
}

int number(DcmItem& item, const DcmTagKey& tag) {
    OFString v;
    if (item.findAndGetOFString(tag, v).bad() || v.empty())
        return -1;
    bool ok = false;
    const int n = QString::fromLatin1(v.c_str()).trimmed().toInt(&ok);
    return ok ? n : -1;
}

QStringList modalities(DcmItem& item) {
    OFString v;
    item.findAndGetOFStringArray(DCM_ModalitiesInStudy, v);
    QStringList out;
    for (const QString& m : QString::fromLatin1(v.c_str()).split(QLatin1Char('\\'))) {
        if (!m.trimmed().isEmpty())
            out << m.trimmed();
    }
    return out;
}

bool isWildcard(QChar c) {
    return c == QLatin1Char('*') || c == QLatin1Char('?');
}

} // namespace

QString PacsStudySearch::namePattern(const QString& typed) {
    QString text = typed.trimmed();
    // A person types "Yamada Taro"; DICOM writes the components apart with '^'.
    text.replace(QLatin1Char(' '), QLatin1Char('^'));
    text.replace(QChar(0x3000), QLatin1Char('^')); // ideographic space
    if (text.isEmpty() || std::any_of(text.cbegin(), text.cend(), isWildcard))
        return text; // the person's own pattern
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii ? text + QLatin1Char('*') : QLatin1Char('*') + text + QLatin1Char('*');
}

Result<PacsStudySearch::Found> PacsStudySearch::find(const DicomNode& node, const LocalAe& local,
                                                     const PacsSearchCriteria& criteria,
                                                     int maxStudies) {
    const QString text = criteria.idOrName.trimmed();
    if (text.isEmpty() && criteria.birthDate.isEmpty())
        return Error::invalid(tr("Type a patient ID, a name or a birth date to search %1.")
                                  .arg(DicomAssociation::describe(node)));
    if (!node.has(DicomNode::Find))
        return Error::invalid(tr("The node %1 has no find role; an administrator can give it one "
                                 "under Settings, DICOM nodes.")
                                  .arg(node.name));
    Result<std::unique_ptr<DicomAssociation>> association =
        DicomAssociation::open(node, local, {DicomQuery::context(DicomQuery::Model::StudyRoot)});
    if (!association)
        return association.error();

    // One field holds an ID or a name: the PACS is asked for each, and the answers merged.
    QVector<QPair<DcmTagKey, QString>> keys;
    if (!text.isEmpty()) {
        keys.append({DCM_PatientID, text});
        keys.append({DCM_PatientName, namePattern(text)});
    } else {
        keys.append({DcmTagKey(), QString()});
    }

    Found found;
    QHash<QString, int> patientIndex;
    QSet<QString> studiesSeen;
    int studies = 0;
    for (const auto& key : std::as_const(keys)) {
        DcmDataset q = studyQuery();
        if (key.first != DcmTagKey())
            q.putAndInsertString(key.first, key.second.toUtf8().constData());
        if (!criteria.birthDate.isEmpty())
            q.putAndInsertString(DCM_PatientBirthDate, criteria.birthDate.toLatin1().constData());
        Result<DicomQuery::Answers> answers =
            DicomQuery::find(**association, DicomQuery::Model::StudyRoot, q, maxStudies);
        if (!answers)
            return answers.error();
        found.truncated = found.truncated || answers->truncated;
        for (const auto& ds : std::as_const(answers->datasets)) {
            DicomSummary s;
            DicomSummaryReader::summarize(*ds, s);
            if (s.patientId.isEmpty() || s.studyUid.isEmpty() || studiesSeen.contains(s.studyUid))
                continue;
            studiesSeen.insert(s.studyUid);
            if (++studies > maxStudies) {
                found.truncated = true;
                break;
            }
            const QString patientKey = s.patientId + QChar(0) + s.issuerOfPatientId;
            auto it = patientIndex.find(patientKey);
            if (it == patientIndex.end()) {
                PacsPatient p;
                p.demographics = {s.patientId, s.issuerOfPatientId,
                                  PersonName::withoutEmptyGroups(s.patientName), s.birthDate,
                                  s.sex};
                p.characterSetNote = AnswerCharacterSet::lostNames(*ds, node.name);
                found.patients << p;
                it = patientIndex.insert(patientKey, int(found.patients.size()) - 1);
            }
            StudyOverview study;
            study.uid = s.studyUid;
            study.date = s.studyDate;
            study.time = s.studyTime;
            study.description = s.studyDescription;
            study.id = s.studyId;
            study.accessionNumber = s.accessionNumber;
            study.modalities = modalities(*ds);
            study.series = number(*ds, DCM_NumberOfStudyRelatedSeries);
            study.instances = number(*ds, DCM_NumberOfStudyRelatedInstances);
            found.patients[*it].studies << study;
        }
    }
    // Newest study first, as a person looks for "the CT of last week".
    for (PacsPatient& p : found.patients) {
        std::sort(p.studies.begin(), p.studies.end(),
                  [](const StudyOverview& a, const StudyOverview& b) {
                      return a.date + a.time > b.date + b.time;
                  });
    }
    return found;
}

} // namespace pdi
