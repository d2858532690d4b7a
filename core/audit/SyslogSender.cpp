#include "SyslogSender.h"

#include "SyslogMessage.h"
#include "settings/Settings.h"

#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QUdpSocket>

#include <memory>

namespace pdi {

namespace {

// One connection to the repository for one flush.
class Transport {
public:
    virtual ~Transport() = default;
    virtual Result<void> open() = 0;
    virtual Result<void> send(const QByteArray& message) = 0;
    virtual void close() = 0;
};

class UdpTransport : public Transport {
    Q_DECLARE_TR_FUNCTIONS(pdi::SyslogSender)

public:
    explicit UdpTransport(const SyslogSettings& s)
        : settings_(s) {}

    Result<void> open() override {
        const QHostInfo info = QHostInfo::fromName(settings_.host);
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            return Error::network(
                tr("The audit repository host %1 cannot be found: %2. Check audit.syslog.host.")
                    .arg(settings_.host, info.errorString()));
        address_ = info.addresses().constFirst();
        for (const QHostAddress& a : info.addresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                address_ = a;
                break;
            }
        }
        return {};
    }

    Result<void> send(const QByteArray& message) override {
        const qint64 written =
            socket_.writeDatagram(message, address_, quint16(settings_.effectivePort()));
        if (written != message.size())
            return Error::network(tr("Sending an audit message by UDP to %1:%2 failed: %3.")
                                      .arg(settings_.host)
                                      .arg(settings_.effectivePort())
                                      .arg(socket_.errorString()));
        return {};
    }

    void close() override { socket_.close(); }

private:
    SyslogSettings settings_;
    QHostAddress address_;
    QUdpSocket socket_;
};

class TlsTransport : public Transport {
    Q_DECLARE_TR_FUNCTIONS(pdi::SyslogSender)

public:
    explicit TlsTransport(const SyslogSettings& s)
        : settings_(s)
        , timeoutMs_(s.timeoutSeconds * 1000) {}

    Result<void> open() override {
        if (!QSslSocket::supportsSsl())
            return Error::network(
                tr("TLS is not available on this system (Qt's OpenSSL backend is missing); "
                   "install the Qt 6 network package or use audit.syslog.transport udp."));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!settings_.caFile.isEmpty()) {
            const QList<QSslCertificate> cas =
                QSslCertificate::fromPath(settings_.caFile, QSsl::Pem);
            if (cas.isEmpty())
                return Error::network(
                    tr("audit.syslog.caFile %1 holds no PEM certificate; set it to the CA file of "
                       "the audit repository.")
                        .arg(settings_.caFile));
            conf.setCaCertificates(cas);
        }
        if (!settings_.certFile.isEmpty() || !settings_.keyFile.isEmpty()) {
            if (settings_.certFile.isEmpty() || settings_.keyFile.isEmpty())
                return Error::network(
                    tr("Set both audit.syslog.certFile and audit.syslog.keyFile, or neither."));
            const QList<QSslCertificate> certs =
                QSslCertificate::fromPath(settings_.certFile, QSsl::Pem);
            QFile keyFile(settings_.keyFile);
            const QByteArray pem =
                keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray();
            QSslKey key(pem, QSsl::Ec);
            if (key.isNull())
                key = QSslKey(pem, QSsl::Rsa);
            if (certs.isEmpty() || key.isNull())
                return Error::network(
                    tr("The station certificate %1 or its key %2 cannot be read; check "
                       "audit.syslog.certFile and audit.syslog.keyFile.")
                        .arg(settings_.certFile, settings_.keyFile));
            conf.setLocalCertificate(certs.constFirst());
            conf.setPrivateKey(key);
        }
        socket_.setSslConfiguration(conf);
        socket_.connectToHostEncrypted(settings_.host, quint16(settings_.effectivePort()));
        if (!socket_.waitForEncrypted(timeoutMs_)) {
            QStringList reasons;
            for (const QSslError& e : socket_.sslHandshakeErrors())
                reasons << e.errorString();
            if (reasons.isEmpty())
                reasons << socket_.errorString();
            return Error::network(
                tr("The audit repository %1:%2 cannot be reached over TLS: %3. Messages stay "
                   "queued and are sent when it is back.")
                    .arg(settings_.host)
                    .arg(settings_.effectivePort())
                    .arg(reasons.join(QLatin1String("; "))));
        }
        return {};
    }

    Result<void> send(const QByteArray& message) override {
        const QByteArray frame = SyslogMessage::frameForTls(message);
        if (socket_.write(frame) != frame.size())
            return failed();
        while (socket_.bytesToWrite() > 0 || socket_.encryptedBytesToWrite() > 0) {
            if (!socket_.waitForBytesWritten(timeoutMs_))
                return failed();
        }
        if (socket_.state() != QAbstractSocket::ConnectedState)
            return failed();
        return {};
    }

    void close() override {
        socket_.disconnectFromHost();
        if (socket_.state() != QAbstractSocket::UnconnectedState)
            socket_.waitForDisconnected(timeoutMs_);
    }

private:
    Error failed() const {
        return Error::network(
            tr("The connection to the audit repository %1:%2 broke: %3. Unsent messages stay "
               "queued.")
                .arg(settings_.host)
                .arg(settings_.effectivePort())
                .arg(socket_.errorString()));
    }

    SyslogSettings settings_;
    int timeoutMs_;
    QSslSocket socket_;
};

constexpr qint32 QueueLock = 0x50444934; // "PDI4": the one sender of the audit queue

} // namespace

int SyslogSender::queued() const {
    QSqlQuery q(db_.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM syslog_queue")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

SyslogDelivery SyslogSender::flush() const {
    SyslogDelivery d;
    const SyslogSettings s = Settings(db_).syslog();
    d.remaining = queued();
    if (!s.enabled) {
        d.off = true;
        return d;
    }
    if (d.remaining == 0)
        return d;

    // Two processes sending the same queue would send messages twice: on the embedded file a
    // lock file next to it, on a shared database a lock every station sees.
    const bool file = db_.engine() == DatabaseEngine::Sqlite;
    QLockFile lock(file ? QFileInfo(db_.location().sqlitePath()).absolutePath() +
                              QStringLiteral("/syslog-queue.lock")
                        : QString());
    lock.setStaleLockTime(0); // only a dead holder makes the lock stale, not a long send
    Result<bool> held = file ? Result<bool>(lock.tryLock(0))
                             : db_.tryHoldSessionLock(QueueLock, QStringLiteral("syslog-queue"));
    if (!held) {
        d.error = held.error();
        return d;
    }
    if (!*held) {
        d.busy = true;
        return d;
    }
    const std::shared_ptr<void> release(nullptr, [this, file](void*) {
        if (!file)
            db_.releaseSessionLock(QueueLock, QStringLiteral("syslog-queue"));
    });

    std::unique_ptr<Transport> transport;
    if (s.transport == SyslogSettings::Transport::Udp)
        transport = std::make_unique<UdpTransport>(s);
    else
        transport = std::make_unique<TlsTransport>(s);

    auto noteFailure = [&](qint64 id, const Error& error) {
        QSqlQuery q(db_.connection());
        q.prepare(QStringLiteral(
            "UPDATE syslog_queue SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
        q.addBindValue(error.message);
        q.addBindValue(id);
        q.exec();
        d.error = error;
    };

    bool opened = false;
    for (;;) {
        QSqlQuery q(db_.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, message FROM syslog_queue ORDER BY id LIMIT 200"))) {
            d.error = Database::storageError(q.lastError(), tr("reading the audit message queue"));
            break;
        }
        QVector<QPair<qint64, QByteArray>> batch;
        while (q.next())
            batch.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
        q.finish();
        if (batch.isEmpty())
            break;
        if (!opened) {
            if (auto ok = transport->open(); !ok) {
                noteFailure(batch.constFirst().first, ok.error());
                break;
            }
            opened = true;
        }
        bool failed = false;
        for (const auto& [id, message] : std::as_const(batch)) {
            if (auto ok = transport->send(message); !ok) {
                noteFailure(id, ok.error());
                failed = true;
                break;
            }
            QSqlQuery remove(db_.connection());
            remove.prepare(QStringLiteral("DELETE FROM syslog_queue WHERE id = ?"));
            remove.addBindValue(id);
            if (!remove.exec()) {
                d.error = Database::storageError(remove.lastError(),
                                                 tr("removing a sent audit message from the "
                                                    "queue"));
                failed = true;
                break;
            }
            ++d.sent;
        }
        if (failed)
            break;
    }
    if (opened)
        transport->close();
    d.remaining = queued();
    return d;
}

} // namespace pdi
