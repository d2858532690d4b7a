// The DICOM network layer against real servers on loopback: C-ECHO, C-STORE with one
// association and per-file transfer syntaxes (fallback to uncompressed), DICOM TLS with
// DCMTK's storescp, C-FIND at Orthanc and DCMTK's worklist server, storage commitment with
// Orthanc.
#include "DicomServers.h"
#include "SyslogReceiver.h"
#include "TestSupport.h"
#include "dicom/SpecificCharacterSet.h"
#include "network/CommitmentListener.h"
#include "network/DicomAssociation.h"
#include "network/DicomQuery.h"
#include "network/PacsStudySearch.h"
#include "network/StorageCommitment.h"
#include "network/StoreSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

using namespace pdi;

namespace {

QString text(DcmItem& item, const DcmTagKey& tag) {
    OFString v;
    item.findAndGetOFStringArray(tag, v, OFFalse);
    return QString::fromLatin1(v.c_str(), int(v.length()));
}

DicomNode nodeAt(const QString& ae, int port) {
    DicomNode n;
    n.name = QStringLiteral("peer");
    n.aeTitle = ae;
    n.host = QStringLiteral("127.0.0.1");
    n.port = port;
    return n;
}

QVector<Uint16> pixels(const QString& path) {
    DcmFileFormat ff;
    QVector<Uint16> out;
    if (ff.loadFile(QFile::encodeName(path).constData()).bad())
        return out;
    ff.getDataset()->chooseRepresentation(EXS_LittleEndianExplicit, nullptr);
    const Uint16* data = nullptr;
    unsigned long count = 0;
    if (ff.getDataset()->findAndGetUint16Array(DCM_PixelData, data, &count).good())
        out = QVector<Uint16>(data, data + count);
    return out;
}

QString transferSyntaxOf(const QString& path) {
    DcmFileFormat ff;
    ff.loadFile(QFile::encodeName(path).constData());
    return QString::fromLatin1(DcmXfer(ff.getDataset()->getOriginalXfer()).getXferID());
}

} // namespace

class NetworkTest : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    test::TestCertificates certs_;
    LocalAe local_;
    int serial_ = 0;

    // Loads a test object into memory, as the importer holds it before sending.
    std::unique_ptr<DcmFileFormat> object(const test::InstanceSpec& spec,
                                          const QString& transferSyntax = QString()) {
        const QString path = tmp_.filePath(QStringLiteral("obj%1").arg(++serial_));
        if (!test::writeInstance(path, spec, transferSyntax))
            return nullptr;
        auto ff = std::make_unique<DcmFileFormat>();
        if (ff->loadFile(QFile::encodeName(path).constData()).bad())
            return nullptr;
        ff->loadAllDataIntoMemory();
        return ff;
    }

    test::InstanceSpec spec(int n,
                            const QString& sopClass = QStringLiteral("1.2.840.10008.5.1.4.1.1.2")) {
        test::InstanceSpec s;
        s.sopClassUid = sopClass;
        s.modality =
            sopClass.endsWith(QLatin1String(".4")) ? QStringLiteral("MR") : QStringLiteral("CT");
        s.studyUid = test::uid(QStringLiteral("60.1"));
        s.seriesUid = test::uid(QStringLiteral("60.1.%1").arg(s.modality == QLatin1String("MR")));
        s.sopInstanceUid = test::uid(QStringLiteral("60.1.9.%1").arg(n));
        s.instanceNumber = QString::number(n);
        s.patientId = QStringLiteral("NET001");
        s.patientName = QStringLiteral("NETWORK^TEST=網^試験");
        return s;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(
            test::TestCertificates::create(tmp_.filePath(QStringLiteral("certs")), certs_, error),
            qPrintable(error));
        local_.aeTitle = QStringLiteral("PDISTATION");
        local_.timeoutSeconds = 30;
    }

    void echo() {
        test::OrthancServer orthanc;
        QVERIFY2(orthanc.start({}), qPrintable(orthanc.error()));
        const Result<void> ok =
            DicomEcho::echo(nodeAt(QStringLiteral("ORTHANC"), orthanc.dicomPort()), local_);
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));

        // Nobody listening: a network error that names the node and says what to check.
        const Result<void> nobody =
            DicomEcho::echo(nodeAt(QStringLiteral("NOBODY"), test::freePort()), local_);
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().kind, Error::Kind::Network);
        QVERIFY(nobody.error().message.contains(QStringLiteral("NOBODY")));
        // What to check, in words (no command line for a person at the desktop).
        QVERIFY(nobody.error().message.contains(QStringLiteral("firewall")));
        QVERIFY(nobody.error().message.contains(QStringLiteral("AE title")));
        QVERIFY(!nobody.error().message.contains(QStringLiteral("pdi ")));
    }

    // DCMTK's texts carry the system's error message in the locale's encoding (UTF-8): read
    // as such, never as Latin-1 (issue 12: "TCP Initialization Error: æ¥ç¶...").
    void systemErrorTextIsDecoded() {
        const char* text = "TCP Initialization Error: \xe6\x8e\xa5\xe7\xb6\x9a\xe3\x82\x92"
                           "\xe6\x8b\x92\xe5\x90\xa6";
        const OFCondition condition(OFM_dcmnet, 0x101, OF_error, text);
        const QString message =
            DicomAssociation::explain(nodeAt(QStringLiteral("PACS"), 104), condition);
        QVERIFY2(message.contains(QStringLiteral("接続を拒否")), qPrintable(message));
    }

    void storeKeepsOneAssociation() {
        test::StoreScpServer scp;
        QVERIFY2(scp.start(QStringLiteral("STORESCP")), qPrintable(scp.error()));
        StoreSession session(nodeAt(QStringLiteral("STORESCP"), scp.port()), local_);
        const QString ct = QStringLiteral("1.2.840.10008.5.1.4.1.1.2");
        const QString mr = QStringLiteral("1.2.840.10008.5.1.4.1.1.4");
        session.expect(ct, QStringLiteral("1.2.840.10008.1.2.1"));
        session.expect(mr, QStringLiteral("1.2.840.10008.1.2"));
        for (int i = 1; i <= 6; ++i) {
            const QString sopClass = i % 2 ? ct : mr;
            auto ff =
                object(spec(i, sopClass), i % 2 ? QString() : QStringLiteral("1.2.840.10008.1.2"));
            QVERIFY(ff);
            const StoreSession::Outcome out =
                session.send(*ff->getDataset(), sopClass, spec(i, sopClass).sopInstanceUid);
            QVERIFY2(out.kind == StoreSession::Outcome::Kind::Stored, qPrintable(out.message));
            QCOMPARE(out.status, quint16(0));
        }
        session.close();
        QCOMPARE(session.associationsOpened(), 1);
        QCOMPARE(scp.fileCount(), 6);
    }

    void compressedFilesKeepTheirSyntaxOrFallBack() {
        // A JPEG Lossless file made by DCMTK.
        const QString plain = tmp_.filePath(QStringLiteral("plain.dcm"));
        const QString jpeg = tmp_.filePath(QStringLiteral("jpeg.dcm"));
        test::InstanceSpec s = spec(20);
        s.rows = 64;
        s.columns = 64;
        QVERIFY(test::writeInstance(plain, s));
        QCOMPARE(
            test::run(QStringLiteral("dcmcjpeg"), {QStringLiteral("+e1"), plain, jpeg}).exitCode,
            0);
        const QString jpegLossless = QStringLiteral("1.2.840.10008.1.2.4.70");
        QCOMPARE(transferSyntaxOf(jpeg), jpegLossless);

        for (const bool acceptsJpeg : {false, true}) {
            test::StoreScpServer scp;
            QVERIFY2(scp.start(QStringLiteral("STORESCP"), nullptr, false, acceptsJpeg),
                     qPrintable(scp.error()));
            StoreSession session(nodeAt(QStringLiteral("STORESCP"), scp.port()), local_);
            session.expect(s.sopClassUid, jpegLossless);
            DcmFileFormat ff;
            QVERIFY(ff.loadFile(QFile::encodeName(jpeg).constData()).good());
            ff.loadAllDataIntoMemory();
            const StoreSession::Outcome sent =
                session.send(*ff.getDataset(), s.sopClassUid, s.sopInstanceUid);
            QVERIFY2(sent.kind == StoreSession::Outcome::Kind::Stored, qPrintable(sent.message));
            session.close();
            const QStringList files = QDir(scp.outputDir()).entryList(QDir::Files);
            QCOMPARE(files.size(), 1);
            const QString received = scp.outputDir() + QLatin1Char('/') + files.constFirst();
            if (acceptsJpeg) {
                QCOMPARE(transferSyntaxOf(received), jpegLossless); // its own syntax
            } else {
                // Declined: sent decompressed, and lossless means the same pixels arrive.
                QVERIFY(transferSyntaxOf(received) == QLatin1String("1.2.840.10008.1.2.1") ||
                        transferSyntaxOf(received) == QLatin1String("1.2.840.10008.1.2"));
                QCOMPARE(pixels(received), pixels(plain));
            }
        }
    }

    void tls() {
        test::StoreScpServer scp;
        QVERIFY2(scp.start(QStringLiteral("SECURE"), &certs_, false), qPrintable(scp.error()));
        DicomNode node = nodeAt(QStringLiteral("SECURE"), scp.port());
        node.tls = true;
        node.caFile = certs_.caCert;
        Result<void> echoed = DicomEcho::echo(node, local_);
        QVERIFY2(echoed, echoed ? "" : qPrintable(echoed.error().message));
        StoreSession session(node, local_);
        auto ff = object(spec(30));
        QVERIFY(ff);
        const StoreSession::Outcome sent =
            session.send(*ff->getDataset(), spec(30).sopClassUid, spec(30).sopInstanceUid);
        QVERIFY2(sent.kind == StoreSession::Outcome::Kind::Stored, qPrintable(sent.message));
        session.close();
        QCOMPARE(scp.fileCount(), 1);

        // A CA that did not sign the server's certificate: no connection.
        node.caFile = certs_.otherCaCert;
        const Result<void> wrongCa = DicomEcho::echo(node, local_);
        QVERIFY(!wrongCa);
        QCOMPARE(wrongCa.error().kind, Error::Kind::Network);
        // Plain DICOM to a TLS port: no association either.
        node.tls = false;
        QVERIFY(!DicomEcho::echo(node, local_));
    }

    void mutualTls() {
        test::StoreScpServer scp;
        QVERIFY2(scp.start(QStringLiteral("SECURE"), &certs_, true), qPrintable(scp.error()));
        DicomNode node = nodeAt(QStringLiteral("SECURE"), scp.port());
        node.tls = true;
        node.caFile = certs_.caCert;
        QVERIFY(!DicomEcho::echo(node, local_)); // the server wants a client certificate
        node.certFile = certs_.clientCert;
        node.keyFile = certs_.clientKey;
        const Result<void> echoed = DicomEcho::echo(node, local_);
        QVERIFY2(echoed, echoed ? "" : qPrintable(echoed.error().message));
    }

    // A server limited to TLS 1.1 (openssl s_server, the old AES128-SHA suites): refused, the
    // BCP 195 non-downgrading profile never goes below TLS 1.2.
    void tlsRefusesAServerBelowTls12() {
        const int port = test::freePort();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral("openssl"),
                     {QStringLiteral("s_server"), QStringLiteral("-tls1_1"),
                      QStringLiteral("-cipher"), QStringLiteral("DEFAULT:@SECLEVEL=0"),
                      QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                      QStringLiteral("-cert"), certs_.serverCert, QStringLiteral("-key"),
                      certs_.serverKey});
        QVERIFY(server.waitForStarted());
        QVERIFY(test::waitForPort(port, &server));
        DicomNode node = nodeAt(QStringLiteral("OLD"), port);
        node.tls = true;
        node.caFile = certs_.caCert;
        QElapsedTimer t;
        t.start();
        const Result<void> echoed = DicomEcho::echo(node, local_);
        QVERIFY(!echoed);
        QCOMPARE(echoed.error().kind, Error::Kind::Network);
        QVERIFY2(echoed.error().message.contains(QLatin1String("TLS 1.2")),
                 qPrintable(echoed.error().message));
        QVERIFY(t.elapsed() < 10000);
        server.terminate();
        server.waitForFinished(5000);
        const QByteArray log = server.readAll();
        // The server saw the attempt: the refusal came from the handshake, not a closed port.
        QVERIFY2(log.contains("ERROR") || log.contains("error"), log.constData());
        // The server saw the attempt and no handshake completed.
        QVERIFY2(!log.contains("CIPHER is"), log.constData());
    }

    // A good TLS 1.2 peer: storescp with the Extended BCP 195 profile (TLS 1.2 only) and an RSA
    // certificate; echo and store succeed.
    void tlsAcceptsATls12Peer() {
        const QString dir = QFileInfo(certs_.caCert).absolutePath();
        const QString key = dir + QStringLiteral("/rsa-server.key");
        const QString cert = dir + QStringLiteral("/rsa-server.pem");
        QVERIFY(test::writeText(dir + QStringLiteral("/rsa.ext"),
                                "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                "extendedKeyUsage=serverAuth\n"));
        QCOMPARE(
            test::run(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), dir + QStringLiteral("/rsa.csr"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost")})
                .exitCode,
            0);
        QCOMPARE(test::run(QStringLiteral("openssl"),
                           {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                            dir + QStringLiteral("/rsa.csr"), QStringLiteral("-CA"), certs_.caCert,
                            QStringLiteral("-CAkey"), dir + QStringLiteral("/ca.key"),
                            QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), cert,
                            QStringLiteral("-days"), QStringLiteral("2"),
                            QStringLiteral("-extfile"), dir + QStringLiteral("/rsa.ext")})
                     .exitCode,
                 0);
        test::TestCertificates rsa = certs_;
        rsa.serverKey = key;
        rsa.serverCert = cert;
        test::StoreScpServer scp;
        QVERIFY2(scp.start(QStringLiteral("TLS12"), &rsa, false, true,
                           {QStringLiteral("--profile-bcp195-ex")}),
                 qPrintable(scp.error()));
        DicomNode node = nodeAt(QStringLiteral("TLS12"), scp.port());
        node.tls = true;
        node.caFile = certs_.caCert;
        const Result<void> echoed = DicomEcho::echo(node, local_);
        QVERIFY2(echoed, echoed ? "" : qPrintable(echoed.error().message + scp.log()));
        StoreSession session(node, local_);
        auto ff = object(spec(31));
        QVERIFY(ff);
        const StoreSession::Outcome sent =
            session.send(*ff->getDataset(), spec(31).sopClassUid, spec(31).sopInstanceUid);
        QVERIFY2(sent.kind == StoreSession::Outcome::Kind::Stored, qPrintable(sent.message));
    }

    // The certificate names 127.0.0.1 and localhost. The same server reached as 127.0.0.2 (also
    // loopback) presents a certificate that does not name that host: refused, unless the node
    // says not to check.
    void tlsChecksTheHostName() {
        test::StoreScpServer scp;
        QVERIFY2(scp.start(QStringLiteral("SECURE"), &certs_, false), qPrintable(scp.error()));
        DicomNode node = nodeAt(QStringLiteral("SECURE"), scp.port());
        node.tls = true;
        node.caFile = certs_.caCert;
        QVERIFY(node.verifyHostName); // on for new nodes
        node.host = QStringLiteral("localhost");
        Result<void> echoed = DicomEcho::echo(node, local_);
        QVERIFY2(echoed, echoed ? "" : qPrintable(echoed.error().message));
        node.host = QStringLiteral("127.0.0.2");
        echoed = DicomEcho::echo(node, local_);
        QVERIFY(!echoed);
        QVERIFY2(echoed.error().message.contains(QLatin1String("names the host 127.0.0.2")),
                 qPrintable(echoed.error().message));
        node.verifyHostName = false;
        echoed = DicomEcho::echo(node, local_);
        QVERIFY2(echoed, echoed ? "" : qPrintable(echoed.error().message));
    }

    // The storage commitment listener: bound to one address, checks the called and calling AE
    // titles and the peer's address, and serves a second peer while a first one stalls.
    void commitmentListenerAcceptsOnlyTheNode() {
        const int port = test::freePort();
        CommitmentListener::Expected expected;
        expected.calledAeTitle = QStringLiteral("PDISTATION");
        expected.callingAeTitle = QStringLiteral("ORTHANC");
        expected.peers = {QHostAddress(QStringLiteral("127.0.0.1"))};
        expected.transactionUid = DicomAssociation::newUid();
        expected.timeoutSeconds = 8;
        Result<std::unique_ptr<CommitmentListener>> listener =
            CommitmentListener::open(QHostAddress(QStringLiteral("127.0.0.1")), port, expected);
        QVERIFY2(listener, listener ? "" : qPrintable(listener.error().message));
        auto echo = [port](const QString& calling, const QString& called,
                           const QString& host = QStringLiteral("127.0.0.1")) {
            return test::run(QStringLiteral("echoscu"),
                             {QStringLiteral("-aet"), calling, QStringLiteral("-aec"), called,
                              QStringLiteral("-to"), QStringLiteral("5"), host,
                              QString::number(port)},
                             QByteArray(), QProcessEnvironment(), 20000);
        };
        // A peer that connects and says nothing.
        QTcpSocket stalled;
        stalled.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        QVERIFY(stalled.waitForConnected(3000));
        QThread::msleep(300);
        QElapsedTimer t;
        t.start();
        test::ProcessResult r = echo(QStringLiteral("ORTHANC"), QStringLiteral("PDISTATION"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(stalled.state(), QAbstractSocket::ConnectedState); // still held, not served
        // The wrong called AE title, a calling AE title that is not the node's: rejected.
        QVERIFY(echo(QStringLiteral("ORTHANC"), QStringLiteral("OTHERSTATION")).exitCode != 0);
        QVERIFY(echo(QStringLiteral("MALLORY"), QStringLiteral("PDISTATION")).exitCode != 0);
        // Bound to 127.0.0.1 only: nothing listens on 127.0.0.2, another loopback address.
        QTcpSocket elsewhere;
        elsewhere.connectToHost(QStringLiteral("127.0.0.2"), quint16(port));
        QVERIFY(!elsewhere.waitForConnected(2000));
        // The stalled peer is dropped after the time limit.
        QVERIFY(stalled.waitForDisconnected(15000) ||
                stalled.state() == QAbstractSocket::UnconnectedState);
        listener->reset();

        // From an address that is not the node's: rejected.
        expected.peers = {QHostAddress(QStringLiteral("127.0.0.9"))};
        listener =
            CommitmentListener::open(QHostAddress(QStringLiteral("127.0.0.1")), port, expected);
        QVERIFY(listener);
        QVERIFY(echo(QStringLiteral("ORTHANC"), QStringLiteral("PDISTATION")).exitCode != 0);
    }

    void findAndCommitAtOrthanc() {
        local_.listenPort = test::freePort();
        test::OrthancServer orthanc;
        test::OrthancServer::Options options;
        options.modalities.insert(QStringLiteral("pdi"),
                                  {QStringLiteral("PDISTATION"), QStringLiteral("127.0.0.1"),
                                   QString::number(local_.listenPort)});
        QVERIFY2(orthanc.start(options), qPrintable(orthanc.error()));
        DicomNode node = nodeAt(QStringLiteral("ORTHANC"), orthanc.dicomPort());
        node.roles = DicomNode::Store | DicomNode::Find | DicomNode::Commit;

        StoreSession session(node, local_);
        QVector<StorageCommitment::Reference> references;
        for (int i = 40; i < 43; ++i) {
            auto ff = object(spec(i));
            QVERIFY(ff);
            QCOMPARE(
                session.send(*ff->getDataset(), spec(i).sopClassUid, spec(i).sopInstanceUid).kind,
                StoreSession::Outcome::Kind::Stored);
            references.append({spec(i).sopClassUid, spec(i).sopInstanceUid});
        }
        session.close();
        QCOMPARE(orthanc.instanceCount(), 3);

        // Patient-level C-FIND, answered in UTF-8 and decoded.
        DcmDataset q;
        q.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
        q.putAndInsertString(DCM_QueryRetrieveLevel, "PATIENT");
        q.putAndInsertString(DCM_PatientID, "NET001");
        q.insertEmptyElement(DCM_PatientName);
        Result<DicomQuery::Answers> answers =
            DicomQuery::find(node, local_, DicomQuery::Model::PatientRoot, q);
        QVERIFY2(answers, answers ? "" : qPrintable(answers.error().message));
        QCOMPARE(answers->datasets.size(), 1);
        DcmDataset& a = *answers->datasets.constFirst();
        QCOMPARE(SpecificCharacterSet(text(a, DCM_SpecificCharacterSet))
                     .decode(text(a, DCM_PatientName).toLatin1(), true),
                 QStringLiteral("NETWORK^TEST=網^試験"));

        // Storage commitment: Orthanc reports on its own association to this station.
        references.append({spec(99).sopClassUid, spec(99).sopInstanceUid}); // never sent
        Result<StorageCommitment::Report> report =
            StorageCommitment::request(node, local_, references, 120);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->received);
        QVERIFY(report->transactionUid.startsWith(QLatin1String("2.25.")));
        QCOMPARE(report->committed.size(), 3);
        QCOMPARE(report->failed.size(), 1);
        QCOMPARE(report->failed.constFirst().reference.sopInstance, spec(99).sopInstanceUid);
        QCOMPARE(report->failed.constFirst().reason, quint16(0x0112));

        // Without a port to report to, the request is refused before anything is asked.
        LocalAe deaf = local_;
        deaf.listenPort = 0;
        Result<StorageCommitment::Report> refused =
            StorageCommitment::request(node, deaf, references, 5);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("station.dicomPort")));
    }

    void studySearchAtOrthanc() {
        test::OrthancServer orthanc;
        test::OrthancServer::Options options;
        options.modalities.insert(
            QStringLiteral("pdi"),
            {local_.aeTitle, QStringLiteral("127.0.0.1"), QStringLiteral("104")});
        QVERIFY2(orthanc.start(options), qPrintable(orthanc.error()));
        DicomNode node = nodeAt(QStringLiteral("ORTHANC"), orthanc.dicomPort());
        node.roles = DicomNode::Store | DicomNode::Find;

        // Yamada has a CT (two series) and an MR; Yamamoto shares the prefix "YAMA", and
        // another patient shares Yamada's birth date.
        auto patient = [this](int n, const QString& id, const QString& name, const QString& born,
                              const QString& study, const QString& date, const QString& modality,
                              const QString& series) {
            test::InstanceSpec s = spec(n);
            s.patientId = id;
            s.patientName = name;
            s.birthDate = born;
            s.studyUid = test::uid(QStringLiteral("61.%1").arg(study));
            s.studyDate = date;
            s.studyDescription = modality + QStringLiteral(" study");
            s.modality = modality;
            s.seriesUid = test::uid(QStringLiteral("61.%1.%2").arg(study, series));
            s.sopInstanceUid = test::uid(QStringLiteral("61.9.%1").arg(n));
            return s;
        };
        const QString yamada = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
        const QList<test::InstanceSpec> specs{
            patient(1, QStringLiteral("Y100"), yamada, QStringLiteral("19600202"),
                    QStringLiteral("1"), QStringLiteral("20240105"), QStringLiteral("CT"),
                    QStringLiteral("1")),
            patient(2, QStringLiteral("Y100"), yamada, QStringLiteral("19600202"),
                    QStringLiteral("1"), QStringLiteral("20240105"), QStringLiteral("CT"),
                    QStringLiteral("2")),
            patient(3, QStringLiteral("Y100"), yamada, QStringLiteral("19600202"),
                    QStringLiteral("2"), QStringLiteral("20250301"), QStringLiteral("MR"),
                    QStringLiteral("1")),
            patient(4, QStringLiteral("Y200"), QStringLiteral("YAMAMOTO^HANAKO=山本^花子"),
                    QStringLiteral("19710707"), QStringLiteral("3"), QStringLiteral("20230101"),
                    QStringLiteral("CT"), QStringLiteral("1")),
            patient(5, QStringLiteral("S300"), QStringLiteral("SATO^JIRO"),
                    QStringLiteral("19600202"), QStringLiteral("4"), QStringLiteral("20220101"),
                    QStringLiteral("CR"), QStringLiteral("1"))};
        StoreSession store(node, local_);
        for (const test::InstanceSpec& s : specs) {
            const QString path = tmp_.filePath(QStringLiteral("search%1").arg(++serial_));
            QVERIFY(test::writeInstance(path, s));
            DcmFileFormat ff;
            QVERIFY(ff.loadFile(QFile::encodeName(path).constData()).good());
            QCOMPARE(store.send(*ff.getDataset(), s.sopClassUid, s.sopInstanceUid).kind,
                     StoreSession::Outcome::Kind::Stored);
        }
        store.close();

        auto search = [&](const QString& text, const QString& born = QString()) {
            return PacsStudySearch::find(node, local_, {text, born});
        };
        // By ID: one patient, the newest study first, counts and modalities from the PACS.
        Result<PacsStudySearch::Found> byId = search(QStringLiteral("Y100"));
        QVERIFY2(byId, byId ? "" : qPrintable(byId.error().message));
        QCOMPARE(byId->patients.size(), 1);
        const PacsPatient& y = byId->patients.constFirst();
        QCOMPARE(y.demographics.id, QStringLiteral("Y100"));
        QCOMPARE(y.demographics.name, yamada);
        QCOMPARE(y.demographics.birthDate, QStringLiteral("19600202"));
        QCOMPARE(y.studies.size(), 2);
        QCOMPARE(y.studies.at(0).date, QStringLiteral("20250301"));
        QCOMPARE(y.studies.at(0).modalities, QStringList{QStringLiteral("MR")});
        QCOMPARE(y.studies.at(1).uid, test::uid(QStringLiteral("61.1")));
        QCOMPARE(y.studies.at(1).series, 2);
        QCOMPARE(y.studies.at(1).instances, 2);
        QCOMPARE(y.studies.at(1).description, QStringLiteral("CT study"));

        // By romaji prefix, typed in lower case with a space: both YAMA... patients.
        Result<PacsStudySearch::Found> byPrefix = search(QStringLiteral("yama"));
        QVERIFY(byPrefix);
        QStringList ids;
        for (const PacsPatient& p : byPrefix->patients)
            ids << p.demographics.id;
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("Y100"), QStringLiteral("Y200")}));
        Result<PacsStudySearch::Found> fullName = search(QStringLiteral("Yamada Taro"));
        QVERIFY(fullName);
        QCOMPARE(fullName->patients.size(), 1);

        // By kanji (the ideographic group) and by kana (the phonetic group).
        Result<PacsStudySearch::Found> byKanji = search(QStringLiteral("山本"));
        QVERIFY(byKanji);
        QCOMPARE(byKanji->patients.size(), 1);
        QCOMPARE(byKanji->patients.constFirst().demographics.id, QStringLiteral("Y200"));
        Result<PacsStudySearch::Found> byKana = search(QStringLiteral("やまだ"));
        QVERIFY(byKana);
        QCOMPARE(byKana->patients.size(), 1);
        QCOMPARE(byKana->patients.constFirst().demographics.id, QStringLiteral("Y100"));

        // By birth date alone, and narrowed with a name.
        Result<PacsStudySearch::Found> byBirth = search(QString(), QStringLiteral("19600202"));
        QVERIFY(byBirth);
        QCOMPARE(byBirth->patients.size(), 2);
        Result<PacsStudySearch::Found> both =
            search(QStringLiteral("SATO"), QStringLiteral("19600202"));
        QVERIFY(both);
        QCOMPARE(both->patients.size(), 1);
        QCOMPARE(both->patients.constFirst().demographics.id, QStringLiteral("S300"));

        // Nothing that matches, nothing to ask with, and a node without the find role.
        Result<PacsStudySearch::Found> none = search(QStringLiteral("NOBODY"));
        QVERIFY(none);
        QVERIFY(none->patients.isEmpty());
        Result<PacsStudySearch::Found> empty = search(QString());
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("birth date")));
        DicomNode storeOnly = node;
        storeOnly.roles = DicomNode::Store;
        Result<PacsStudySearch::Found> refused =
            PacsStudySearch::find(storeOnly, local_, {QStringLiteral("Y100"), QString()});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("find role")));
    }

    // Orthanc answers in its DefaultEncoding. JapaneseKanji gives "ISO 2022 IR 87" alone as the
    // character set: the ID must stay ASCII and the name decode in full. Latin1 cannot carry
    // the kanji and kana, and the answer says so.
    void answersInTheNodesCharacterSet_data() {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("lost");
        QTest::newRow("Utf8") << "Utf8"
                              << "KOBAYASHI^YUKI=小林^由紀=こばやし^ゆき" << false;
        QTest::newRow("JapaneseKanji") << "JapaneseKanji"
                                       << "KOBAYASHI^YUKI=小林^由紀=こばやし^ゆき" << false;
        QTest::newRow("Latin1") << "Latin1"
                                << "KOBAYASHI^YUKI" << true;
        QTest::newRow("Ascii") << "Ascii"
                               << "KOBAYASHI^YUKI" << true;
    }
    void answersInTheNodesCharacterSet() {
        QFETCH(QString, encoding);
        QFETCH(QString, name);
        QFETCH(bool, lost);
        test::OrthancServer orthanc;
        test::OrthancServer::Options options;
        options.defaultEncoding = encoding;
        options.modalities.insert(
            QStringLiteral("pdi"),
            {local_.aeTitle, QStringLiteral("127.0.0.1"), QStringLiteral("104")});
        QVERIFY2(orthanc.start(options), qPrintable(orthanc.error()));
        DicomNode node = nodeAt(QStringLiteral("ORTHANC"), orthanc.dicomPort());
        node.name = QStringLiteral("PACS-A");
        node.roles = DicomNode::Store | DicomNode::Find;
        test::InstanceSpec s = spec(1);
        s.patientId = QStringLiteral("10000003");
        s.patientName = QStringLiteral("KOBAYASHI^YUKI=小林^由紀=こばやし^ゆき");
        s.studyUid = test::uid(QStringLiteral("62.1"));
        s.seriesUid = test::uid(QStringLiteral("62.1.1"));
        s.sopInstanceUid = test::uid(QStringLiteral("62.1.1.1"));
        const QString path = tmp_.filePath(QStringLiteral("charset%1").arg(++serial_));
        QVERIFY(test::writeInstance(path, s));
        DcmFileFormat ff;
        QVERIFY(ff.loadFile(QFile::encodeName(path).constData()).good());
        StoreSession store(node, local_);
        QCOMPARE(store.send(*ff.getDataset(), s.sopClassUid, s.sopInstanceUid).kind,
                 StoreSession::Outcome::Kind::Stored);
        store.close();

        Result<PacsStudySearch::Found> found =
            PacsStudySearch::find(node, local_, {QStringLiteral("10000003"), QString()});
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));
        QCOMPARE(found->patients.size(), 1);
        const PacsPatient& p = found->patients.constFirst();
        QCOMPARE(p.demographics.id, QStringLiteral("10000003"));
        QCOMPARE(p.demographics.name, name);
        QCOMPARE(!p.characterSetNote.isEmpty(), lost);
        if (lost) {
            QVERIFY(p.characterSetNote.contains(QStringLiteral("PACS-A")));
            QVERIFY(p.characterSetNote.contains(QStringLiteral("KOBAYASHI YUKI")));
        }
    }

    void namePatterns() {
        QCOMPARE(PacsStudySearch::namePattern(QStringLiteral(" Yamada Taro ")),
                 QStringLiteral("Yamada^Taro*"));
        QCOMPARE(PacsStudySearch::namePattern(QStringLiteral("山田　太郎")),
                 QStringLiteral("*山田^太郎*"));
        QCOMPARE(PacsStudySearch::namePattern(QStringLiteral("YAM?DA*")),
                 QStringLiteral("YAM?DA*"));
    }

    void commitmentReportThatNeverComes() {
        // Orthanc reports to a port where nobody listens: the request ends at the deadline with
        // nothing received, which the import turns into "incomplete, ask again".
        LocalAe local = local_;
        local.listenPort = test::freePort();
        test::OrthancServer orthanc;
        test::OrthancServer::Options options;
        options.modalities.insert(QStringLiteral("pdi"),
                                  {QStringLiteral("PDISTATION"), QStringLiteral("127.0.0.1"),
                                   QString::number(test::freePort())});
        QVERIFY2(orthanc.start(options), qPrintable(orthanc.error()));
        DicomNode node = nodeAt(QStringLiteral("ORTHANC"), orthanc.dicomPort());
        Result<StorageCommitment::Report> report = StorageCommitment::request(
            node, local, {{spec(1).sopClassUid, spec(1).sopInstanceUid}}, 3);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(!report->received);
    }

    void worklist() {
        test::WorklistServer wl;
        test::WorklistEntry entry;
        entry.characterSet = QStringLiteral("\\ISO 2022 IR 87");
        entry.patientName = QStringLiteral("YAMADA^TARO=山田^太郎");
        entry.patientId = QStringLiteral("L7777");
        entry.birthDate = QStringLiteral("19650203");
        entry.sex = QStringLiteral("M");
        entry.accessionNumber = QStringLiteral("ACC777");
        entry.studyUid = test::uid(QStringLiteral("70"));
        entry.scheduledDate = QStringLiteral("20240105");
        QVERIFY2(wl.start(QStringLiteral("WORKLIST"), {entry.dump()}), qPrintable(wl.error()));
        DcmDataset q;
        q.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
        q.putAndInsertString(DCM_PatientID, "L7777");
        q.insertEmptyElement(DCM_PatientName);
        q.insertEmptyElement(DCM_AccessionNumber);
        DcmItem* sps = nullptr;
        q.findOrCreateSequenceItem(DCM_ScheduledProcedureStepSequence, sps, 0);
        sps->insertEmptyElement(DCM_ScheduledProcedureStepStartDate);
        sps->insertEmptyElement(DCM_Modality);
        Result<DicomQuery::Answers> answers = DicomQuery::find(
            nodeAt(QStringLiteral("WORKLIST"), wl.port()), local_, DicomQuery::Model::Worklist, q);
        QVERIFY2(answers, answers ? "" : qPrintable(answers.error().message));
        QCOMPARE(answers->datasets.size(), 1);
        DcmDataset& a = *answers->datasets.constFirst();
        QCOMPARE(text(a, DCM_AccessionNumber), QStringLiteral("ACC777"));
        QCOMPARE(SpecificCharacterSet(text(a, DCM_SpecificCharacterSet))
                     .decode(text(a, DCM_PatientName).toLatin1(), true),
                 QStringLiteral("YAMADA^TARO=山田^太郎"));
    }
};

QTEST_GUILESS_MAIN(NetworkTest)
#include "tst_network.moc"
