#include "CommitmentListener.h"

#include <QHostInfo>
#include <QThread>
#include <QUdpSocket>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/dulstruc.h>
#include <dcmtk/dcmnet/scpthrd.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace pdi {

namespace {

QString text(DcmItem& item, const DcmTagKey& tag) {
    OFString v;
    item.findAndGetOFString(tag, v);
    return QString::fromLatin1(v.c_str()).trimmed();
}

bool sameAddress(const QHostAddress& a, const QHostAddress& b) {
    // An IPv4 peer on a dual-stack socket appears as ::ffff:a.b.c.d.
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

} // namespace

struct CommitmentListener::Shared {
    Expected expected;
    T_ASC_Network* network = nullptr;
    std::atomic<bool> stop{false};
    std::mutex mutex;
    StorageCommitment::Report report;
    std::vector<std::thread> workers;

    // The node's report for our transaction; anything else is answered and ignored.
    void take(DcmDataset& ds) {
        if (text(ds, DCM_TransactionUID) != expected.transactionUid)
            return; // an older transaction: its instances are asked for again in this one
        StorageCommitment::Report r;
        r.transactionUid = expected.transactionUid;
        DcmItem* item = nullptr;
        for (signed long i = 0;
             ds.findAndGetSequenceItem(DCM_ReferencedSOPSequence, item, i).good(); ++i)
            r.committed.append({text(*item, DCM_ReferencedSOPClassUID),
                                text(*item, DCM_ReferencedSOPInstanceUID)});
        for (signed long i = 0; ds.findAndGetSequenceItem(DCM_FailedSOPSequence, item, i).good();
             ++i) {
            Uint16 reason = 0;
            item->findAndGetUint16(DCM_FailureReason, reason);
            r.failed.append({{text(*item, DCM_ReferencedSOPClassUID),
                              text(*item, DCM_ReferencedSOPInstanceUID)},
                             reason,
                             StorageCommitment::failureText(reason)});
        }
        r.received = true;
        std::lock_guard<std::mutex> lock(mutex);
        if (!report.received)
            report = r;
    }
    bool received() {
        std::lock_guard<std::mutex> lock(mutex);
        return report.received;
    }
};

namespace {

// One association, in a worker thread: the checks of who may report, then the N-EVENT-REPORT.
class ReportReceiver : public DcmThreadSCP {
public:
    explicit ReportReceiver(CommitmentListener::Shared& shared)
        : shared_(shared) {
        DcmSCPConfig& cfg = getConfig();
        const CommitmentListener::Expected& e = shared.expected;
        cfg.setAETitle(e.calledAeTitle.toLatin1().constData());
        cfg.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
        cfg.setDIMSETimeout(Uint32(e.timeoutSeconds));
        cfg.setACSETimeout(Uint32(e.timeoutSeconds));
        cfg.setHostLookupEnabled(OFFalse);
        OFList<OFString> syntaxes;
        syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
        syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
        cfg.addPresentationContext(UID_StorageCommitmentPushModelSOPClass, syntaxes,
                                   ASC_SC_ROLE_SCUSCP);
        cfg.addPresentationContext(UID_VerificationSOPClass, syntaxes);
    }

protected:
    OFBool checkCalledAETitleAccepted(const OFString& calledAE) override {
        return QString::fromLatin1(calledAE.c_str()).trimmed() ==
               shared_.expected.calledAeTitle.trimmed();
    }
    OFBool checkCallingAETitleAccepted(const OFString& callingAE) override {
        return QString::fromLatin1(callingAE.c_str()).trimmed() ==
               shared_.expected.callingAeTitle.trimmed();
    }
    // DcmSCP hands over the host it noted when it accepted the connection itself; a worker
    // that was handed the association judges the address DCMTK's upper layer recorded.
    OFBool checkCallingHostAccepted(const OFString&) override {
        const QHostAddress peer(peerAddress_);
        for (const QHostAddress& allowed : std::as_const(shared_.expected.peers)) {
            if (sameAddress(peer, allowed))
                return OFTrue;
        }
        return OFFalse;
    }

    OFCondition handleIncomingCommand(T_DIMSE_Message* message,
                                      const DcmPresentationContextInfo& info) override {
        if (message->CommandField != DIMSE_N_EVENT_REPORT_RQ)
            return DcmSCP::handleIncomingCommand(message, info);
        DcmDataset* dataset = nullptr;
        Uint16 eventType = 0;
        const OFCondition c = handleEVENTREPORTRequest(
            message->msg.NEventReportRQ, info.presentationContextID, dataset, eventType);
        if (dataset) {
            shared_.take(*dataset);
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

public:
    void setPeerAddress(const QString& address) { peerAddress_ = address; }

private:
    CommitmentListener::Shared& shared_;
    QString peerAddress_;
};

void serve(CommitmentListener::Shared* shared) {
    while (!shared->stop.load()) {
        T_ASC_Association* assoc = nullptr;
        // Accepting and reading the association request happen here, in this worker: a peer
        // that connects and says nothing holds this worker up to the time limit, not the others.
        const OFCondition c = ASC_receiveAssociation(shared->network, &assoc, ASC_DEFAULTMAXPDU,
                                                     nullptr, nullptr, OFFalse, DUL_NOBLOCK, 1);
        if (c.good() && assoc) {
            ReportReceiver receiver(*shared);
            receiver.setPeerAddress(
                QString::fromLatin1(assoc->params->DULparams.callingPresentationAddress));
            receiver.run(assoc); // takes the association and ends it
            continue;
        }
        if (assoc) {
            ASC_dropAssociation(assoc);
            ASC_destroyAssociation(&assoc);
        }
        if (c != DUL_NOASSOCIATIONREQUEST)
            QThread::msleep(50); // another worker took the connection, or it broke off
    }
}

} // namespace

QHostAddress CommitmentListener::addressTowards(const QString& host, int port) {
    for (const QHostAddress& target : addressesOf(host)) {
        QUdpSocket probe;
        // A datagram socket sends nothing on connect; the kernel only picks the route.
        probe.connectToHost(target, quint16(port > 0 ? port : 104));
        if (probe.waitForConnected(1000) && !probe.localAddress().isNull())
            return probe.localAddress();
    }
    return QHostAddress();
}

QVector<QHostAddress> CommitmentListener::addressesOf(const QString& host) {
    const QHostAddress literal(host);
    if (!literal.isNull())
        return {literal};
    const QHostInfo info = QHostInfo::fromName(host);
    return QVector<QHostAddress>(info.addresses().cbegin(), info.addresses().cend());
}

Result<std::unique_ptr<CommitmentListener>>
CommitmentListener::open(const QHostAddress& address, int port, const Expected& expected) {
    auto shared = std::make_shared<Shared>();
    shared->expected = expected;

    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Error::network(tr("This station cannot open a socket for storage commitment "
                                 "results: %1")
                                  .arg(QString::fromLocal8Bit(std::strerror(errno))));
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(quint16(port));
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &raw, sizeof raw);
        length = sizeof *a;
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(quint16(port));
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof *a;
    }
    // Non-blocking: when two workers wake for one connection, the one that loses gets EAGAIN
    // instead of waiting for the next connection.
    if (::bind(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0 || ::listen(fd, 32) != 0 ||
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return Error::network(tr("This station cannot listen on %1 port %2 for storage "
                                 "commitment results (%3); another program may use the port, or "
                                 "the address is not one of this computer's.")
                                  .arg(address.toString())
                                  .arg(port)
                                  .arg(why));
    }
    // Peers are judged by address; names from reverse lookups could be forged.
    dcmDisableGethostbyaddr.set(OFTrue);
    // DCMTK's network binds every interface itself; this one takes the socket bound above.
    OFCondition c =
        ASC_initializeNetwork(NET_REQUESTOR, 0, expected.timeoutSeconds, &shared->network);
    if (c.bad()) {
        ::close(fd);
        return Error::network(tr("This station cannot prepare for storage commitment results "
                                 "(%1).")
                                  .arg(QString::fromLocal8Bit(c.text())));
    }
    shared->network->role = NET_ACCEPTOR;
    shared->network->acceptorPort = port;
    auto* key = reinterpret_cast<PRIVATE_NETWORKKEY*>(shared->network->network);
    key->applicationFunction |= DICOM_APPLICATION_ACCEPTOR;
    key->networkSpecific.TCP.port = port;
    key->networkSpecific.TCP.listenSocket = fd;
    for (int i = 0; i < Workers; ++i)
        shared->workers.emplace_back(serve, shared.get());
    return std::unique_ptr<CommitmentListener>(new CommitmentListener(shared));
}

CommitmentListener::~CommitmentListener() {
    shared_->stop = true;
    for (std::thread& t : shared_->workers)
        t.join();
    // The socket is ours: closed here, whatever DCMTK does with an acceptor's socket.
    auto* key = reinterpret_cast<PRIVATE_NETWORKKEY*>(shared_->network->network);
    const int fd = key->networkSpecific.TCP.listenSocket;
    key->networkSpecific.TCP.listenSocket = DCMNET_INVALID_SOCKET;
    ASC_dropNetwork(&shared_->network);
    ::close(fd);
}

StorageCommitment::Report CommitmentListener::wait(QDeadlineTimer deadline,
                                                   const std::atomic<bool>* cancel) {
    while (!shared_->received() && !deadline.hasExpired() && !(cancel && cancel->load()))
        QThread::msleep(50);
    std::lock_guard<std::mutex> lock(shared_->mutex);
    return shared_->report;
}

} // namespace pdi
