#include "FolderMedium.h"
#include "IsoMedium.h"
#include "LocalFile.h"
#include "Medium.h"
#include "ZipMedium.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pdi {

namespace {

enum class Sniffed { Iso, Udf, Zip, Dicom, Unknown };

Sniffed sniff(MediumFile& file) {
    const QByteArray start = file.head(34816);
    if (start.size() >= 34816 && start.mid(32769, 5) == "CD001")
        return Sniffed::Iso;
    if (start.size() >= 34816 && (start.mid(32769, 5) == "BEA01" || start.mid(32769, 5) == "NSR02"))
        return Sniffed::Udf;
    if (start.startsWith("PK\x03\x04") || start.startsWith("PK\x05\x06"))
        return Sniffed::Zip;
    if (start.size() >= 132 && start.mid(128, 4) == "DICM")
        return Sniffed::Dicom;
    // A self-extracting or prefixed archive still ends with the end-of-central-directory record.
    const qint64 size = file.size();
    if (size >= 22) {
        QByteArray tail(int(qMin<qint64>(size, 65557)), Qt::Uninitialized);
        const qint64 got = file.readAt(size - tail.size(), tail.data(), tail.size());
        if (got == tail.size() && tail.lastIndexOf("PK\x05\x06") >= 0)
            return Sniffed::Zip;
    }
    return Sniffed::Unknown;
}

MediumOpener::Result openContainer(const QString& location,
                                   const std::function<std::unique_ptr<MediumFile>()>& opener,
                                   const MediumLimits& limits) {
    MediumOpener::Result result;
    std::unique_ptr<MediumFile> probe = opener();
    if (!probe) {
        result.error =
            MediumOpener::tr("cannot read %1: check that the file exists and that you may read it")
                .arg(location);
        return result;
    }
    QString error;
    switch (sniff(*probe)) {
    case Sniffed::Iso:
        result.medium = IsoMedium::load(location, opener, limits, &error);
        break;
    case Sniffed::Zip:
        result.medium = ZipMedium::load(location, opener, limits, &error);
        break;
    case Sniffed::Udf:
        error = MediumOpener::tr(
            "this is a UDF-only disc image, which cannot be read without mounting; mount it and "
            "check the mounted folder");
        break;
    case Sniffed::Dicom:
        error = MediumOpener::tr(
            "this is a single DICOM file, not a medium; check the folder, disc image or ZIP that "
            "holds it");
        break;
    case Sniffed::Unknown:
        error = MediumOpener::tr(
            "not a folder, ISO 9660 disc image or ZIP archive; point at the disc's folder, an "
            "ISO image or a ZIP file");
        break;
    }
    if (!result.medium)
        result.error = QStringLiteral("%1: %2").arg(location, error);
    return result;
}

} // namespace

MediumOpener::Result MediumOpener::open(const QString& location, const MediumLimits& limits,
                                        const QString& stagedDicomdir) {
    const QFileInfo info(location);
    if (!info.exists()) {
        Result r;
        r.error = MediumOpener::tr(
                      "%1 does not exist; check the path or that the disc or USB stick is inserted")
                      .arg(location);
        return r;
    }
    if (info.isDir()) {
        Result r;
        if (!info.isReadable() || !info.isExecutable()) {
            r.error = MediumOpener::tr("%1: no permission to read this folder").arg(location);
            return r;
        }
        r.medium = std::make_unique<FolderMedium>(location, limits, stagedDicomdir);
        return r;
    }
    const QString path = info.absoluteFilePath();
    // Opened once: every reader of the image gets its own descriptor of this one open file, so
    // an image replaced while it is read is not read half old, half new.
    std::shared_ptr<LocalFile> image = std::make_shared<LocalFile>(path);
    if (!image->open()) {
        Result r;
        r.error = MediumOpener::tr("cannot read %1: %2").arg(location, image->errorString());
        return r;
    }
    return openContainer(
        path, [image]() -> std::unique_ptr<MediumFile> { return image->duplicate(); }, limits);
}

MediumOpener::Result MediumOpener::openBytes(const QByteArray& image, const QString& label) {
    return openContainer(
        label,
        [image]() -> std::unique_ptr<MediumFile> {
            return std::make_unique<MemoryMediumFile>(image);
        },
        MediumLimits());
}

} // namespace pdi
