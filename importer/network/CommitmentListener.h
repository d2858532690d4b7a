#pragma once

#include "StorageCommitment.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QVector>

#include <atomic>
#include <memory>

namespace pdi {

// Where a storage commitment report is received while an import waits for it, and from whom it
// is taken:
//   - the port is bound to one address (station.dicomAddress, by default the address this host
//     uses to reach the node), never to every interface;
//   - an association is accepted only when it calls this station's AE title, comes from the
//     node's AE title, and from one of the node's addresses;
//   - several associations are served at once, each with a short time limit, so that a peer
//     that connects and stalls holds up only itself.
class CommitmentListener {
    Q_DECLARE_TR_FUNCTIONS(pdi::CommitmentListener)

public:
    struct Expected {
        QString calledAeTitle;       // this station, as the node calls it
        QString callingAeTitle;      // the node
        QVector<QHostAddress> peers; // the node's addresses
        QString transactionUid;      // the report to wait for; others are answered and ignored
        int timeoutSeconds = 10;     // per association: opening it and each message
    };
    static constexpr int Workers = 4;

    static Result<std::unique_ptr<CommitmentListener>> open(const QHostAddress& address, int port,
                                                            const Expected& expected);
    ~CommitmentListener();
    CommitmentListener(const CommitmentListener&) = delete;
    CommitmentListener& operator=(const CommitmentListener&) = delete;

    // Until the report arrived, the deadline passed or *cancel; received is false without it.
    StorageCommitment::Report wait(QDeadlineTimer deadline, const std::atomic<bool>* cancel);

    // The local address this host sends from to reach host:port (the interface that reaches
    // the node); null when the host cannot be resolved or reached.
    static QHostAddress addressTowards(const QString& host, int port);
    // Every address of the host (itself when it is an address).
    static QVector<QHostAddress> addressesOf(const QString& host);

    struct Shared;

private:
    explicit CommitmentListener(std::shared_ptr<Shared> shared)
        : shared_(std::move(shared)) {}
    std::shared_ptr<Shared> shared_;
};

} // namespace pdi
