#include "TestSupport.h"

#include "PostgresServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <vector>

namespace pdi::test {

namespace {

// Before main: every station the suite opens, here or in a pdi it starts, uses PostgreSQL when
// the suite runs in the label "postgresql".
[[maybe_unused]] const bool g_postgres = usePostgresFromFixture();

} // namespace

QString pydicomFile(const QString& relative) {
    return QStringLiteral(PDI_PYDICOM_DATA "/test_files/") + relative;
}

QString pydicomCharsetFile(const QString& name) {
    return QStringLiteral(PDI_PYDICOM_DATA "/charset_files/") + name;
}

QString mediaCorpus() {
    // Next to the source tree, or next to the folder of git worktrees the tree is one of.
    QStringList candidates{QStringLiteral(PDI_SOURCE_DIR "/../shared/media-corpus"),
                           QStringLiteral(PDI_SOURCE_DIR "/../../shared/media-corpus")};
    if (qEnvironmentVariableIsSet("PDI_MEDIA_CORPUS"))
        candidates = {qEnvironmentVariable("PDI_MEDIA_CORPUS")};
    for (const QString& dir : std::as_const(candidates)) {
        if (QFileInfo::exists(dir + QStringLiteral("/INDEX.md")))
            return QDir(dir).absolutePath();
    }
    return QString();
}

QString mediaCorpusCase(const QString& relative) {
    const QString root = mediaCorpus();
    if (root.isEmpty() || !QFileInfo::exists(root + QLatin1Char('/') + relative))
        return QString();
    return root + QLatin1Char('/') + relative;
}

QJsonObject pydicomIdentities(const QStringList& paths) {
    const QString script = QStringLiteral(
        "import json, sys, warnings, pydicom\n"
        "warnings.simplefilter('ignore')\n"
        "out = {}\n"
        "for p in sys.argv[1:]:\n"
        "    ds = pydicom.dcmread(p, force=True)\n"
        "    g = lambda k: str(ds.get(k, '') or '').strip()\n"
        "    out[p] = {'id': g('PatientID'), 'issuer': g('IssuerOfPatientID'),\n"
        "              'name': g('PatientName'), 'birthDate': g('PatientBirthDate'),\n"
        "              'sex': g('PatientSex')}\n"
        "print(json.dumps(out))\n");
    const ProcessResult r =
        run(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + paths);
    if (r.exitCode != 0)
        return QJsonObject();
    return QJsonDocument::fromJson(r.out).object();
}

QString binary(const QString& name) {
    const QString dir = qEnvironmentVariable("PDI_BIN_DIR", QStringLiteral(PDI_BINARY_DIR "/bin"));
    return dir + QLatin1Char('/') + name;
}

ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input,
                  const QProcessEnvironment& extraEnv, int timeoutMs) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    ProcessResult r;
    if (!p.waitForStarted(30000)) {
        r.err = QStringLiteral("cannot start %1: %2").arg(program, p.errorString()).toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QByteArrayLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessResult runPdi(const QStringList& arguments, const QByteArray& input,
                     const QProcessEnvironment& extraEnv) {
    // pdi refuses PDI_PASSWORD together with --password-stdin (which password is the first
    // line?). A test that signs in with PDI_PASSWORD and gives further passwords on standard
    // input means the login password first: that is how it is given here.
    const QString passwordVariable = QStringLiteral("PDI_PASSWORD");
    if (arguments.contains(QLatin1String("--password-stdin")) &&
        extraEnv.contains(passwordVariable) && extraEnv.contains(QStringLiteral("PDI_USER"))) {
        QProcessEnvironment env = extraEnv;
        env.remove(passwordVariable);
        return run(binary(QStringLiteral("pdi")), arguments,
                   extraEnv.value(passwordVariable).toUtf8() + '\n' + input, env);
    }
    return runPdiAsGiven(arguments, input, extraEnv);
}

ProcessResult runPdiAsGiven(const QStringList& arguments, const QByteArray& input,
                            const QProcessEnvironment& extraEnv) {
    return run(binary(QStringLiteral("pdi")), arguments, input, extraEnv);
}

bool writeInstance(const QString& path, const InstanceSpec& s, const QString& transferSyntax) {
    DcmFileFormat ff;
    DcmDataset* ds = ff.getDataset();
    auto put = [ds](const DcmTagKey& tag, const QString& value) {
        if (!value.isNull())
            ds->putAndInsertString(tag, value.toUtf8().constData());
    };
    put(DCM_SpecificCharacterSet, s.characterSet);
    put(DCM_SOPClassUID, s.sopClassUid);
    put(DCM_SOPInstanceUID, s.sopInstanceUid);
    put(DCM_ImageType, s.imageType);
    put(DCM_StudyDate, s.studyDate);
    put(DCM_StudyTime, s.studyTime);
    put(DCM_AccessionNumber, s.accessionNumber);
    put(DCM_Modality, s.modality);
    put(DCM_Manufacturer, s.manufacturer);
    put(DCM_InstitutionName, s.institution);
    put(DCM_StudyDescription, s.studyDescription);
    put(DCM_SeriesDescription, s.seriesDescription);
    put(DCM_ManufacturerModelName, s.model);
    put(DCM_PatientName, s.patientName);
    put(DCM_PatientID, s.patientId);
    if (!s.issuer.isEmpty())
        put(DCM_IssuerOfPatientID, s.issuer);
    put(DCM_PatientBirthDate, s.birthDate);
    put(DCM_PatientSex, s.sex);
    if (s.sliceThickness > 0)
        put(DCM_SliceThickness, QString::number(s.sliceThickness));
    put(DCM_StudyInstanceUID, s.studyUid);
    put(DCM_SeriesInstanceUID, s.seriesUid);
    put(DCM_StudyID, s.studyId);
    put(DCM_SeriesNumber, s.seriesNumber);
    put(DCM_InstanceNumber, s.instanceNumber);
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    put(DCM_PhotometricInterpretation, QStringLiteral("MONOCHROME2"));
    ds->putAndInsertUint16(DCM_Rows, Uint16(s.rows));
    ds->putAndInsertUint16(DCM_Columns, Uint16(s.columns));
    ds->putAndInsertUint16(DCM_BitsAllocated, 16);
    ds->putAndInsertUint16(DCM_BitsStored, 12);
    ds->putAndInsertUint16(DCM_HighBit, 11);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
    std::vector<Uint16> pixels(size_t(s.rows) * size_t(s.columns));
    for (size_t i = 0; i < pixels.size(); ++i)
        pixels[i] = Uint16((i * 37 + s.instanceNumber.toInt() * 11) % 4096);
    ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), unsigned(pixels.size()));
    if (s.customize)
        s.customize(*ds);
    E_TransferSyntax xfer = EXS_LittleEndianExplicit;
    if (!transferSyntax.isEmpty())
        xfer = DcmXfer(transferSyntax.toLatin1().constData()).getXfer();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return ff.saveFile(QFile::encodeName(path).constData(), xfer).good();
}

bool writeText(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

bool makeDicomdir(const QString& root, const QString& fileSetId) {
    const ProcessResult r =
        run(QStringLiteral("dcmmkdir"),
            {QStringLiteral("--input-directory"), root, QStringLiteral("--output-file"),
             root + QStringLiteral("/DICOMDIR"), QStringLiteral("--fileset-id"), fileSetId,
             QStringLiteral("--recurse"), QStringLiteral("DICOM")});
    if (r.exitCode != 0)
        qWarning("dcmmkdir failed: %s %s", r.out.constData(), r.err.constData());
    return r.exitCode == 0;
}

bool writeConformantMedium(const QString& root, const QList<InstanceSpec>& specs,
                           const QString& fileSetId) {
    for (int i = 0; i < specs.size(); ++i) {
        const QString path = QStringLiteral("%1/DICOM/S1/R%2/I%3")
                                 .arg(root)
                                 .arg(specs.at(i).seriesNumber)
                                 .arg(i + 1);
        if (!writeInstance(path, specs.at(i)))
            return false;
    }
    if (!writeText(
            root + QStringLiteral("/README.TXT"),
            "Referral medium written for tests.\r\nThis medium does not start any program.\r\n"))
        return false;
    return makeDicomdir(root, fileSetId);
}

QByteArray writeLargeObjectMedium(const QString& root, InstanceSpec spec, int megabytes) {
    constexpr int Side = 512;
    constexpr qint64 FrameBytes = qint64(Side) * Side * 2;
    const qint64 frames = qMax<qint64>(1, qint64(megabytes) * 1024 * 1024 / FrameBytes);
    const qint64 length = frames * FrameBytes;
    if (length > 0xFFFFFFF0LL)
        return QByteArray();
    spec.sopClassUid = QString::fromLatin1(UID_MultiframeGrayscaleWordSecondaryCaptureImageStorage);
    spec.modality = QStringLiteral("OT");
    spec.rows = 1; // the pixel data below replaces the one writeInstance makes
    spec.columns = 1;
    const std::function<void(DcmDataset&)> customize = spec.customize;
    spec.customize = [&](DcmDataset& ds) {
        ds.putAndInsertUint16(DCM_Rows, Side);
        ds.putAndInsertUint16(DCM_Columns, Side);
        ds.putAndInsertString(DCM_NumberOfFrames, QByteArray::number(frames).constData());
        ds.putAndInsertString(DCM_ConversionType, "WSD");
        delete ds.remove(DCM_PixelData);
        if (customize)
            customize(ds);
    };
    const QString path = root + QStringLiteral("/DICOM/S1/R1/I1");
    if (!writeInstance(path, spec))
        return QByteArray();
    // Pixel Data is the last element: appended as Explicit VR Little Endian OW.
    QFile file(path);
    if (!file.open(QIODevice::Append))
        return QByteArray();
    const quint32 len = quint32(length);
    const char header[12] = {'\xE0',
                             '\x7F',
                             '\x10',
                             '\x00',
                             'O',
                             'W',
                             0,
                             0,
                             char(len & 0xFF),
                             char((len >> 8) & 0xFF),
                             char((len >> 16) & 0xFF),
                             char((len >> 24) & 0xFF)};
    if (file.write(header, sizeof header) != qint64(sizeof header))
        return QByteArray();
    QCryptographicHash sha(QCryptographicHash::Sha256);
    std::vector<quint16> chunk(size_t(FrameBytes / 2));
    for (qint64 f = 0; f < frames; ++f) {
        // Different in every frame and pixel, so that a lost or repeated chunk changes the hash.
        for (size_t i = 0; i < chunk.size(); ++i)
            chunk[i] = quint16(((quint64(f) * 1000003u + i) * 2654435761u >> 16) & 0x0FFF);
        const char* bytes = reinterpret_cast<const char*>(chunk.data());
        sha.addData(QByteArrayView(bytes, qsizetype(FrameBytes)));
        if (file.write(bytes, FrameBytes) != FrameBytes)
            return QByteArray();
    }
    if (!file.flush())
        return QByteArray();
    file.close();
    if (!writeText(root + QStringLiteral("/README.TXT"),
                   "Referral medium written for tests: one large object.\r\n") ||
        !makeDicomdir(root))
        return QByteArray();
    return sha.result();
}

QByteArray pixelDataSha256(const QString& path) {
    DcmFileFormat ff;
    // Long values stay in the file (DCMTK's default read limit) and are read below in chunks.
    if (ff.loadFile(QFile::encodeName(path).constData()).bad())
        return QByteArray();
    DcmElement* pixels = nullptr;
    if (ff.getDataset()->findAndGetElement(DCM_PixelData, pixels).bad() || !pixels)
        return QByteArray();
    const Uint32 length = pixels->getLength();
    QCryptographicHash sha(QCryptographicHash::Sha256);
    DcmFileCache cache;
    std::vector<char> buffer(size_t(4) << 20);
    for (Uint32 offset = 0; offset < length;) {
        const Uint32 n = qMin<Uint32>(Uint32(buffer.size()), length - offset);
        if (pixels->getPartialValue(buffer.data(), offset, n, &cache, EBO_LittleEndian).bad())
            return QByteArray();
        sha.addData(QByteArrayView(buffer.data(), qsizetype(n)));
        offset += n;
    }
    return sha.result();
}

bool makeIso(const QString& root, const QString& isoPath, const QString& volumeId) {
    QFile::remove(isoPath);
    const ProcessResult r = run(
        QStringLiteral("xorriso"),
        {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-iso-level"),
         QStringLiteral("1"), QStringLiteral("-V"), volumeId, QStringLiteral("-o"), isoPath, root});
    if (r.exitCode != 0)
        qWarning("xorriso failed: %s", r.err.constData());
    return r.exitCode == 0;
}

bool makeZip(const QString& root, const QString& zipPath, const QString& prefix, bool store) {
    const QString script = QStringLiteral(
        "import os, sys, zipfile\n"
        "root, out, prefix, store = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == '1'\n"
        "mode = zipfile.ZIP_STORED if store else zipfile.ZIP_DEFLATED\n"
        "with zipfile.ZipFile(out, 'w', mode) as z:\n"
        "    for d, _, files in os.walk(root):\n"
        "        for f in sorted(files):\n"
        "            p = os.path.join(d, f)\n"
        "            rel = os.path.relpath(p, root)\n"
        "            z.write(p, os.path.join(prefix, rel) if prefix else rel)\n");
    const ProcessResult r = run(QStringLiteral("/usr/bin/python3"),
                                {QStringLiteral("-c"), script, root, zipPath, prefix,
                                 store ? QStringLiteral("1") : QStringLiteral("0")});
    if (r.exitCode != 0)
        qWarning("zip failed: %s", r.err.constData());
    return r.exitCode == 0;
}

QString uid(const QString& suffix) {
    return QStringLiteral("1.2.826.0.1.3680043.9.7777.%1").arg(suffix);
}

} // namespace pdi::test
