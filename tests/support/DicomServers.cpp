#include "DicomServers.h"

#include "SyslogReceiver.h"
#include "TestSupport.h"
#include "dicom/SpecificCharacterSet.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace pdi::test {

namespace {

// Servers die with the test, even when the test itself crashes.
std::unique_ptr<QProcess> newServerProcess() {
    auto p = std::make_unique<QProcess>();
    p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    p->setProcessChannelMode(QProcess::MergedChannels);
    return p;
}

void endProcess(std::unique_ptr<QProcess>& p, bool hard) {
    if (!p)
        return;
    if (p->state() != QProcess::NotRunning) {
        if (hard) {
            p->kill();
        } else {
            p->terminate();
            if (!p->waitForFinished(30000))
                p->kill();
        }
        p->waitForFinished(30000);
    }
}

} // namespace

int freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool waitForPort(int port, const QProcess* process, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (process && process->state() == QProcess::NotRunning)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (socket.waitForConnected(1000)) {
            socket.disconnectFromHost();
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

// Orthanc

OrthancServer::~OrthancServer() {
    stop();
}

bool OrthancServer::start(const Options& options) {
    options_ = options;
    dicomPort_ = freePort();
    httpPort_ = freePort();
    while (httpPort_ == dicomPort_)
        httpPort_ = freePort();
    return launch();
}

bool OrthancServer::launch() {
    QJsonObject modalities;
    for (auto it = options_.modalities.constBegin(); it != options_.modalities.constEnd(); ++it)
        modalities.insert(it.key(), QJsonArray::fromStringList(it.value()));
    const QString storage = dir_.path() + QStringLiteral("/storage");
    QDir().mkpath(storage);
    const QJsonObject config{
        {QStringLiteral("Name"), QStringLiteral("PDI test PACS")},
        {QStringLiteral("DicomAet"), options_.aeTitle},
        {QStringLiteral("DicomPort"), dicomPort_},
        {QStringLiteral("HttpPort"), httpPort_},
        {QStringLiteral("StorageDirectory"), storage},
        {QStringLiteral("IndexDirectory"), storage},
        {QStringLiteral("RemoteAccessAllowed"), false},
        {QStringLiteral("AuthenticationEnabled"), false},
        {QStringLiteral("DefaultEncoding"), options_.defaultEncoding},
        {QStringLiteral("DicomModalities"), modalities},
        {QStringLiteral("DicomScpTimeout"), 30},
        {QStringLiteral("Plugins"), QJsonArray()},
    };
    const QString configPath = dir_.path() + QStringLiteral("/orthanc.json");
    if (!writeText(configPath, QJsonDocument(config).toJson())) {
        error_ = QStringLiteral("cannot write %1").arg(configPath);
        return false;
    }
    process_ = newServerProcess();
    process_->setWorkingDirectory(dir_.path());
    // A PACS tuned as PACS are: Nagle's algorithm off (DCMTK reads TCP_NODELAY).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TCP_NODELAY"), QStringLiteral("1"));
    process_->setProcessEnvironment(env);
    process_->start(QStringLiteral("Orthanc"), {configPath});
    if (!process_->waitForStarted(30000)) {
        error_ = QStringLiteral("cannot start Orthanc: %1").arg(process_->errorString());
        return false;
    }
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (process_->state() == QProcess::NotRunning)
            break;
        if (!get(QStringLiteral("/system")).isNull() &&
            waitForPort(dicomPort_, process_.get(), 1000))
            return true;
        QThread::msleep(50);
    }
    error_ = QStringLiteral("Orthanc did not start: %1").arg(log());
    return false;
}

bool OrthancServer::restart() {
    endProcess(process_, false);
    return launch();
}

void OrthancServer::stop() {
    endProcess(process_, false);
}

void OrthancServer::kill() {
    endProcess(process_, true);
}

QString OrthancServer::log() const {
    return process_ ? QString::fromUtf8(process_->readAll()) : QString();
}

QByteArray OrthancServer::getRaw(const QString& path) const {
    QNetworkAccessManager manager;
    QNetworkReply* reply = manager.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(httpPort_).arg(path))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QByteArray body;
    if (reply->isFinished() && reply->error() == QNetworkReply::NoError)
        body = reply->readAll();
    reply->abort();
    reply->deleteLater();
    return body;
}

QJsonValue OrthancServer::get(const QString& path) const {
    const QByteArray body = getRaw(path);
    if (body.isEmpty())
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return QJsonValue();
}

int OrthancServer::instanceCount() const {
    const QJsonValue stats = get(QStringLiteral("/statistics"));
    return stats.isObject() ? stats.toObject().value(QStringLiteral("CountInstances")).toInt() : -1;
}

DcmtkServer::~DcmtkServer() {
    stop();
}

void DcmtkServer::stop() {
    endProcess(process_, false);
}

// wlmscpfs

QByteArray WorklistEntry::dump() const {
    const SpecificCharacterSet cs(characterSet);
    auto line = [](const char* tag, const char* vr, const QByteArray& value) {
        return QByteArray("(") + tag + ") " + vr + " [" + value + "]\n";
    };
    QByteArray d;
    d += line("0008,0005", "CS", characterSet.toLatin1());
    d += line("0008,0050", "SH", accessionNumber.toLatin1());
    d += line("0010,0010", "PN", cs.encode(patientName));
    d += line("0010,0020", "LO", patientId.toLatin1());
    if (!issuer.isEmpty())
        d += line("0010,0021", "LO", cs.encode(issuer));
    d += line("0010,0030", "DA", birthDate.toLatin1());
    d += line("0010,0040", "CS", sex.toLatin1());
    d += line("0020,000d", "UI", studyUid.toLatin1());
    d += line("0032,1032", "PN", "REQUESTING^DOCTOR");
    d += line("0032,1060", "LO", cs.encode(procedure));
    d += "(0040,0100) SQ\n(fffe,e000) -\n";
    d += line("0008,0060", "CS", modality.toLatin1());
    d += line("0040,0001", "AE", "CT1");
    d += line("0040,0002", "DA", scheduledDate.toLatin1());
    d += line("0040,0003", "TM", scheduledTime.toLatin1());
    d += line("0040,0006", "PN", "PERFORMING^DOCTOR");
    d += line("0040,0007", "LO", cs.encode(procedure));
    d += line("0040,0009", "SH", "SPS" + accessionNumber.toLatin1());
    d += line("0040,0010", "SH", "STATION1");
    d += line("0040,0011", "SH", "ROOM1");
    d += "(fffe,e00d) -\n(fffe,e0dd) -\n";
    d += line("0040,1001", "SH", "RP" + accessionNumber.toLatin1());
    d += line("0040,1003", "SH", "LOW");
    return d;
}

bool WorklistServer::start(const QString& aeTitle, const QList<QByteArray>& entries) {
    const QString folder = dir_.path() + QStringLiteral("/") + aeTitle;
    QDir().mkpath(folder);
    if (!writeText(folder + QStringLiteral("/lockfile"), QByteArray())) {
        error_ = QStringLiteral("cannot write the lock file");
        return false;
    }
    for (int i = 0; i < entries.size(); ++i) {
        const QString dump = folder + QStringLiteral("/entry%1.dump").arg(i);
        const QString wl = folder + QStringLiteral("/entry%1.wl").arg(i);
        if (!writeText(dump, entries.at(i))) {
            error_ = QStringLiteral("cannot write %1").arg(dump);
            return false;
        }
        const ProcessResult r = run(QStringLiteral("dump2dcm"), {dump, wl});
        if (r.exitCode != 0) {
            error_ = QStringLiteral("dump2dcm failed: %1 %2").arg(r.outText(), r.errText());
            return false;
        }
        QFile::remove(dump);
    }
    port_ = freePort();
    process_ = newServerProcess();
    process_->start(QStringLiteral("wlmscpfs"),
                    {QStringLiteral("--single-process"), QStringLiteral("--keep-char-set"),
                     QStringLiteral("--data-files-path"), dir_.path(), QString::number(port_)});
    if (!process_->waitForStarted(30000) || !waitForPort(port_, process_.get())) {
        error_ = QStringLiteral("wlmscpfs did not start: %1")
                     .arg(QString::fromUtf8(process_->readAll()));
        return false;
    }
    return true;
}

// dcmqrscp

bool QrScpServer::start(const QString& aeTitle, const QStringList& files, bool patientRoot) {
    const QString storage = dir_.path() + QStringLiteral("/db");
    QDir().mkpath(storage);
    port_ = freePort();
    const QString config = dir_.path() + QStringLiteral("/dcmqrscp.cfg");
    const QByteArray text = QStringLiteral("NetworkTCPPort = %1\nMaxPDUSize = 16384\n"
                                           "MaxAssociations = 16\n"
                                           "HostTable BEGIN\nHostTable END\n"
                                           "VendorTable BEGIN\nVendorTable END\n"
                                           "AETable BEGIN\n%2 %3 RW (200, 1024mb) ANY\n"
                                           "AETable END\n")
                                .arg(port_)
                                .arg(aeTitle, storage)
                                .toUtf8();
    if (!writeText(config, text)) {
        error_ = QStringLiteral("cannot write %1").arg(config);
        return false;
    }
    // dcmqridx registers the files in the index of the storage area, where dcmqrscp finds them.
    QStringList copies;
    for (int i = 0; i < files.size(); ++i) {
        copies << storage + QStringLiteral("/obj%1.dcm").arg(i);
        if (!QFile::copy(files.at(i), copies.constLast())) {
            error_ = QStringLiteral("cannot copy %1").arg(files.at(i));
            return false;
        }
    }
    const ProcessResult indexed = run(QStringLiteral("dcmqridx"), QStringList{storage} + copies);
    if (indexed.exitCode != 0) {
        error_ = QStringLiteral("dcmqridx failed: %1 %2").arg(indexed.outText(), indexed.errText());
        return false;
    }
    // Forking (its default): in single-process mode dcmqrscp ends after the first association.
    QStringList args{QStringLiteral("--config"), config};
    if (!patientRoot)
        args << QStringLiteral("--no-patient-root");
    process_ = newServerProcess();
    process_->start(QStringLiteral("dcmqrscp"), args);
    if (!process_->waitForStarted(30000) || !waitForPort(port_, process_.get())) {
        error_ = QStringLiteral("dcmqrscp did not start: %1")
                     .arg(QString::fromUtf8(process_->readAll()));
        return false;
    }
    return true;
}

// storescp

bool StoreScpServer::start(const QString& aeTitle, const TestCertificates* certificates,
                           bool requireClientCertificate, bool acceptAll,
                           const QStringList& extra) {
    QDir().mkpath(outputDir());
    port_ = freePort();
    QStringList args{QStringLiteral("--aetitle"), aeTitle, QStringLiteral("--output-directory"),
                     outputDir()};
    if (acceptAll)
        args << QStringLiteral("--accept-all");
    if (certificates) {
        args << QStringLiteral("+tls") << certificates->serverKey << certificates->serverCert
             << QStringLiteral("+cf") << certificates->caCert
             << (requireClientCertificate ? QStringLiteral("--require-peer-cert")
                                          : QStringLiteral("--verify-peer-cert"));
    }
    args << extra << QString::number(port_);
    process_ = newServerProcess();
    process_->start(QStringLiteral("storescp"), args);
    if (!process_->waitForStarted(30000) || !waitForPort(port_, process_.get())) {
        error_ = QStringLiteral("storescp did not start: %1")
                     .arg(QString::fromUtf8(process_->readAll()));
        return false;
    }
    return true;
}

int StoreScpServer::fileCount() const {
    return int(QDir(outputDir()).entryList(QDir::Files).size());
}

QString StoreScpServer::log() const {
    return process_ ? QString::fromUtf8(process_->readAll()) : QString();
}

} // namespace pdi::test
