#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

class DcmDataset;

namespace pdi::test {

// pydicom's test corpus (Debian package python3-pydicom).
QString pydicomFile(const QString& relative);    // under test_files/
QString pydicomCharsetFile(const QString& name); // under charset_files/

// The real-world media corpus (../shared/media-corpus next to the source tree, or
// PDI_MEDIA_CORPUS); empty when it is absent, and the test then skips with a message.
QString mediaCorpus();
// A case of it (e.g. "regression/dd-empty"); empty when absent.
QString mediaCorpusCase(const QString& relative);

// How pydicom reads the identity of each file: path -> {id, issuer, name, birthDate, sex}.
// Names are pydicom's str(PersonName) (trailing empty groups dropped).
QJsonObject pydicomIdentities(const QStringList& paths);

// The built binaries (build/bin).
QString binary(const QString& name);

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs a program and waits for it (up to timeoutMs); the environment adds to the test's own.
ProcessResult run(const QString& program, const QStringList& arguments,
                  const QByteArray& input = QByteArray(),
                  const QProcessEnvironment& extraEnv = QProcessEnvironment(),
                  int timeoutMs = 300000);
// Runs build/bin/pdi. With PDI_USER, PDI_PASSWORD and --password-stdin, PDI_PASSWORD is given as
// the first line of standard input instead (pdi refuses the two together).
ProcessResult runPdi(const QStringList& arguments, const QByteArray& input = QByteArray(),
                     const QProcessEnvironment& extraEnv = QProcessEnvironment());
// Runs build/bin/pdi with exactly this input and environment.
ProcessResult runPdiAsGiven(const QStringList& arguments, const QByteArray& input = QByteArray(),
                            const QProcessEnvironment& extraEnv = QProcessEnvironment());

// A small DICOM object the tests write with DCMTK: 16x16 16-bit MONOCHROME2 pixels by default.
struct InstanceSpec {
    QString patientId = QStringLiteral("PAT001");
    QString issuer;
    QString patientName = QStringLiteral("TEST^PATIENT");
    QString birthDate = QStringLiteral("19700101");
    QString sex = QStringLiteral("M");
    QString characterSet = QStringLiteral("ISO_IR 192"); // text below is written as UTF-8
    QString studyUid = QStringLiteral("1.2.826.0.1.3680043.9.7777.1");
    QString studyDate = QStringLiteral("20240105");
    QString studyTime = QStringLiteral("101500");
    QString studyId = QStringLiteral("1");
    QString accessionNumber = QStringLiteral("ACC001");
    QString studyDescription = QStringLiteral("CT CHEST");
    QString seriesUid = QStringLiteral("1.2.826.0.1.3680043.9.7777.1.1");
    QString seriesNumber = QStringLiteral("1");
    QString seriesDescription = QStringLiteral("AXIAL 5MM");
    QString modality = QStringLiteral("CT");
    QString sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.2");
    QString sopInstanceUid = QStringLiteral("1.2.826.0.1.3680043.9.7777.1.1.1");
    QString instanceNumber = QStringLiteral("1");
    QString institution = QStringLiteral("TEST HOSPITAL");
    QString manufacturer = QStringLiteral("TESTVENDOR");
    QString model = QStringLiteral("SCANNER 1");
    QString imageType = QStringLiteral("ORIGINAL\\PRIMARY\\AXIAL");
    double sliceThickness = 5.0;
    int rows = 16;
    int columns = 16;
    std::function<void(DcmDataset&)> customize; // last word on the data set
};

// Writes the object as Part 10, Explicit VR Little Endian unless transferSyntax says otherwise
// (it must be uncompressed: use dcmcjpeg & co. for compressed files).
bool writeInstance(const QString& path, const InstanceSpec& spec,
                   const QString& transferSyntax = QString());

// Writes a conformant PDI folder layout under root with instances spec0..specN (File IDs
// DICOM/S1/R1/I1 ...), a DICOMDIR made with DCMTK's dcmmkdir and a README.TXT.
bool writeConformantMedium(const QString& root, const QList<InstanceSpec>& specs,
                           const QString& fileSetId = QStringLiteral("PDITEST"));

// A DICOMDIR for the files under root (dcmmkdir, General Purpose profile).
bool makeDicomdir(const QString& root, const QString& fileSetId = QStringLiteral("PDITEST"));
// An ISO 9660 image of root made with xorriso (ISO Level 1 names, no Rock Ridge/Joliet).
bool makeIso(const QString& root, const QString& isoPath,
             const QString& volumeId = QStringLiteral("PDITEST"));
// A ZIP archive of root made with Python's zipfile; prefix puts everything in one folder.
bool makeZip(const QString& root, const QString& zipPath, const QString& prefix = QString(),
             bool store = false);

bool writeText(const QString& path, const QByteArray& content);

// A medium (DICOMDIR, README.TXT) whose one object, DICOM/S1/R1/I1, is a multi-frame grayscale
// image (Multi-frame Grayscale Word Secondary Capture, 512x512 16-bit frames) with about
// `megabytes` of uncompressed pixel data, written in chunks so that neither the test nor the
// generator holds it in memory. Returns the SHA-256 of the pixel data value; empty on failure.
QByteArray writeLargeObjectMedium(const QString& root, InstanceSpec spec, int megabytes);
// The SHA-256 of a Part 10 file's Pixel Data value, read from the file in chunks; empty when
// the file cannot be read or holds none.
QByteArray pixelDataSha256(const QString& path);

// Unique UIDs for tests.
QString uid(const QString& suffix);

} // namespace pdi::test
