#include "DicomAssociation.h"

#include "DicomTls.h"
#include "dicom/Dcmtk.h"
#include "settings/ImportSettings.h"
#include "settings/Settings.h"

#include <QFile>
#include <QUuid>

#include <mutex>

#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmtls/tlslayer.h>

namespace pdi {

namespace {

// DcmSCU keeps the TLS switch protected; this opens it for DicomAssociation only.
class NodeScu : public DcmSCU {
public:
    using DcmSCU::findPresentationContext;
    using DcmSCU::useSecureConnection;
};

OFList<OFString> toList(const QStringList& items) {
    OFList<OFString> out;
    for (const QString& s : items)
        out.push_back(OFString(s.toLatin1().constData()));
    return out;
}

QString conditionText(const OFCondition& c) {
    // DCMTK adds the system's error text (strerror), which is in the locale's encoding: UTF-8
    // on a Japanese desktop. Read as Latin-1 it came out as mojibake.
    return QString::fromLocal8Bit(c.text());
}

} // namespace

void initDicomNetwork() {
    static std::once_flag once;
    std::call_once(once, [] {
        initDcmtk();
        if (!qEnvironmentVariableIsSet("TCP_NODELAY"))
            qputenv("TCP_NODELAY", "1");
    });
}

LocalAe LocalAe::fromSettings(const Settings& settings) {
    LocalAe local;
    const ImportSettings station(settings);
    local.aeTitle = station.aeTitle();
    local.timeoutSeconds = station.networkTimeoutSeconds();
    local.listenPort = station.dicomPort();
    local.listenAddress = station.dicomAddress();
    return local;
}

QString DicomAssociation::describe(const DicomNode& node) {
    return tr("node %1 (%2 at %3:%4%5)")
        .arg(node.name, node.aeTitle, node.host)
        .arg(node.port)
        .arg(node.tls ? tr(", TLS") : QString());
}

QString DicomAssociation::explain(const DicomNode& node, const OFCondition& c) {
    const QString what = conditionText(c);
    if (c == DUL_ASSOCIATIONREJECTED)
        return tr("%1 refused the association (%2). Check the node's AE title and that the node "
                  "knows this station's AE title.")
            .arg(describe(node), what);
    if (c == NET_EC_NoAcceptablePresentationContexts)
        return tr("%1 accepts none of the kinds of object or transfer syntaxes proposed (%2).")
            .arg(describe(node), what);
    if (c == DUL_PEERABORTEDASSOCIATION || c == DUL_PEERREQUESTEDRELEASE ||
        c == DUL_NETWORKCLOSED || c == DUL_READTIMEOUT || c == DIMSE_READPDVFAILED ||
        c == DIMSE_NODATAAVAILABLE || c == DIMSE_SENDFAILED || c == DIMSE_RECEIVEFAILED ||
        c == DIMSE_ILLEGALASSOCIATION)
        return tr("The connection to %1 was lost (%2). Check that the node is running and that "
                  "it knows this station's AE title; an import started again continues where "
                  "this one stopped.")
            .arg(describe(node), what);
    if (node.tls && (what.contains(QLatin1String("TLS"), Qt::CaseInsensitive) ||
                     what.contains(QLatin1String("SSL"), Qt::CaseInsensitive)))
        return tr("The TLS connection to %1 failed (%2). The node must offer TLS 1.2 or later "
                  "with the ciphers of BCP 195, and present a certificate signed by the node's CA "
                  "file%3.")
            .arg(describe(node), what,
                 node.verifyHostName ? tr(" that names the host %1").arg(node.host) : QString());
    return tr("%1 cannot be reached or did not answer (%2). Check that it is running, its host "
              "name, port and AE title%3, and that no firewall blocks the connection.")
        .arg(describe(node), what, node.tls ? tr(", the TLS certificates") : QString());
}

QString DicomAssociation::newUid() {
    // 2.25 + the UUID as a decimal integer (PS3.5 B.2): unique without a registered root.
    const QByteArray hex = QUuid::createUuid().toRfc4122().toHex();
    // 128-bit hex to decimal by repeated division.
    QVector<int> digits(hex.size());
    for (int i = 0; i < hex.size(); ++i)
        digits[i] = QByteArray(1, hex.at(i)).toInt(nullptr, 16);
    QString decimal;
    while (!digits.isEmpty()) {
        QVector<int> quotient;
        int remainder = 0;
        for (int d : std::as_const(digits)) {
            const int value = remainder * 16 + d;
            const int q = value / 10;
            remainder = value % 10;
            if (!quotient.isEmpty() || q != 0)
                quotient << q;
        }
        decimal.prepend(QChar(QLatin1Char('0' + remainder)));
        digits = quotient;
    }
    return QStringLiteral("2.25.") + (decimal.isEmpty() ? QStringLiteral("0") : decimal);
}

Result<std::unique_ptr<DicomAssociation>>
DicomAssociation::open(const DicomNode& node, const LocalAe& local,
                       const QVector<PresentationContext>& contexts) {
    initDicomNetwork();
    std::unique_ptr<DicomAssociation> a(new DicomAssociation());
    a->node_ = node;
    auto scu = std::make_unique<NodeScu>();
    scu->setAETitle(local.callingAeTitleFor(node).toLatin1().constData());
    scu->setPeerAETitle(node.aeTitle.toLatin1().constData());
    scu->setPeerHostName(node.host.toLatin1().constData());
    scu->setPeerPort(Uint16(node.port));
    scu->setMaxReceivePDULength(ASC_DEFAULTMAXPDU * 4);
    scu->setConnectionTimeout(Sint32(local.timeoutSeconds));
    scu->setACSETimeout(Uint32(local.timeoutSeconds));
    scu->setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    scu->setDIMSETimeout(Uint32(local.timeoutSeconds));
    scu->setVerbosePCMode(OFFalse);
    for (const PresentationContext& pc : contexts) {
        const OFCondition c = scu->addPresentationContext(pc.abstractSyntax.toLatin1().constData(),
                                                          toList(pc.transferSyntaxes), pc.role);
        if (c.bad())
            return Error::invalid(tr("Cannot propose %1 to %2: %3")
                                      .arg(pc.abstractSyntax, describe(node), conditionText(c)));
    }
    OFCondition c = scu->initNetwork();
    if (c.bad())
        return Error::network(explain(node, c));
    if (node.tls) {
        Result<std::unique_ptr<DcmTLSTransportLayer>> tls = DicomTls::requestorFor(node);
        if (!tls)
            return tls.error();
        c = static_cast<NodeScu&>(*scu).useSecureConnection(tls->get());
        if (c.bad())
            return Error::network(
                tr("DICOM TLS cannot be set up for %1: %2").arg(describe(node), conditionText(c)));
        a->tls_ = std::move(*tls);
    }
    c = scu->negotiateAssociation();
    if (c.bad())
        return Error::network(explain(node, c));
    a->scu_ = std::move(scu);
    return a;
}

DicomAssociation::~DicomAssociation() {
    if (scu_ && scu_->isConnected())
        scu_->releaseAssociation();
    scu_.reset(); // before the TLS layer it uses
}

T_ASC_PresentationContextID DicomAssociation::contextFor(const QString& abstractSyntax,
                                                         const QString& transferSyntax) const {
    return scu_->findPresentationContextID(abstractSyntax.toLatin1().constData(),
                                           transferSyntax.toLatin1().constData());
}

QString DicomAssociation::transferSyntaxOf(T_ASC_PresentationContextID id) const {
    OFString abstractSyntax;
    OFString transferSyntax;
    static_cast<NodeScu&>(*scu_).findPresentationContext(id, abstractSyntax, transferSyntax);
    return QString::fromLatin1(transferSyntax.c_str());
}

bool DicomAssociation::isConnected() const {
    return scu_ && scu_->isConnected();
}

void DicomAssociation::release() {
    if (scu_ && scu_->isConnected())
        scu_->releaseAssociation();
}

void DicomAssociation::abort() {
    if (scu_ && scu_->isConnected())
        scu_->abortAssociation();
}

Result<void> DicomEcho::echo(const DicomNode& node, const LocalAe& local) {
    if (node.isLocal())
        return {};
    auto association =
        DicomAssociation::open(node, local,
                               {{QString::fromLatin1(UID_VerificationSOPClass),
                                 {QString::fromLatin1(UID_LittleEndianExplicitTransferSyntax),
                                  QString::fromLatin1(UID_LittleEndianImplicitTransferSyntax)}}});
    if (!association)
        return association.error();
    DicomAssociation& a = **association;
    const T_ASC_PresentationContextID id =
        a.contextFor(QString::fromLatin1(UID_VerificationSOPClass));
    if (id == 0)
        return Error::network(
            tr("%1 does not accept C-ECHO (Verification).").arg(DicomAssociation::describe(node)));
    const OFCondition c = a.scu().sendECHORequest(id);
    if (c.bad()) {
        a.abort();
        return Error::network(DicomAssociation::explain(node, c));
    }
    a.release();
    return {};
}

} // namespace pdi
