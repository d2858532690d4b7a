#pragma once

#include "node/DicomNode.h"
#include "result/Result.h"

#include <QCoreApplication>

#include <memory>

class DcmTLSTransportLayer;

namespace pdi {

// The TLS side of an association with a node (PS3.15 B.9 / BCP 195): DCMTK's transport layer
// with the non-downgrading BCP 195 profile, so TLS 1.2 or later and nothing older, whatever the
// peer offers; the node's CA as the only trust anchor; this station's certificate when the node
// wants one; and, unless the node says otherwise, the peer's certificate must name the host the
// node is configured with (DNS name or IP address in subjectAltName), checked by OpenSSL during
// the handshake. Without that check any certificate from the node's CA would do, including
// another node's.
class DicomTls {
    Q_DECLARE_TR_FUNCTIONS(pdi::DicomTls)

public:
    static Result<std::unique_ptr<DcmTLSTransportLayer>> requestorFor(const DicomNode& node);
};

} // namespace pdi
