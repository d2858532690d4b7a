#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>

namespace pdi::test {

// Test certificates made with the openssl CLI at run time (nothing to expire in the repository):
// a CA, a server certificate for 127.0.0.1/localhost and a client certificate, all PEM.
struct TestCertificates {
    QString caCert;
    QString serverCert;
    QString serverKey;
    QString clientCert;
    QString clientKey;
    QString otherCaCert; // a CA that signed nothing here: for "wrong CA" tests

    static bool create(const QString& directory, TestCertificates& out, QString& error);
};

// A real syslog receiver: socat listening on loopback, writing what it receives to its standard
// output, which this class collects.
//   UDP: socat UDP-RECV; every datagram is one RFC 5426 message.
//   TLS: socat OPENSSL-LISTEN with client certificate verification; serves one connection and
//        exits when the sender closes it (so "finished" means "everything received").
class SyslogReceiver {
public:
    enum class Transport { Udp, Tls };

    ~SyslogReceiver();

    // port 0: a free port. Returns once socat is listening.
    bool start(Transport transport, int port = 0, const TestCertificates* certificates = nullptr);
    int port() const { return port_; }
    QString error() const { return error_; }

    // UDP: waits until count messages arrived. TLS: waits until the sender closed the connection.
    bool waitForMessages(int count);
    bool waitForConnectionClosed();
    void stop();

    QByteArray received() const { return received_; }
    // The RFC 5424 messages received: octet-counted frames (TLS) or datagrams (UDP, split at
    // each message header).
    QList<QByteArray> messages() const;

private:
    void collect();

    Transport transport_ = Transport::Udp;
    QProcess process_;
    int port_ = 0;
    QByteArray received_;
    QByteArray stderr_;
    QString error_;
};

} // namespace pdi::test
