#include "StudyRetrieval.h"

#include "DicomQuery.h"

#include <QDir>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/dimse.h>

namespace pdi {

namespace {

QString text(DcmItem& item, const DcmTagKey& tag) {
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return QString::fromLatin1(value.c_str()).trimmed();
}

// The storage classes the PACS may send back, each offered for the PACS to open as SCU on this
// association (SCP role here). DCMTK's short list keeps within the 128 presentation contexts.
QVector<PresentationContext> getContexts() {
    QVector<PresentationContext> contexts;
    contexts << PresentationContext{
        QString::fromLatin1(UID_GETStudyRootQueryRetrieveInformationModel),
        {QString::fromLatin1(UID_LittleEndianExplicitTransferSyntax),
         QString::fromLatin1(UID_LittleEndianImplicitTransferSyntax)},
        ASC_SC_ROLE_DEFAULT};
    for (int i = 0; i < numberOfDcmShortSCUStorageSOPClassUIDs && contexts.size() < 120; ++i) {
        contexts << PresentationContext{
            QString::fromLatin1(dcmShortSCUStorageSOPClassUIDs[i]),
            {QString::fromLatin1(UID_LittleEndianExplicitTransferSyntax),
             QString::fromLatin1(UID_LittleEndianImplicitTransferSyntax)},
            ASC_SC_ROLE_SCP};
    }
    return contexts;
}

} // namespace

Result<QStringList> StudyRetrieval::studiesOf(const DicomNode& node, const LocalAe& local,
                                              const QString& patientId) {
    DcmDataset query;
    query.putAndInsertString(DCM_QueryRetrieveLevel, "STUDY");
    query.putAndInsertString(DCM_PatientID, patientId.toUtf8().constData());
    query.insertEmptyElement(DCM_StudyInstanceUID);
    query.insertEmptyElement(DCM_StudyDate);
    Result<DicomQuery::Answers> answers =
        DicomQuery::find(node, local, DicomQuery::Model::StudyRoot, query);
    if (!answers)
        return answers.error();
    QStringList studies;
    for (const auto& ds : answers->datasets) {
        // Exact match only: C-FIND may treat the ID as a pattern.
        if (text(*ds, DCM_PatientID) != patientId)
            continue;
        const QString uid = text(*ds, DCM_StudyInstanceUID);
        if (!uid.isEmpty() && !studies.contains(uid))
            studies << uid;
    }
    return studies;
}

Result<StudyRetrieval::Outcome>
StudyRetrieval::retrieve(const DicomNode& node, const LocalAe& local, const QString& patientId,
                         QStringList studyUids, const QString& folder,
                         const JobProgress& progress) {
    if (studyUids.isEmpty()) {
        Result<QStringList> found = studiesOf(node, local, patientId);
        if (!found)
            return found.error();
        studyUids = *found;
        if (studyUids.isEmpty())
            return Error::notFound(tr("%1 knows no study of patient ID %2")
                                       .arg(DicomAssociation::describe(node), patientId));
    }
    Result<std::unique_ptr<DicomAssociation>> opened =
        DicomAssociation::open(node, local, getContexts());
    if (!opened)
        return opened.error();
    DicomAssociation& association = **opened;
    const T_ASC_PresentationContextID context =
        association.contextFor(QString::fromLatin1(UID_GETStudyRootQueryRetrieveInformationModel));
    if (context == 0) {
        return Error::invalid(
            tr("%1 does not offer C-GET (Study Root); retrieving from it is not possible")
                .arg(DicomAssociation::describe(node)));
    }
    association.scu().setStorageMode(DCMSCU_STORAGE_DISK);
    association.scu().setStorageDir(OFString(QFile::encodeName(folder).constData()));

    Outcome outcome;
    for (int i = 0; i < studyUids.size(); ++i) {
        if (progress.cancelled())
            return Error::invalid(tr("retrieving was cancelled"));
        progress(tr("Retrieving from the PACS"), i, studyUids.size());
        DcmDataset query;
        query.putAndInsertString(DCM_QueryRetrieveLevel, "STUDY");
        query.putAndInsertString(DCM_StudyInstanceUID, studyUids.at(i).toLatin1().constData());
        OFList<RetrieveResponse*> responses;
        const OFCondition cond = association.scu().sendCGETRequest(context, &query, &responses);
        Uint16 finalStatus = 0xFFFF;
        Uint16 failed = 0;
        for (RetrieveResponse* r : responses) {
            finalStatus = r->m_status;
            failed = r->m_numberOfFailedSubops;
            delete r;
        }
        if (cond.bad())
            return Error::network(DicomAssociation::explain(node, cond));
        if (finalStatus != STATUS_Success &&
            finalStatus != STATUS_GET_Warning_SubOperationsCompleteOneOrMoreFailures) {
            return Error::network(tr("%1 refused to send study %2 (status 0x%3)")
                                      .arg(DicomAssociation::describe(node), studyUids.at(i))
                                      .arg(finalStatus, 4, 16, QLatin1Char('0')));
        }
        outcome.failed += failed;
        outcome.studies << studyUids.at(i);
    }
    association.release();
    outcome.objects = int(QDir(folder).entryList(QDir::Files).size());
    progress(tr("Retrieving from the PACS"), studyUids.size(), studyUids.size());
    if (outcome.failed > 0) {
        return Error::network(
            tr("%1 could not send %n object(s); the medium would be incomplete. Try again or ask "
               "the PACS administrator.",
               nullptr, outcome.failed)
                .arg(DicomAssociation::describe(node)));
    }
    return outcome;
}

} // namespace pdi
