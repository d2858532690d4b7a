#include "IsoImageWriter.h"

#include "job/DiskSpace.h"

#include "HashingFileStream.h"
#include "medium/IsoMedium.h"
#include "medium/Sha256.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QWaitCondition>

// This file drives libisofs' image generator itself, without libburn's headers, so it needs
// libisofs' own copy of struct burn_source.
#define LIBISOFS_WITHOUT_LIBBURN
#include <libisofs.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
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

// One file's hash, fed by the stream as libisofs reads it (on libisofs' writer thread).
struct FileHash {
    QString mediumPath;
    qint64 size = 0;
    QMutex mutex;
    std::unique_ptr<Sha256> running;
    // The hash of the bytes the plan parsed (StagedMedium::readObjects): the file is not hashed
    // again on its way into the image; reading the image back compares it with these bytes.
    QByteArray planned;
    QByteArray complete; // the digest of the last complete pass
    // libisofs closes a file (hashEnd) after the consumer may already have read its last
    // block: manifest() waits for the close.
    bool reading = false;
    QWaitCondition closed;
};

void hashBegin(void* context) {
    auto* h = static_cast<FileHash*>(context);
    QMutexLocker lock(&h->mutex);
    h->reading = true;
    if (h->planned.isEmpty())
        h->running = std::make_unique<Sha256>();
}

void hashData(void* context, const void* buffer, size_t length) {
    auto* h = static_cast<FileHash*>(context);
    h->running->add(static_cast<const char*>(buffer), qint64(length));
}

void hashEnd(void* context, int complete) {
    auto* h = static_cast<FileHash*>(context);
    QMutexLocker lock(&h->mutex);
    if (complete)
        h->complete = h->running ? h->running->result() : h->planned;
    h->running.reset();
    h->reading = false;
    h->closed.wakeAll();
}

} // namespace

struct IsoImageGenerator::Impl {
    IsoImage* image = nullptr;
    burn_source* source = nullptr;
    std::vector<std::unique_ptr<FileHash>> hashes;

    ~Impl() {
        if (source) {
            source->cancel(source);
            source->free_data(source);
            std::free(source);
        }
        if (image)
            iso_image_unref(image);
    }
};

Result<std::unique_ptr<IsoImageGenerator>>
IsoImageGenerator::create(const StagedMedium& medium, const IsoImageWriter::Metadata& metadata) {
    IsoMedium::initLibrary();
    std::unique_ptr<IsoImageGenerator> generator(new IsoImageGenerator);
    generator->impl_ = std::make_unique<Impl>();
    Impl& impl = *generator->impl_;
    int rc = iso_image_new(metadata.volumeId.toLatin1().constData(), &impl.image);
    if (rc < 0) {
        return Error::storage(tr("cannot create the disc image: %1").arg(isoError(rc)));
    }
    iso_image_set_application_id(impl.image,
                                 metadata.applicationId.left(128).toLatin1().constData());
    if (!metadata.publisherId.isEmpty() && isAscii(metadata.publisherId))
        iso_image_set_publisher_id(impl.image,
                                   metadata.publisherId.left(128).toLatin1().constData());
    iso_image_set_data_preparer_id(impl.image,
                                   metadata.applicationId.left(128).toLatin1().constData());

    QHash<QString, IsoDir*> dirs;
    dirs.insert(QString(), iso_image_get_root(impl.image));
    for (const QString& dir : medium.directories()) {
        IsoDir* parent = dirs.value(dir.section(QLatin1Char('/'), 0, -2));
        IsoDir* node = nullptr;
        rc = iso_tree_add_new_dir(parent, dir.section(QLatin1Char('/'), -1).toLatin1().constData(),
                                  &node);
        if (rc < 0) {
            return Error::storage(
                tr("cannot add folder %1 to the disc image: %2").arg(dir, isoError(rc)));
        }
        dirs.insert(dir, node);
    }
    unsigned int id = 0;
    for (auto it = medium.files.cbegin(); it != medium.files.cend(); ++it) {
        const QFileInfo info(it.value());
        if (!info.isFile()) {
            return Error::storage(tr("%1 is missing (%2)").arg(it.key(), it.value()));
        }
        auto hash = std::make_unique<FileHash>();
        hash->mediumPath = it.key();
        hash->size = info.size();
        hash->planned = medium.readObjects.value(it.key()).sha256;
        PdiStreamCallbacks callbacks{hash.get(), hashBegin,
                                     hash->planned.isEmpty() ? hashData : nullptr, hashEnd};
        IsoStream* stream = pdi_hashing_file_stream_new(QFile::encodeName(it.value()).constData(),
                                                        off_t(info.size()), ++id, callbacks);
        if (!stream) {
            return Error::storage(tr("out of memory while preparing the disc image"));
        }
        IsoDir* parent = dirs.value(it.key().contains(QLatin1Char('/'))
                                        ? it.key().section(QLatin1Char('/'), 0, -2)
                                        : QString());
        IsoFile* file = nullptr;
        // On success the file node takes over our reference to the stream.
        rc = iso_image_add_new_file(impl.image, parent,
                                    it.key().section(QLatin1Char('/'), -1).toLatin1().constData(),
                                    stream, &file);
        if (rc < 0) {
            iso_stream_unref(stream);
            return Error::storage(
                tr("cannot add %1 to the disc image: %2").arg(it.key(), isoError(rc)));
        }
        impl.hashes.push_back(std::move(hash));
    }

    IsoWriteOpts* opts = nullptr;
    rc = iso_write_opts_new(&opts, 0);
    if (rc < 0) {
        return Error::storage(tr("cannot prepare the disc image: %1").arg(isoError(rc)));
    }
    iso_write_opts_set_iso_level(opts, 1);
    iso_write_opts_set_rockridge(opts, 0);
    iso_write_opts_set_joliet(opts, 0);
    iso_write_opts_set_always_gmt(opts, 1);
    rc = iso_image_create_burn_source(impl.image, opts, &impl.source);
    iso_write_opts_free(opts);
    if (rc < 0) {
        impl.source = nullptr;
        return Error::storage(tr("cannot start writing the disc image: %1").arg(isoError(rc)));
    }
    generator->source_ = impl.source;
    generator->size_ = qint64(impl.source->get_size(impl.source));
    return generator;
}

IsoImageGenerator::~IsoImageGenerator() = default;

Result<Manifest> IsoImageGenerator::manifest() const {
    Manifest out;
    // Every byte has been read: what is left is libisofs closing the last files.
    const QDeadlineTimer deadline(30 * 1000);
    for (const auto& h : impl_->hashes) {
        QMutexLocker lock(&h->mutex);
        while (h->reading && h->closed.wait(&h->mutex, deadline)) {
        }
        if (h->complete.isEmpty()) {
            return Error::storage(
                tr("%1 was not read completely into the disc image").arg(h->mediumPath));
        }
        out.add(h->mediumPath, {h->size, h->complete});
    }
    return out;
}

Result<void> IsoImageWriter::writeFile(const StagedMedium& medium, const Metadata& metadata,
                                       const QString& outputPath, const JobProgress& progress,
                                       Manifest* manifest, std::shared_future<int>* synced) {
    Result<std::unique_ptr<IsoImageGenerator>> created =
        IsoImageGenerator::create(medium, metadata);
    if (!created)
        return created.error();
    std::unique_ptr<IsoImageGenerator> generator = std::move(*created);
    auto* src = static_cast<burn_source*>(generator->burnSource());
    const qint64 total = generator->size();

    const QString partPath = outputPath + QStringLiteral(".part");
    QFile out(partPath);
    auto cannotWrite = [&](const QString& reason) {
        return Error::storage(
            DiskSpace::writeFailure(partPath, tr("cannot write %1: %2").arg(partPath, reason)));
    };
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::storage(DiskSpace::writeFailure(
            partPath, tr("cannot create %1: %2").arg(partPath, out.errorString())));
    constexpr int kChunk = 512 * 2048;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 written = 0;
    Result<void> result;
    while (written < total) {
        if (progress.cancelled()) {
            result = Error::cancelled(tr("writing the disc image was cancelled"));
            break;
        }
        // libisofs hands out whole requests only: ask for exactly what is left at the end.
        const int want = int(qMin<qint64>(kChunk, total - written));
        const int n = src->read_xt(src, reinterpret_cast<unsigned char*>(buffer.data()), want);
        if (n <= 0) {
            result = Error::storage(
                tr("the disc image could not be generated (a source file may have changed or "
                   "become unreadable while writing)"));
            break;
        }
        if (out.write(buffer.constData(), n) != n) {
            result = cannotWrite(out.errorString());
            break;
        }
        written += n;
        progress(tr("Writing disc image"), written, total);
    }
    if (result.ok() && !out.flush())
        result = cannotWrite(out.errorString());
    if (result.ok()) {
        // A duplicate shares the open file, so its fsync reports what this one's would.
        const int fd = ::dup(out.handle());
        if (fd < 0) {
            result = cannotWrite(QString::fromLocal8Bit(std::strerror(errno)));
        } else {
            std::shared_future<int> fsynced = std::async(std::launch::async, [fd] {
                                                  const int error = ::fsync(fd) == 0 ? 0 : errno;
                                                  ::close(fd);
                                                  return error;
                                              }).share();
            if (synced)
                *synced = fsynced;
            else if (const int error = fsynced.get(); error != 0)
                result = cannotWrite(QString::fromLocal8Bit(std::strerror(error)));
        }
    }
    out.close();
    if (result.ok() && manifest) {
        if (Result<Manifest> hashed = generator->manifest(); hashed)
            *manifest = *hashed;
        else
            result = hashed.error();
    }
    generator.reset();
    if (!result) {
        QFile::remove(partPath);
        return result;
    }
    QFile::remove(outputPath);
    if (!QFile::rename(partPath, outputPath)) {
        QFile::remove(partPath);
        return Error::storage(tr("cannot move the finished image to %1").arg(outputPath));
    }
    return result;
}

} // namespace pdi
