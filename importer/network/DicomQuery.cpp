#include "DicomQuery.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace pdi {

QString DicomQuery::sopClass(Model model) {
    switch (model) {
    case Model::PatientRoot:
        return QString::fromLatin1(UID_FINDPatientRootQueryRetrieveInformationModel);
    case Model::StudyRoot:
        return QString::fromLatin1(UID_FINDStudyRootQueryRetrieveInformationModel);
    case Model::Worklist:
        return QString::fromLatin1(UID_FINDModalityWorklistInformationModel);
    }
    return QString();
}

PresentationContext DicomQuery::context(Model model) {
    return {sopClass(model),
            {QString::fromLatin1(UID_LittleEndianExplicitTransferSyntax),
             QString::fromLatin1(UID_LittleEndianImplicitTransferSyntax)}};
}

Result<DicomQuery::Answers> DicomQuery::find(const DicomNode& node, const LocalAe& local,
                                             Model model, DcmDataset& query, int maxAnswers) {
    auto association = DicomAssociation::open(node, local, {context(model)});
    if (!association)
        return association.error();
    return find(**association, model, query, maxAnswers);
}

Result<DicomQuery::Answers> DicomQuery::find(DicomAssociation& association, Model model,
                                             DcmDataset& query, int maxAnswers) {
    const DicomNode& node = association.node();
    const T_ASC_PresentationContextID id = association.contextFor(sopClass(model));
    if (id == 0)
        return Error::invalid(
            tr("%1 does not offer %2.")
                .arg(DicomAssociation::describe(node),
                     model == Model::Worklist
                         ? tr("a modality worklist")
                         : (model == Model::PatientRoot ? tr("patient-root queries")
                                                        : tr("study-root queries"))));
    OFList<QRResponse*> responses;
    const OFCondition c = association.scu().sendFINDRequest(id, &query, &responses);
    Answers answers;
    Uint16 finalStatus = 0xFFFF;
    for (QRResponse* r : responses) {
        if (r->m_dataset && (r->m_status == STATUS_Pending || r->m_status == 0xFF01)) {
            if (answers.datasets.size() < maxAnswers)
                answers.datasets << std::shared_ptr<DcmDataset>(new DcmDataset(*r->m_dataset));
            else
                answers.truncated = true;
        }
        finalStatus = r->m_status;
        delete r;
    }
    if (c.bad()) {
        association.abort();
        return Error::network(DicomAssociation::explain(node, c));
    }
    if (finalStatus != STATUS_Success && finalStatus != STATUS_Pending && finalStatus != 0xFF01) {
        // A700 out of resources, A900 identifier does not match the SOP class, Cxxx unable to
        // process: the node cannot answer this kind of query.
        return Error::invalid(tr("%1 could not answer the query (status 0x%2).")
                                  .arg(DicomAssociation::describe(node))
                                  .arg(finalStatus, 4, 16, QLatin1Char('0')));
    }
    return answers;
}

} // namespace pdi
