// Forwarding audit messages to an Audit Record Repository: real socat receivers on loopback,
// over UDP (RFC 5426) and mutual TLS (RFC 5425), and the persistent queue across an outage.
#include "StationFixture.h"
#include "SyslogReceiver.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QXmlStreamReader>
#include <QtTest>

using namespace pdi;
using pdi::test::SyslogReceiver;
using pdi::test::TestCertificates;

namespace {

QByteArray xmlOf(const QByteArray& message) {
    const int bom = message.indexOf("\xEF\xBB\xBF");
    return bom < 0 ? QByteArray() : message.mid(bom + 3);
}

bool wellFormedAuditMessage(const QByteArray& xml) {
    QXmlStreamReader r(xml);
    bool root = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && !root)
            root = r.name() == QLatin1String("AuditMessage");
    }
    return root && !r.hasError();
}

QList<QByteArray> queuedMessages(const Station& station) {
    QList<QByteArray> out;
    QSqlQuery q(station.database().connection());
    q.exec(QStringLiteral("SELECT message FROM syslog_queue ORDER BY id"));
    while (q.next())
        out << q.value(0).toByteArray();
    return out;
}

} // namespace

class SyslogTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir certDir_;
    TestCertificates certs_;

    void configure(pdi::test::StationFixture& f, const QString& transport, int port,
                   const QString& ca = QString()) {
        Settings s = f.station().settings();
        const Session& a = f.admin();
        QVERIFY(s.set(a, QStringLiteral("audit.syslog.transport"), transport).ok());
        QVERIFY(s.set(a, QStringLiteral("audit.syslog.host"), QStringLiteral("127.0.0.1")).ok());
        QVERIFY(s.set(a, QStringLiteral("audit.syslog.port"), QString::number(port)).ok());
        if (transport == QLatin1String("tls")) {
            QVERIFY(
                s.set(a, QStringLiteral("audit.syslog.caFile"), ca.isEmpty() ? certs_.caCert : ca)
                    .ok());
            QVERIFY(s.set(a, QStringLiteral("audit.syslog.certFile"), certs_.clientCert).ok());
            QVERIFY(s.set(a, QStringLiteral("audit.syslog.keyFile"), certs_.clientKey).ok());
        }
        QVERIFY(s.set(a, QStringLiteral("audit.syslog.enabled"), QStringLiteral("true")).ok());
    }

    void recordChecks(pdi::test::StationFixture& f, int count) {
        for (int i = 0; i < count; ++i) {
            AuditEvent e = AuditEvent::by(f.admin(), AuditEventType::Check);
            e.mediumId = QStringLiteral("DISC%1").arg(i);
            e.mediaType = MediaType::Cd;
            e.patients = {
                {QStringLiteral("P%1").arg(i), QString(), QStringLiteral("患者^%1").arg(i)}};
            QVERIFY(f.station().audit().record(e).ok());
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(TestCertificates::create(certDir_.path(), certs_, error), qPrintable(error));
    }

    void offByDefault() {
        pdi::test::StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        recordChecks(f, 2);
        QCOMPARE(f.station().syslog().queued(), 0);
        const SyslogDelivery d = f.station().syslog().flush();
        QVERIFY(d.off);
        QCOMPARE(d.sent, 0);
    }

    void udp() {
        pdi::test::StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        SyslogReceiver receiver;
        QVERIFY2(receiver.start(SyslogReceiver::Transport::Udp), qPrintable(receiver.error()));
        configure(f, QStringLiteral("udp"), receiver.port());
        recordChecks(f, 3);
        const QList<QByteArray> queued = queuedMessages(f.station());
        QCOMPARE(queued.size(),
                 4); // the settings change that turned forwarding on, then three checks

        const SyslogDelivery d = f.station().syslog().flush();
        QVERIFY2(!d.error, qPrintable(d.error ? d.error->message : QString()));
        QCOMPARE(d.sent, 4);
        QCOMPARE(d.remaining, 0);
        QVERIFY2(receiver.waitForMessages(4), receiver.received().constData());
        const QList<QByteArray> got = receiver.messages();
        QCOMPARE(got, queued);
        for (const QByteArray& m : got) {
            QVERIFY(m.startsWith("<8"));
            QVERIFY(m.contains(" pdistation "));
            QVERIFY(wellFormedAuditMessage(xmlOf(m)));
        }
        QVERIFY(got.at(1).contains(QStringLiteral("患者^0").toUtf8()));
        QVERIFY(got.at(1).contains("csd-code=\"110103\""));
    }

    void tlsWithClientCertificate() {
        pdi::test::StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        SyslogReceiver receiver;
        QVERIFY2(receiver.start(SyslogReceiver::Transport::Tls, 0, &certs_),
                 qPrintable(receiver.error()));
        configure(f, QStringLiteral("tls"), receiver.port());
        recordChecks(f, 3);
        const QList<QByteArray> queued = queuedMessages(f.station());
        QCOMPARE(queued.size(), 4);

        const SyslogDelivery d = f.station().syslog().flush();
        QVERIFY2(!d.error, qPrintable(d.error ? d.error->message : QString()));
        QCOMPARE(d.sent, 4);
        QVERIFY2(receiver.waitForConnectionClosed(), qPrintable(receiver.error()));
        const QList<QByteArray> got = receiver.messages();
        QCOMPARE(got, queued);
        for (const QByteArray& m : got)
            QVERIFY(wellFormedAuditMessage(xmlOf(m)));
        QCOMPARE(f.station().syslog().queued(), 0);
    }

    // Receiver down -> messages queue up -> receiver back -> every message arrives, exactly once.
    void tlsQueueSurvivesAnOutage() {
        pdi::test::StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        SyslogReceiver first;
        QVERIFY2(first.start(SyslogReceiver::Transport::Tls, 0, &certs_),
                 qPrintable(first.error()));
        const int port = first.port();
        first.stop(); // the repository goes down

        configure(f, QStringLiteral("tls"), port);
        recordChecks(f, 5);
        SyslogDelivery down = f.station().syslog().flush();
        QVERIFY(down.error);
        QCOMPARE(down.error->kind, Error::Kind::Network);
        QCOMPARE(down.sent, 0);
        QCOMPARE(down.remaining, 6);
        recordChecks(f, 2); // work goes on while the repository is down
        down = f.station().syslog().flush();
        QVERIFY(down.error);
        QCOMPARE(down.remaining, 8);
        const QList<QByteArray> queued = queuedMessages(f.station());
        QCOMPARE(queued.size(), 8);
        QSqlQuery attempts(f.station().database().connection());
        QVERIFY(attempts.exec(QStringLiteral(
                    "SELECT attempts, last_error FROM syslog_queue ORDER BY id LIMIT 1")) &&
                attempts.next());
        QCOMPARE(attempts.value(0).toInt(), 2);
        QVERIFY(!attempts.value(1).toString().isEmpty());
        attempts.finish();

        SyslogReceiver back;
        QVERIFY2(back.start(SyslogReceiver::Transport::Tls, port, &certs_),
                 qPrintable(back.error()));
        const SyslogDelivery up = f.station().syslog().flush();
        QVERIFY2(!up.error, qPrintable(up.error ? up.error->message : QString()));
        QCOMPARE(up.sent, 8);
        QCOMPARE(up.remaining, 0);
        QVERIFY2(back.waitForConnectionClosed(), qPrintable(back.error()));
        QCOMPARE(back.messages(), queued); // all of them, in order, each once

        const SyslogDelivery again = f.station().syslog().flush();
        QCOMPARE(again.sent, 0);
        QVERIFY(!again.error);
    }

    void wrongCertificateAuthorityKeepsMessagesQueued() {
        pdi::test::StationFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        SyslogReceiver receiver;
        QVERIFY2(receiver.start(SyslogReceiver::Transport::Tls, 0, &certs_),
                 qPrintable(receiver.error()));
        configure(f, QStringLiteral("tls"), receiver.port(), certs_.otherCaCert);
        recordChecks(f, 1);
        const SyslogDelivery d = f.station().syslog().flush();
        QVERIFY(d.error);
        QCOMPARE(d.sent, 0);
        QCOMPARE(d.remaining, 2);
        receiver.waitForConnectionClosed();
        QVERIFY(receiver.messages().isEmpty());

        SyslogReceiver right;
        QVERIFY2(right.start(SyslogReceiver::Transport::Tls, 0, &certs_),
                 qPrintable(right.error()));
        Settings s = f.station().settings();
        QVERIFY(s.set(f.admin(), QStringLiteral("audit.syslog.caFile"), certs_.caCert).ok());
        QVERIFY(s.set(f.admin(), QStringLiteral("audit.syslog.port"), QString::number(right.port()))
                    .ok());
        const SyslogDelivery ok = f.station().syslog().flush();
        QVERIFY2(!ok.error, qPrintable(ok.error ? ok.error->message : QString()));
        QCOMPARE(ok.sent, 4); // two queued before, plus the two settings changes
        QVERIFY(right.waitForConnectionClosed());
        QCOMPARE(right.messages().size(), 4);
    }
};

QTEST_GUILESS_MAIN(SyslogTest)
#include "tst_syslog.moc"
