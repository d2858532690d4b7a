#include "StorageCommitment.h"

#include "CommitmentListener.h"

#include <QDeadlineTimer>
#include <QThread>

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace pdi {

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
    QHostAddress address(local.listenAddress);
    if (local.listenAddress.isEmpty())
        address = CommitmentListener::addressTowards(node.host, node.port);
    if (address.isNull())
        return Error::network(tr("This station has no address from which it reaches %1, so it "
                                 "cannot receive the storage commitment result; check the "
                                 "node's host or set station.dicomAddress.")
                                  .arg(DicomAssociation::describe(node)));
    CommitmentListener::Expected expected;
    expected.calledAeTitle = local.callingAeTitleFor(node);
    expected.callingAeTitle = node.aeTitle;
    expected.peers = CommitmentListener::addressesOf(node.host);
    expected.transactionUid = transactionUid;
    expected.timeoutSeconds = qBound(1, local.timeoutSeconds, 10);
    // Listen before asking: a fast PACS reports at once.
    Result<std::unique_ptr<CommitmentListener>> listener =
        CommitmentListener::open(address, local.listenPort, expected);
    if (!listener)
        return listener.error();
    OFCondition c;

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

    Report report = (*listener)->wait(QDeadlineTimer(qint64(timeoutSeconds) * 1000), cancel);
    report.transactionUid = transactionUid;
    return report;
}

} // namespace pdi
