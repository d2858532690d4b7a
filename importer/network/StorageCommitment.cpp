#include "StorageCommitment.h"

#include <QDeadlineTimer>
#include <QThread>

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/scp.h>

namespace pdi {

namespace {

QString text(DcmItem& item, const DcmTagKey& tag) {
    OFString v;
    item.findAndGetOFString(tag, v);
    return QString::fromLatin1(v.c_str()).trimmed();
}

// Receives the node's N-EVENT-REPORT: listens on the station's port, accepts only the node's AE
// title calling this station's AE title, and only the Storage Commitment Push Model (and
// Verification, so that the PACS administrator can test the route with an echo).
class CommitmentListener : public DcmSCP {
public:
    CommitmentListener(const DicomNode& node, const LocalAe& local, QString transactionUid,
                       QDeadlineTimer deadline, const std::atomic<bool>* cancel)
        : nodeAeTitle_(node.aeTitle)
        , transactionUid_(std::move(transactionUid))
        , deadline_(deadline)
        , cancel_(cancel) {
        DcmSCPConfig& cfg = getConfig();
        cfg.setPort(Uint16(local.listenPort));
        cfg.setAETitle(local.callingAeTitleFor(node).toLatin1().constData());
        cfg.setConnectionBlockingMode(DUL_NOBLOCK);
        cfg.setConnectionTimeout(1);
        cfg.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
        cfg.setDIMSETimeout(Uint32(local.timeoutSeconds));
        cfg.setACSETimeout(Uint32(local.timeoutSeconds));
        cfg.setHostLookupEnabled(OFFalse);
        OFList<OFString> syntaxes;
        syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
        syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
        cfg.addPresentationContext(UID_StorageCommitmentPushModelSOPClass, syntaxes,
                                   ASC_SC_ROLE_SCUSCP);
        cfg.addPresentationContext(UID_VerificationSOPClass, syntaxes);
    }

    StorageCommitment::Report report;

    bool finished() const {
        return report.received || deadline_.hasExpired() || (cancel_ && cancel_->load());
    }

protected:
    OFBool checkCallingAETitleAccepted(const OFString& callingAE) override {
        return QString::fromLatin1(callingAE.c_str()).trimmed() == nodeAeTitle_.trimmed();
    }
    OFBool stopAfterConnectionTimeout() override { return finished(); }
    OFBool stopAfterCurrentAssociation() override { return finished(); }

    OFCondition handleIncomingCommand(T_DIMSE_Message* message,
                                      const DcmPresentationContextInfo& info) override {
        if (message->CommandField != DIMSE_N_EVENT_REPORT_RQ)
            return DcmSCP::handleIncomingCommand(message, info);
        DcmDataset* dataset = nullptr;
        Uint16 eventType = 0;
        const OFCondition c = handleEVENTREPORTRequest(
            message->msg.NEventReportRQ, info.presentationContextID, dataset, eventType);
        if (dataset) {
            take(*dataset);
            delete dataset;
        }
        return c;
    }

    Uint16 checkEVENTREPORTRequest(T_DIMSE_N_EventReportRQ& request, DcmDataset* dataset) override {
        if (QString::fromLatin1(request.AffectedSOPClassUID) !=
                QLatin1String(UID_StorageCommitmentPushModelSOPClass) ||
            !dataset)
            return STATUS_N_NoSuchSOPClass;
        return STATUS_Success;
    }

private:
    void take(DcmDataset& ds) {
        if (text(ds, DCM_TransactionUID) != transactionUid_)
            return; // an older transaction: its instances are asked for again in this one
        report.transactionUid = transactionUid_;
        DcmItem* item = nullptr;
        for (signed long i = 0;
             ds.findAndGetSequenceItem(DCM_ReferencedSOPSequence, item, i).good(); ++i)
            report.committed.append({text(*item, DCM_ReferencedSOPClassUID),
                                     text(*item, DCM_ReferencedSOPInstanceUID)});
        for (signed long i = 0; ds.findAndGetSequenceItem(DCM_FailedSOPSequence, item, i).good();
             ++i) {
            Uint16 reason = 0;
            item->findAndGetUint16(DCM_FailureReason, reason);
            report.failed.append({{text(*item, DCM_ReferencedSOPClassUID),
                                   text(*item, DCM_ReferencedSOPInstanceUID)},
                                  reason,
                                  StorageCommitment::failureText(reason)});
        }
        report.received = true;
    }

    QString nodeAeTitle_;
    QString transactionUid_;
    QDeadlineTimer deadline_;
    const std::atomic<bool>* cancel_;
};

} // namespace

QString StorageCommitment::failureText(quint16 reason) {
    switch (reason) {
    case 0x0110:
        return tr("processing failure");
    case 0x0112:
        return tr("no such object instance");
    case 0x0213:
        return tr("resource limitation");
    case 0x0122:
        return tr("SOP class not supported");
    case 0x0119:
        return tr("class / instance conflict");
    case 0x0131:
        return tr("duplicate transaction UID");
    default:
        return tr("failure 0x%1").arg(reason, 4, 16, QLatin1Char('0'));
    }
}

Result<StorageCommitment::Report> StorageCommitment::request(const DicomNode& node,
                                                             const LocalAe& local,
                                                             const QVector<Reference>& references,
                                                             int timeoutSeconds,
                                                             const std::atomic<bool>* cancel) {
    Report empty;
    if (references.isEmpty()) {
        empty.received = true;
        return empty;
    }
    if (local.listenPort <= 0)
        return Error::invalid(
            tr("%1 has the commit role, but this station has no port on which the PACS can "
               "send its storage commitment result. Set station.dicomPort (`pdi config set "
               "station.dicomPort 11113`) and register this station (AE title %2, that port) "
               "in the PACS.")
                .arg(DicomAssociation::describe(node), local.callingAeTitleFor(node)));

    initDicomNetwork();
    const QString transactionUid = DicomAssociation::newUid();
    CommitmentListener listener(node, local, transactionUid,
                                QDeadlineTimer(qint64(timeoutSeconds) * 1000), cancel);
    // Listen before asking: a fast PACS reports at once.
    OFCondition c = listener.openListenPort();
    if (c.bad())
        return Error::network(tr("This station cannot listen on port %1 for storage commitment "
                                 "results (%2); another program may use it. Change "
                                 "station.dicomPort or stop that program.")
                                  .arg(local.listenPort)
                                  .arg(QString::fromLocal8Bit(c.text())));

    {
        auto association = DicomAssociation::open(
            node, local,
            {{QString::fromLatin1(UID_StorageCommitmentPushModelSOPClass),
              {QString::fromLatin1(UID_LittleEndianExplicitTransferSyntax),
               QString::fromLatin1(UID_LittleEndianImplicitTransferSyntax)}}});
        if (!association)
            return association.error();
        DicomAssociation& a = **association;
        const T_ASC_PresentationContextID id =
            a.contextFor(QString::fromLatin1(UID_StorageCommitmentPushModelSOPClass));
        if (id == 0)
            return Error::invalid(tr("%1 does not offer storage commitment; remove the commit "
                                     "role from the node or enable it in the PACS.")
                                      .arg(DicomAssociation::describe(node)));
        DcmDataset ds;
        ds.putAndInsertString(DCM_TransactionUID, transactionUid.toLatin1().constData());
        for (const Reference& r : references) {
            DcmItem* item = nullptr;
            ds.findOrCreateSequenceItem(DCM_ReferencedSOPSequence, item, -2);
            item->putAndInsertString(DCM_ReferencedSOPClassUID, r.sopClass.toLatin1().constData());
            item->putAndInsertString(DCM_ReferencedSOPInstanceUID,
                                     r.sopInstance.toLatin1().constData());
        }
        Uint16 status = 0;
        c = a.scu().sendACTIONRequest(id, UID_StorageCommitmentPushModelSOPInstance, 1, &ds,
                                      status);
        if (c.bad()) {
            a.abort();
            return Error::network(DicomAssociation::explain(node, c));
        }
        if (status != STATUS_Success)
            return Error::network(tr("%1 refused the storage commitment request (status 0x%2).")
                                      .arg(DicomAssociation::describe(node))
                                      .arg(status, 4, 16, QLatin1Char('0')));
        a.release();
    }

    // Wait for the report; acceptAssociations() returns when finished() says so.
    while (!listener.finished()) {
        c = listener.acceptAssociations();
        if (c.bad() && c != NET_EC_StopAfterConnectionTimeout && c != NET_EC_StopAfterAssociation)
            QThread::msleep(100); // a broken association from somebody else: keep listening
    }
    Report report = listener.report;
    report.transactionUid = transactionUid;
    return report;
}

} // namespace pdi
