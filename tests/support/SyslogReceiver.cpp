#include "SyslogReceiver.h"

#include "TestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QUdpSocket>

#include <algorithm>

namespace pdi::test {

namespace {

// Generous upper bounds for a loaded CI machine; nothing asserts how fast things are.
constexpr int StartTimeoutMs = 30000;
constexpr int ReceiveTimeoutMs = 60000;

bool openssl(const QStringList& arguments, QString& error) {
    const ProcessResult r = run(QStringLiteral("openssl"), arguments);
    if (r.exitCode != 0) {
        error = QStringLiteral("openssl %1 failed: %2")
                    .arg(arguments.join(QLatin1Char(' ')), r.errText());
        return false;
    }
    return true;
}

bool makeCa(const QString& dir, const QString& name, const QString& subject, QString& error) {
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), dir + QStringLiteral("/%1.key").arg(name),
                    QStringLiteral("-out"), dir + QStringLiteral("/%1.pem").arg(name),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), subject},
                   error);
}

bool makeLeaf(const QString& dir, const QString& name, const QString& subject,
              const QByteArray& extensions, QString& error) {
    const QString ext = dir + QStringLiteral("/%1.ext").arg(name);
    if (!writeText(ext, extensions)) {
        error = QStringLiteral("cannot write %1").arg(ext);
        return false;
    }
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    dir + QStringLiteral("/%1.key").arg(name), QStringLiteral("-out"),
                    dir + QStringLiteral("/%1.csr").arg(name), QStringLiteral("-subj"), subject},
                   error) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    dir + QStringLiteral("/%1.csr").arg(name), QStringLiteral("-CA"),
                    dir + QStringLiteral("/ca.pem"), QStringLiteral("-CAkey"),
                    dir + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), dir + QStringLiteral("/%1.pem").arg(name),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext},
                   error);
}

} // namespace

bool TestCertificates::create(const QString& directory, TestCertificates& out, QString& error) {
    QDir().mkpath(directory);
    if (!makeCa(directory, QStringLiteral("ca"), QStringLiteral("/CN=PDI Station Test CA"),
                error) ||
        !makeCa(directory, QStringLiteral("other-ca"), QStringLiteral("/CN=Unrelated Test CA"),
                error) ||
        !makeLeaf(directory, QStringLiteral("server"), QStringLiteral("/CN=localhost"),
                  "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n",
                  error) ||
        !makeLeaf(directory, QStringLiteral("client"), QStringLiteral("/CN=pdistation-test"),
                  "extendedKeyUsage=clientAuth\n", error))
        return false;
    out.caCert = directory + QStringLiteral("/ca.pem");
    out.otherCaCert = directory + QStringLiteral("/other-ca.pem");
    out.serverCert = directory + QStringLiteral("/server.pem");
    out.serverKey = directory + QStringLiteral("/server.key");
    out.clientCert = directory + QStringLiteral("/client.pem");
    out.clientKey = directory + QStringLiteral("/client.key");
    return true;
}

SyslogReceiver::~SyslogReceiver() {
    stop();
}

bool SyslogReceiver::start(Transport transport, int port, const TestCertificates* certificates) {
    transport_ = transport;
    received_.clear();
    stderr_.clear();
    QString address;
    QString readyMarker;
    if (transport == Transport::Udp) {
        if (port == 0) {
            // socat does not report the port it bound for UDP: take a free one first.
            QUdpSocket probe;
            if (!probe.bind(QHostAddress::LocalHost, 0)) {
                error_ = QStringLiteral("no free UDP port");
                return false;
            }
            port = probe.localPort();
        }
        address = QStringLiteral("UDP-RECV:%1,bind=127.0.0.1,reuseaddr").arg(port);
        readyMarker = QStringLiteral("starting data transfer loop");
    } else {
        if (!certificates) {
            error_ = QStringLiteral("TLS needs certificates");
            return false;
        }
        address =
            QStringLiteral(
                "OPENSSL-LISTEN:%1,bind=127.0.0.1,reuseaddr,cert=%2,key=%3,cafile=%4,verify=1")
                .arg(port)
                .arg(certificates->serverCert, certificates->serverKey, certificates->caCert);
        readyMarker = QStringLiteral("listening on");
    }
    process_.setReadChannel(QProcess::StandardError);
    process_.start(QStringLiteral("socat"),
                   {QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("-u"), address,
                    QStringLiteral("STDOUT")});
    if (!process_.waitForStarted(StartTimeoutMs)) {
        error_ = QStringLiteral("cannot start socat: %1").arg(process_.errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on AF=2 127\\.0\\.0\\.1:(\\d+)"));
    while (!QString::fromUtf8(stderr_).contains(readyMarker)) {
        if (!process_.waitForReadyRead(StartTimeoutMs)) {
            error_ =
                QStringLiteral("socat did not start listening: %1").arg(QString::fromUtf8(stderr_));
            return false;
        }
        stderr_ += process_.readAllStandardError();
    }
    if (transport == Transport::Tls) {
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(stderr_));
        if (!m.hasMatch()) {
            error_ = QStringLiteral("cannot read socat's port: %1").arg(QString::fromUtf8(stderr_));
            return false;
        }
        port = m.captured(1).toInt();
    }
    port_ = port;
    process_.setReadChannel(QProcess::StandardOutput);
    return true;
}

void SyslogReceiver::collect() {
    received_ += process_.readAllStandardOutput();
    stderr_ += process_.readAllStandardError();
}

bool SyslogReceiver::waitForMessages(int count) {
    collect();
    while (messages().size() < count) {
        if (!process_.waitForReadyRead(ReceiveTimeoutMs)) {
            collect();
            return messages().size() >= count;
        }
        collect();
    }
    return true;
}

bool SyslogReceiver::waitForConnectionClosed() {
    const bool finished =
        process_.state() == QProcess::NotRunning || process_.waitForFinished(ReceiveTimeoutMs);
    collect();
    if (!finished)
        error_ = QStringLiteral("socat still runs: %1").arg(QString::fromUtf8(stderr_));
    return finished;
}

void SyslogReceiver::stop() {
    if (process_.state() != QProcess::NotRunning) {
        process_.terminate();
        if (!process_.waitForFinished(StartTimeoutMs)) {
            process_.kill();
            process_.waitForFinished();
        }
    }
    collect();
}

QList<QByteArray> SyslogReceiver::messages() const {
    QList<QByteArray> out;
    if (transport_ == Transport::Tls) {
        int pos = 0;
        while (pos < received_.size()) {
            const int space = received_.indexOf(' ', pos);
            if (space < 0)
                break;
            bool ok = false;
            const int length = received_.mid(pos, space - pos).toInt(&ok);
            if (!ok || space + 1 + length > received_.size())
                break;
            out << received_.mid(space + 1, length);
            pos = space + 1 + length;
        }
        return out;
    }
    static const QRegularExpression header(QStringLiteral("<8[45]>1 "));
    const QString text = QString::fromLatin1(received_);
    QList<int> starts;
    auto it = header.globalMatch(text);
    while (it.hasNext())
        starts << int(it.next().capturedStart());
    for (int i = 0; i < starts.size(); ++i) {
        const int end = i + 1 < starts.size() ? starts.at(i + 1) : int(received_.size());
        out << received_.mid(starts.at(i), end - starts.at(i));
    }
    return out;
}

} // namespace pdi::test
