#include "IsoImageWriter.h"

#include "medium/IsoMedium.h"

#include <QFile>
#include <QHash>

// This file drives libisofs' image generator itself, without libburn's headers, so it needs
// libisofs' own copy of struct burn_source.
#define LIBISOFS_WITHOUT_LIBBURN
#include <libisofs.h>

#include <cstdlib>
#include <unistd.h>

namespace pdi {

namespace {

bool isAscii(const QString& s) {
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

QString isoError(int code) {
    return QString::fromLatin1(iso_error_to_msg(code));
}

// The image tree of a staged medium; freed with the object.
class IsoTree {
public:
    ~IsoTree() {
        if (image_)
            iso_image_unref(image_);
    }

    bool build(const StagedMedium& medium, const IsoImageWriter::Metadata& metadata,
               QString* error) {
        IsoMedium::initLibrary();
        int rc = iso_image_new(metadata.volumeId.toLatin1().constData(), &image_);
        if (rc < 0) {
            *error = IsoImageWriter::tr("cannot create the disc image: %1").arg(isoError(rc));
            return false;
        }
        iso_image_set_application_id(image_,
                                     metadata.applicationId.left(128).toLatin1().constData());
        if (!metadata.publisherId.isEmpty() && isAscii(metadata.publisherId))
            iso_image_set_publisher_id(image_,
                                       metadata.publisherId.left(128).toLatin1().constData());
        iso_image_set_data_preparer_id(image_,
                                       metadata.applicationId.left(128).toLatin1().constData());

        QHash<QString, IsoDir*> dirs;
        dirs.insert(QString(), iso_image_get_root(image_));
        for (const QString& dir : medium.directories()) {
            IsoDir* parent = dirs.value(dir.section(QLatin1Char('/'), 0, -2));
            IsoDir* node = nullptr;
            rc = iso_tree_add_new_dir(
                parent, dir.section(QLatin1Char('/'), -1).toLatin1().constData(), &node);
            if (rc < 0) {
                *error = IsoImageWriter::tr("cannot add folder %1 to the disc image: %2")
                             .arg(dir, isoError(rc));
                return false;
            }
            dirs.insert(dir, node);
        }
        for (auto it = medium.files.cbegin(); it != medium.files.cend(); ++it) {
            IsoDir* parent = dirs.value(it.key().contains(QLatin1Char('/'))
                                            ? it.key().section(QLatin1Char('/'), 0, -2)
                                            : QString());
            IsoNode* node = nullptr;
            rc = iso_tree_add_new_node(
                image_, parent, it.key().section(QLatin1Char('/'), -1).toLatin1().constData(),
                QFile::encodeName(it.value()).constData(), &node);
            if (rc < 0) {
                *error = IsoImageWriter::tr("cannot add %1 to the disc image: %2")
                             .arg(it.key(), isoError(rc));
                return false;
            }
        }
        return true;
    }

    burn_source* createSource(QString* error) {
        IsoWriteOpts* opts = nullptr;
        int rc = iso_write_opts_new(&opts, 0);
        if (rc < 0) {
            *error = IsoImageWriter::tr("cannot prepare the disc image: %1").arg(isoError(rc));
            return nullptr;
        }
        iso_write_opts_set_iso_level(opts, 1);
        iso_write_opts_set_rockridge(opts, 0);
        iso_write_opts_set_joliet(opts, 0);
        iso_write_opts_set_always_gmt(opts, 1);
        burn_source* src = nullptr;
        rc = iso_image_create_burn_source(image_, opts, &src);
        iso_write_opts_free(opts);
        if (rc < 0) {
            *error =
                IsoImageWriter::tr("cannot start writing the disc image: %1").arg(isoError(rc));
            return nullptr;
        }
        return src;
    }

private:
    IsoImage* image_ = nullptr;
};

void freeSource(burn_source* src) {
    src->free_data(src);
    std::free(src);
}

} // namespace

StepResult IsoImageWriter::writeFile(const StagedMedium& medium, const Metadata& metadata,
                                     const QString& outputPath, const WriteProgress& progress) {
    QString error;
    IsoTree tree;
    if (!tree.build(medium, metadata, &error))
        return StepResult::failure(error);
    burn_source* src = tree.createSource(&error);
    if (!src)
        return StepResult::failure(error);

    const qint64 total = qint64(src->get_size(src));
    const QString partPath = outputPath + QStringLiteral(".part");
    QFile out(partPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        src->cancel(src);
        freeSource(src);
        return StepResult::failure(tr("cannot create %1: %2").arg(partPath, out.errorString()));
    }
    constexpr int kChunk = 32 * 2048;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 written = 0;
    StepResult result = StepResult::success();
    while (true) {
        if (progress.cancelled()) {
            src->cancel(src);
            result = StepResult::stopped(tr("writing the disc image was cancelled"));
            break;
        }
        // libisofs hands out whole requests only: ask for exactly what is left at the end.
        const int want = int(qMin<qint64>(kChunk, total - written));
        if (want <= 0)
            break;
        const int n = src->read_xt(src, reinterpret_cast<unsigned char*>(buffer.data()), want);
        if (n < 0) {
            result = StepResult::failure(
                tr("the disc image could not be generated (a source file may have changed or "
                   "become unreadable while writing)"));
            break;
        }
        if (n == 0)
            break;
        if (out.write(buffer.constData(), n) != n) {
            src->cancel(src);
            result =
                StepResult::failure(tr("cannot write %1: %2").arg(partPath, out.errorString()));
            break;
        }
        written += n;
        progress(tr("Writing disc image"), written, total);
    }
    freeSource(src);
    if (result.ok && written != total)
        result = StepResult::failure(
            tr("the disc image is incomplete (%1 of %2 bytes)").arg(written).arg(total));
    if (result.ok && (!out.flush() || ::fsync(out.handle()) != 0))
        result = StepResult::failure(tr("cannot write %1: %2").arg(partPath, out.errorString()));
    out.close();
    if (!result.ok) {
        QFile::remove(partPath);
        return result;
    }
    QFile::remove(outputPath);
    if (!QFile::rename(partPath, outputPath)) {
        QFile::remove(partPath);
        return StepResult::failure(tr("cannot move the finished image to %1").arg(outputPath));
    }
    return result;
}

void* IsoImageWriter::createBurnSource(const StagedMedium& medium, const Metadata& metadata,
                                       qint64* size, QString* error) {
    // The tree must outlive the generator thread: libisofs keeps its own reference to the image,
    // so releasing ours here is safe.
    IsoTree tree;
    if (!tree.build(medium, metadata, error))
        return nullptr;
    burn_source* src = tree.createSource(error);
    if (src && size)
        *size = qint64(src->get_size(src));
    return src;
}

} // namespace pdi
