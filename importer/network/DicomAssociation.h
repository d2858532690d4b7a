#pragma once

#include "node/DicomNode.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

#include <memory>

class DcmTLSTransportLayer;

namespace pdi {

class Settings;

// This station on the network: its AE title (station.aeTitle, or the node's calling AE title),
// the time it waits for a peer (network.timeoutSeconds) and the address and port where it
// receives storage commitment results (station.dicomAddress, station.dicomPort, 0: none).
struct LocalAe {
    QString aeTitle = QStringLiteral("PDISTATION");
    int timeoutSeconds = 30;
    int listenPort = 0;
    QString listenAddress; // station.dicomAddress; empty: the address that reaches the node

    static LocalAe fromSettings(const Settings& settings);
    QString callingAeTitleFor(const DicomNode& node) const {
        return node.callingAeTitle.isEmpty() ? aeTitle : node.callingAeTitle;
    }
};

// Prepares DCMTK's network layer once per process. DCMTK as packaged in Debian leaves Nagle's
// algorithm on unless the environment variable TCP_NODELAY is set; with the peer's delayed
// acknowledgements every C-STORE then waits some 40 ms for its response. This sets TCP_NODELAY=1
// unless the person set it (TCP_NODELAY=0 keeps Nagle).
void initDicomNetwork();

// One presentation context to propose: an abstract syntax and the transfer syntaxes, in order of
// preference.
struct PresentationContext {
    QString abstractSyntax;
    QStringList transferSyntaxes;
    T_ASC_SC_ROLE role = ASC_SC_ROLE_DEFAULT;
};

// One open association with a node (DCMTK's DcmSCU, over DICOM TLS when the node says so).
// Released when destroyed. Every failure is an Error::network whose message names the node,
// says what went wrong and what to check.
class DicomAssociation {
    Q_DECLARE_TR_FUNCTIONS(pdi::DicomAssociation)

public:
    static Result<std::unique_ptr<DicomAssociation>>
    open(const DicomNode& node, const LocalAe& local, const QVector<PresentationContext>& contexts);
    ~DicomAssociation();
    DicomAssociation(const DicomAssociation&) = delete;
    DicomAssociation& operator=(const DicomAssociation&) = delete;

    // The accepted context for this abstract syntax (and transfer syntax, when given); 0: none.
    T_ASC_PresentationContextID contextFor(const QString& abstractSyntax,
                                           const QString& transferSyntax = QString()) const;
    // The transfer syntax accepted on a context.
    QString transferSyntaxOf(T_ASC_PresentationContextID id) const;
    bool isConnected() const;

    DcmSCU& scu() { return *scu_; }
    const DicomNode& node() const { return node_; }

    // Ends the association politely (A-RELEASE), or abruptly when the peer misbehaved.
    void release();
    void abort();

    // "the PACS pacs (ORTHANC at 127.0.0.1:4242)"
    static QString describe(const DicomNode& node);
    // A DCMTK condition as a sentence for a person, with what to check.
    static QString explain(const DicomNode& node, const OFCondition& condition);

    // A fresh UID under this application's root, e.g. for a storage commitment transaction.
    static QString newUid();

private:
    DicomAssociation() = default;
    DicomNode node_;
    std::unique_ptr<DcmTLSTransportLayer> tls_;
    std::unique_ptr<DcmSCU> scu_;
};

// C-ECHO: is the node there, does it accept this station, does TLS work.
class DicomEcho {
    Q_DECLARE_TR_FUNCTIONS(pdi::DicomEcho)

public:
    static Result<void> echo(const DicomNode& node, const LocalAe& local);
};

} // namespace pdi
