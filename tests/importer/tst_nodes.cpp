// DICOM nodes: what is accepted, who may change them, what the audit trail keeps; the station's
// AE title and network settings.
#include "DicomServers.h"
#include "StationFixture.h"
#include "SyslogReceiver.h"
#include "TestSupport.h"
#include "archive/LocalArchive.h"
#include "destination/DestinationChoice.h"
#include "network/DicomAssociation.h"
#include "node/NodeStore.h"
#include "reconcile/ReconcileSources.h"
#include "settings/ImportSettings.h"
#include "settings/SiteSettings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pdi;

namespace {

DicomNode pacs() {
    DicomNode n;
    n.name = QStringLiteral("pacs");
    n.aeTitle = QStringLiteral("ORTHANC");
    n.host = QStringLiteral("127.0.0.1");
    n.port = 4242;
    n.roles = DicomNode::Store | DicomNode::Find | DicomNode::Commit;
    return n;
}

} // namespace

class NodesTest : public QObject {
    Q_OBJECT

    test::StationFixture f_;
    QTemporaryDir tmp_;
    test::TestCertificates certs_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(f_.ok(), qPrintable(f_.error()));
        QString error;
        QVERIFY2(
            test::TestCertificates::create(tmp_.filePath(QStringLiteral("certs")), certs_, error),
            qPrintable(error));
    }

    void addListFindRemove() {
        NodeStore nodes(f_.station().database());
        Result<DicomNode> added = nodes.add(f_.admin(), pacs());
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->characterSet, QStringLiteral("ISO_IR 192"));

        Result<QVector<DicomNode>> list = nodes.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QVERIFY(list->at(0).isLocal()); // the embedded archive comes first
        QCOMPARE(list->at(1).name, QStringLiteral("pacs"));
        QCOMPARE(list->at(1).roles, DicomNode::Store | DicomNode::Find | DicomNode::Commit);

        Result<DicomNode> found = nodes.find(QStringLiteral("PACS")); // any letter case
        QVERIFY(found);
        QCOMPARE(found->aeTitle, QStringLiteral("ORTHANC"));
        QCOMPARE(found->port, 4242);

        Result<DicomNode> twice = nodes.add(f_.admin(), pacs());
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind, Error::Kind::Conflict);

        QVERIFY(nodes.remove(f_.admin(), QStringLiteral("pacs")));
        QCOMPARE(nodes.find(QStringLiteral("pacs")).error().kind, Error::Kind::NotFound);
        QCOMPARE(nodes.remove(f_.admin(), QStringLiteral("pacs")).error().kind,
                 Error::Kind::NotFound);

        // Both changes are on the record, with what the node was.
        const QVector<AuditRecord> changes = f_.records(AuditEventType::NodeChange);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).event.target, QStringLiteral("pacs"));
        QCOMPARE(changes.at(0).event.details.value(QStringLiteral("change")).toString(),
                 QStringLiteral("add"));
        QCOMPARE(changes.at(1).event.details.value(QStringLiteral("change")).toString(),
                 QStringLiteral("remove"));
        QCOMPARE(changes.at(1).event.details.value(QStringLiteral("aeTitle")).toString(),
                 QStringLiteral("ORTHANC"));
    }

    void localIsBuiltIn() {
        NodeStore nodes(f_.station().database());
        Result<DicomNode> local = nodes.find(QStringLiteral("local"));
        QVERIFY(local);
        QVERIFY(local->isLocal());
        QVERIFY(local->has(DicomNode::Store));
        DicomNode n = pacs();
        n.name = QStringLiteral("Local");
        QCOMPARE(nodes.add(f_.admin(), n).error().kind, Error::Kind::Invalid);
        QCOMPARE(nodes.remove(f_.admin(), QStringLiteral("local")).error().kind,
                 Error::Kind::Invalid);
    }

    void refusesBadNodes_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("name with space") << "name"
                                         << "my pacs";
        QTest::newRow("empty AE") << "aet"
                                  << "";
        QTest::newRow("AE too long") << "aet"
                                     << "ABCDEFGHIJKLMNOPQ";
        QTest::newRow("AE with backslash") << "aet"
                                           << "A\\B";
        QTest::newRow("AE not ASCII") << "aet"
                                      << "病院";
        QTest::newRow("calling AE too long") << "calling"
                                             << "ABCDEFGHIJKLMNOPQ";
        QTest::newRow("host") << "host"
                              << "not a host!";
        QTest::newRow("port 0") << "port"
                                << "0";
        QTest::newRow("port 70000") << "port"
                                    << "70000";
        QTest::newRow("no roles") << "roles"
                                  << "0";
        QTest::newRow("commit without store") << "roles"
                                              << "10"; // find|commit
        QTest::newRow("charset") << "charset"
                                 << "ISO_IR 100";
        QTest::newRow("tls without CA") << "tls"
                                        << "";
        QTest::newRow("tls CA not a certificate") << "ca"
                                                  << "/etc/hostname";
        QTest::newRow("cert without key") << "cert"
                                          << "";
        QTest::newRow("CA without tls") << "ca-plain"
                                        << "";
    }

    void refusesBadNodes() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        DicomNode n = pacs();
        n.name = QStringLiteral("bad");
        if (field == QLatin1String("name"))
            n.name = value;
        else if (field == QLatin1String("aet"))
            n.aeTitle = value;
        else if (field == QLatin1String("calling"))
            n.callingAeTitle = value;
        else if (field == QLatin1String("host"))
            n.host = value;
        else if (field == QLatin1String("port"))
            n.port = value.toInt();
        else if (field == QLatin1String("roles"))
            n.roles = value.toInt();
        else if (field == QLatin1String("charset"))
            n.characterSet = value;
        else if (field == QLatin1String("tls"))
            n.tls = true;
        else if (field == QLatin1String("ca")) {
            n.tls = true;
            n.caFile = value;
        } else if (field == QLatin1String("cert")) {
            n.tls = true;
            n.caFile = certs_.caCert;
            n.certFile = certs_.clientCert;
        } else if (field == QLatin1String("ca-plain")) {
            n.caFile = certs_.caCert;
        }
        NodeStore nodes(f_.station().database());
        Result<DicomNode> added = nodes.add(f_.admin(), n);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, Error::Kind::Invalid);
        QVERIFY(!added.error().message.isEmpty());
        // The problem in words: the command line's options are the CLI's to name (issue 12).
        QVERIFY2(!added.error().message.contains(QLatin1String("--")),
                 qPrintable(added.error().message));
        QCOMPARE(nodes.find(n.name).ok(), false);
    }

    void tlsNodeWithClientCertificate() {
        DicomNode n = pacs();
        n.name = QStringLiteral("secure");
        n.tls = true;
        n.caFile = certs_.caCert;
        n.certFile = certs_.clientCert;
        n.keyFile = certs_.clientKey;
        n.characterSet = QStringLiteral("ISO 2022 IR 87"); // as a person types it
        NodeStore nodes(f_.station().database());
        Result<DicomNode> added = nodes.add(f_.admin(), n);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->characterSet, QStringLiteral("\\ISO 2022 IR 87"));
        Result<DicomNode> found = nodes.find(QStringLiteral("secure"));
        QVERIFY(found->tls);
        QCOMPARE(found->keyFile, certs_.clientKey);
        QVERIFY(nodes.remove(f_.admin(), QStringLiteral("secure")));
    }

    void onlyAdministratorsChangeNodes() {
        std::optional<Session> tech = f_.addAndLogin(QStringLiteral("tech"), Role::Technologist,
                                                     QStringLiteral("Tch-Pa55word"));
        QVERIFY2(tech, qPrintable(f_.error()));
        NodeStore nodes(f_.station().database());
        const int alerts = f_.records(AuditEventType::SecurityAlert).size();
        Result<DicomNode> added = nodes.add(*tech, pacs());
        QVERIFY(!added);
        QCOMPARE(added.error().kind, Error::Kind::Permission);
        QCOMPARE(nodes.remove(*tech, QStringLiteral("pacs")).error().kind, Error::Kind::Permission);
        const QVector<AuditRecord> after = f_.records(AuditEventType::SecurityAlert);
        QCOMPARE(after.size(), alerts + 2);
        QCOMPARE(after.last().event.target, QStringLiteral("node remove pacs"));
        // Reading needs no permission: reconciliation and import choose their nodes.
        QVERIFY(nodes.list());
    }

    // The echo is the administrator's test of a node, and on the record with its result.
    void echoIsRecorded() {
        test::OrthancServer orthanc;
        QVERIFY2(orthanc.start({}), qPrintable(orthanc.error()));
        NodeStore nodes(f_.station().database());
        DicomNode up = pacs();
        up.name = QStringLiteral("up");
        up.port = orthanc.dicomPort();
        QVERIFY(nodes.add(f_.admin(), up));
        DicomNode down = up;
        down.name = QStringLiteral("down");
        down.port = test::freePort();
        QVERIFY(nodes.add(f_.admin(), down));
        const LocalAe local = LocalAe::fromSettings(f_.station().settings());

        const Result<void> ok = nodes.echo(f_.admin(), QStringLiteral("up"), local);
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        const AuditEvent answered = f_.records(AuditEventType::NodeChange).constLast().event;
        QCOMPARE(answered.target, QStringLiteral("up"));
        QCOMPARE(answered.outcome, AuditOutcome::Success);
        QCOMPARE(answered.details.value(QStringLiteral("change")).toString(),
                 QStringLiteral("echo"));
        QCOMPARE(answered.details.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));

        const Result<void> failed = nodes.echo(f_.admin(), QStringLiteral("down"), local);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, Error::Kind::Network);
        const AuditEvent silent = f_.records(AuditEventType::NodeChange).constLast().event;
        QCOMPARE(silent.target, QStringLiteral("down"));
        QCOMPARE(silent.outcome, AuditOutcome::MinorFailure);
        QCOMPARE(silent.details.value(QStringLiteral("result")).toString(), failed.error().message);

        QCOMPARE(nodes.echo(f_.admin(), QStringLiteral("local"), local).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(nodes.echo(f_.admin(), QStringLiteral("nobody"), local).error().kind,
                 Error::Kind::NotFound);
        std::optional<Session> desk =
            f_.addAndLogin(QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("Dsk-Pa55word"));
        QVERIFY2(desk, qPrintable(f_.error()));
        QCOMPARE(nodes.echo(*desk, QStringLiteral("up"), local).error().kind,
                 Error::Kind::Permission);
        QVERIFY(nodes.remove(f_.admin(), QStringLiteral("up")));
        QVERIFY(nodes.remove(f_.admin(), QStringLiteral("down")));
    }

    void parsesRolesAndCharacterSets() {
        QCOMPARE(DicomNode::parseRoles(QStringLiteral("store, FIND,commit")).value_or(0),
                 DicomNode::Store | DicomNode::Find | DicomNode::Commit);
        QVERIFY(!DicomNode::parseRoles(QStringLiteral("store,move")));
        QVERIFY(!DicomNode::parseRoles(QString()));
        QCOMPARE(DicomNode::parseCharacterSet(QStringLiteral("ISO_IR 192")).value_or(QString()),
                 QStringLiteral("ISO_IR 192"));
        QCOMPARE(
            DicomNode::parseCharacterSet(QStringLiteral("\\ISO 2022 IR 87")).value_or(QString()),
            QStringLiteral("\\ISO 2022 IR 87"));
        QVERIFY(!DicomNode::parseCharacterSet(QStringLiteral("ISO_IR 13")));
    }

    void stationNetworkSettings() {
        Settings s = SiteSettings::of(f_.station());
        QCOMPARE(ImportSettings(s).aeTitle(), QStringLiteral("PDISTATION"));
        QCOMPARE(s.integer(QStringLiteral("reconcile.worklistDays")), 7);
        QCOMPARE(s.integer(QStringLiteral("station.dicomPort")), 0);
        QVERIFY(s.set(f_.admin(), QStringLiteral("station.aeTitle"), QStringLiteral("RAD_PDI1")));
        QCOMPARE(ImportSettings(s).aeTitle(), QStringLiteral("RAD_PDI1"));
        Result<void> bad = s.set(f_.admin(), QStringLiteral("station.aeTitle"),
                                 QStringLiteral("WAY_TOO_LONG_TITLE"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, Error::Kind::Invalid);
        QVERIFY(!s.set(f_.admin(), QStringLiteral("reconcile.worklistDays"), QStringLiteral("-1")));
        QVERIFY(s.set(f_.admin(), QStringLiteral("reconcile.worklistDays"), QStringLiteral("3")));
        QVERIFY(s.reset(f_.admin(), QStringLiteral("station.aeTitle")));
    }

    // The policy the CLI and the Import workspace share: which nodes an import sends to (and
    // which it offers first), which sources a reconciliation asks.
    void importDestinationsAndSources() {
        auto names = [](const QVector<DicomNode>& nodes) {
            QStringList out;
            for (const DicomNode& n : nodes)
                out << n.name;
            return out;
        };
        NodeStore nodes(f_.station().database());
        // A fresh station: the local archive is the only destination and the only source.
        Result<DestinationChoice> fresh = DestinationChoice::read(nodes);
        QVERIFY(fresh);
        QCOMPARE(names(fresh->nodes()), QStringList{QStringLiteral("local")});
        QCOMPARE(fresh->preferred(), QStringLiteral("local"));
        Result<QVector<DicomNode>> onlyLocal = ReconcileSources::choose(nodes);
        QVERIFY(onlyLocal);
        QCOMPARE(names(*onlyLocal), QStringList{QStringLiteral("local")});

        DicomNode worklist = pacs();
        worklist.name = QStringLiteral("ris");
        worklist.roles = DicomNode::Worklist;
        DicomNode archiveOnly = pacs();
        archiveOnly.name = QStringLiteral("vna");
        archiveOnly.roles = DicomNode::Store;
        for (const DicomNode& n : {worklist, pacs(), archiveOnly})
            QVERIFY(nodes.add(f_.admin(), n));

        Result<DestinationChoice> choice = DestinationChoice::read(nodes);
        QVERIFY(choice);
        QCOMPARE(
            names(choice->nodes()),
            (QStringList{QStringLiteral("local"), QStringLiteral("pacs"), QStringLiteral("vna")}));
        QCOMPARE(choice->preferred(), QStringLiteral("pacs")); // the first PACS, by name
        QVERIFY(DestinationChoice::find(nodes, QStringLiteral("VNA")));
        Result<DicomNode> notDestination = DestinationChoice::find(nodes, QStringLiteral("ris"));
        QVERIFY(!notDestination);
        QCOMPARE(notDestination.error().kind, Error::Kind::Invalid);
        QVERIFY(notDestination.error().message.contains(QStringLiteral("ris")));
        QCOMPARE(DestinationChoice::find(nodes, QStringLiteral("gone")).error().kind,
                 Error::Kind::NotFound);

        // By default every node that can say who a patient is; named ones must be able to.
        Result<QVector<DicomNode>> all = ReconcileSources::choose(nodes);
        QVERIFY(all);
        QCOMPARE(names(*all), (QStringList{QStringLiteral("local"), QStringLiteral("pacs"),
                                           QStringLiteral("ris")}));
        Result<QVector<DicomNode>> named =
            ReconcileSources::choose(nodes, {QStringLiteral("ris"), QStringLiteral("local")});
        QVERIFY(named);
        QCOMPARE(names(*named), (QStringList{QStringLiteral("ris"), QStringLiteral("local")}));
        Result<QVector<DicomNode>> storeOnly =
            ReconcileSources::choose(nodes, {QStringLiteral("vna")});
        QVERIFY(!storeOnly);
        QCOMPARE(storeOnly.error().kind, Error::Kind::Invalid);
        QCOMPARE(ReconcileSources::choose(nodes, {QStringLiteral("gone")}).error().kind,
                 Error::Kind::NotFound);

        // The reconciler's options carry the station's own AE and worklist window.
        QVERIFY(
            SiteSettings::of(f_.station())
                .set(f_.admin(), QStringLiteral("reconcile.worklistDays"), QStringLiteral("5")));
        const LocalArchive archive(f_.station());
        Result<PatientReconciler::Options> options =
            ReconcileSources::options(f_.station(), &archive, {QStringLiteral("pacs")});
        QVERIFY(options);
        QCOMPARE(names(options->sources), QStringList{QStringLiteral("pacs")});
        QCOMPARE(options->worklistDays, 5);
        QCOMPARE(options->local.aeTitle, ImportSettings(f_.station().settings()).aeTitle());
        QCOMPARE(options->archive, &archive);

        for (const QString& name :
             {QStringLiteral("ris"), QStringLiteral("pacs"), QStringLiteral("vna")})
            QVERIFY(nodes.remove(f_.admin(), name));
        QVERIFY(SiteSettings::of(f_.station())
                    .reset(f_.admin(), QStringLiteral("reconcile.worklistDays")));
    }
};

QTEST_GUILESS_MAIN(NodesTest)
#include "tst_nodes.moc"
