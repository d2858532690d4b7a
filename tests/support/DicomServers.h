#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace pdi::test {

struct TestCertificates;

// A TCP port on loopback that nothing listens on right now.
int freePort();
// Waits until something accepts TCP connections on 127.0.0.1:port (or the process died).
bool waitForPort(int port, const QProcess* process, int timeoutMs = 60000);

// A real Orthanc (Debian package `orthanc`) with its own configuration, storage and index in a
// temporary folder, on free loopback ports. Killed when destroyed.
class OrthancServer {
public:
    struct Options {
        QString aeTitle = QStringLiteral("ORTHANC");
        QString defaultEncoding = QStringLiteral("Utf8"); // how C-FIND answers are encoded
        // Known modalities: name -> {AE title, host, port}; the importer's AE must be here for
        // C-FIND and for storage commitment reports.
        QMap<QString, QStringList> modalities;
    };

    ~OrthancServer();
    bool start(const Options& options);
    // Starts again on the same ports and storage (after stop() or kill()).
    bool restart();
    void stop();
    void kill(); // SIGKILL: a PACS that goes away mid-transfer

    int dicomPort() const { return dicomPort_; }
    int httpPort() const { return httpPort_; }
    QString error() const { return error_; }
    QString log() const;

    // GET on the REST API; null on failure.
    QJsonValue get(const QString& path) const;
    QByteArray getRaw(const QString& path) const;
    int instanceCount() const;

private:
    bool launch();
    QTemporaryDir dir_;
    Options options_;
    std::unique_ptr<QProcess> process_;
    int dicomPort_ = 0;
    int httpPort_ = 0;
    QString error_;
};

// One scheduled procedure for the worklist server; text is encoded in characterSet.
struct WorklistEntry {
    QString characterSet = QStringLiteral("ISO_IR 192");
    QString patientName;
    QString patientId;
    QString issuer;
    QString birthDate;
    QString sex;
    QString accessionNumber;
    QString studyUid;
    QString procedure = QStringLiteral("CT CHEST");
    QString modality = QStringLiteral("CT");
    QString scheduledDate; // YYYYMMDD
    QString scheduledTime = QStringLiteral("101500");

    // dump2dcm input with everything wlmscpfs wants in a complete worklist file.
    QByteArray dump() const;
};

// A DCMTK server process on a free loopback port, ended when the object goes.
class DcmtkServer {
public:
    virtual ~DcmtkServer();
    void stop();
    int port() const { return port_; }
    QString error() const { return error_; }

protected:
    QTemporaryDir dir_;
    std::unique_ptr<QProcess> process_;
    int port_ = 0;
    QString error_;
};

// DCMTK's wlmscpfs serving .wl files made with dump2dcm from DCMTK dump text.
class WorklistServer : public DcmtkServer {
public:
    // Each entry is dcmdump-style text ("(0010,0010) PN [YAMADA^TARO]" lines, UTF-8; items of
    // the Scheduled Procedure Step Sequence between "(fffe,e000) -" and "(fffe,e00d) -").
    bool start(const QString& aeTitle, const QList<QByteArray>& entries);
};

// DCMTK's dcmqrscp as a PACS that answers C-FIND with the objects given, optionally without the
// Patient Root models (a PACS that is asked at study level only).
class QrScpServer : public DcmtkServer {
public:
    bool start(const QString& aeTitle, const QStringList& files, bool patientRoot = true);
};

// DCMTK's storescp writing what it receives into a folder, optionally with DICOM TLS.
class StoreScpServer : public DcmtkServer {
public:
    // certificates: TLS with the server certificate; requireClientCertificate: mutual TLS.
    // acceptAll: every transfer syntax storescp knows; otherwise only uncompressed ones.
    // extra: more storescp options, e.g. its TLS profile.
    bool start(const QString& aeTitle, const TestCertificates* certificates = nullptr,
               bool requireClientCertificate = false, bool acceptAll = true,
               const QStringList& extra = QStringList());
    QString outputDir() const { return dir_.path() + QStringLiteral("/in"); }
    int fileCount() const;
    QString log() const;
};

} // namespace pdi::test
