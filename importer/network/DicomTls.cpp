#include "DicomTls.h"

#include <QFile>
#include <QHostAddress>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmtls/tlslayer.h>

#include <openssl/ssl.h>
#include <openssl/x509v3.h>

namespace pdi {

namespace {

QString describe(const DicomNode& node) {
    return DicomTls::tr("node %1 (%2 at %3:%4, TLS)")
        .arg(node.name, node.aeTitle, node.host)
        .arg(node.port);
}

QString conditionText(const OFCondition& c) {
    return QString::fromLocal8Bit(c.text());
}

// OpenSSL compares the peer's certificate with the node's host during the handshake: an IP
// address with the certificate's IP entries, a name with its DNS entries (no partial wildcards).
bool requireHostName(DcmTLSTransportLayer& tls, const QString& host) {
    X509_VERIFY_PARAM* param = SSL_CTX_get0_param(tls.getNativeHandle());
    if (!param)
        return false;
    const QByteArray h = host.toLatin1();
    if (!QHostAddress(host).isNull())
        return X509_VERIFY_PARAM_set1_ip_asc(param, h.constData()) == 1;
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    return X509_VERIFY_PARAM_set1_host(param, h.constData(), size_t(h.size())) == 1;
}

} // namespace

Result<std::unique_ptr<DcmTLSTransportLayer>> DicomTls::requestorFor(const DicomNode& node) {
    auto tls = std::make_unique<DcmTLSTransportLayer>(NET_REQUESTOR, nullptr, OFTrue);
    if (!*tls)
        return Error::network(
            tr("DICOM TLS cannot be set up for %1 (OpenSSL did not start).").arg(describe(node)));
    OFCondition c = tls->setTLSProfile(TSP_Profile_BCP195_ND);
    if (c.good())
        c = tls->activateCipherSuites();
    if (c.bad())
        return Error::network(
            tr("DICOM TLS cannot be set up for %1: %2").arg(describe(node), conditionText(c)));
    c = tls->addTrustedCertificateFile(QFile::encodeName(node.caFile).constData(),
                                       DCF_Filetype_PEM);
    if (c.bad())
        return Error::network(tr("The CA file %1 of %2 cannot be read as PEM: %3. Check the "
                                 "node's CA file.")
                                  .arg(node.caFile, describe(node), conditionText(c)));
    if (!node.certFile.isEmpty()) {
        c = tls->setPrivateKeyFile(QFile::encodeName(node.keyFile).constData(), DCF_Filetype_PEM);
        if (c.good())
            c = tls->setCertificateFile(QFile::encodeName(node.certFile).constData(),
                                        DCF_Filetype_PEM);
        if (c.bad() || !tls->checkPrivateKeyMatchesCertificate())
            return Error::network(
                tr("The certificate %1 and key %2 configured for %3 cannot be used together "
                   "(%4).")
                    .arg(node.certFile, node.keyFile, describe(node),
                         c.bad() ? conditionText(c) : tr("the key does not match")));
    }
    tls->setCertificateVerification(DCV_requireCertificate);
    if (node.verifyHostName && !requireHostName(*tls, node.host))
        return Error::network(
            tr("DICOM TLS cannot check the host name %1 of %2.").arg(node.host, describe(node)));
    return tls;
}

} // namespace pdi
