#include "IsoMedium.h"

#include <QCoreApplication>
#include <QMutex>

#include <libisofs.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace pdi {

namespace {

constexpr qint64 kBlock = 2048;

} // namespace

void IsoMedium::initLibrary() {
    static std::once_flag once;
    std::call_once(once, [] {
        iso_init();
        // libisofs prints to stderr by default; a report is the only place problems belong.
        char never[] = "NEVER";
        char empty[] = "";
        iso_set_msgs_severities(never, never, empty);
    });
}

namespace {

// The IsoDataSource libisofs reads blocks from, over a MediumFile of the container.
struct SourceData {
    std::unique_ptr<MediumFile> file;
};

int sourceOpen(IsoDataSource*) {
    return 1;
}
int sourceClose(IsoDataSource*) {
    return 1;
}
int sourceReadBlock(IsoDataSource* src, uint32_t lba, uint8_t* buffer) {
    auto* data = static_cast<SourceData*>(src->data);
    const qint64 n =
        data->file->readAt(qint64(lba) * kBlock, reinterpret_cast<char*>(buffer), kBlock);
    if (n == kBlock)
        return 1;
    return int(ISO_DATA_SOURCE_MISHAP);
}
void sourceFree(IsoDataSource* src) {
    delete static_cast<SourceData*>(src->data);
    src->data = nullptr;
}

class IsoFileReader : public MediumFile {
public:
    IsoFileReader(std::unique_ptr<MediumFile> container, QVector<std::pair<qint64, qint64>> extents)
        : container_(std::move(container))
        , extents_(std::move(extents)) {
        for (const auto& e : extents_)
            size_ += e.second;
    }
    qint64 size() const override { return size_; }
    qint64 readAt(qint64 pos, char* buffer, qint64 len) override {
        if (pos < 0 || len < 0)
            return -1;
        qint64 done = 0;
        qint64 start = 0;
        for (const auto& e : extents_) {
            const qint64 end = start + e.second;
            if (pos + done < end && done < len) {
                const qint64 within = pos + done - start;
                const qint64 want = qMin(len - done, e.second - within);
                const qint64 got = container_->readAt(e.first + within, buffer + done, want);
                if (got < 0)
                    return done > 0 ? done : -1;
                done += got;
                if (got < want)
                    return done; // the image ends early: truncated
            }
            start = end;
        }
        return done;
    }

private:
    std::unique_ptr<MediumFile> container_;
    QVector<std::pair<qint64, qint64>> extents_;
    qint64 size_ = 0;
};

} // namespace

class IsoTreeReader {
public:
    IsoTreeReader(IsoMedium& medium, qint64 containerSize)
        : medium_(medium)
        , containerSize_(containerSize) {}

    void read(IsoDir* dir, const QString& relative, int depth) {
        if (depth > medium_.limits_.maxDepth) {
            medium_.addProblem(
                ListingProblem::Kind::LimitReached, relative,
                QCoreApplication::translate("pdi::IsoMedium",
                                            "folders nested deeper than %1 levels were not read")
                    .arg(medium_.limits_.maxDepth));
            return;
        }
        IsoDirIter* iter = nullptr;
        if (iso_dir_get_children(dir, &iter) < 0)
            return;
        IsoNode* node = nullptr;
        while (iso_dir_iter_next(iter, &node) == 1) {
            if (medium_.entries().size() >= medium_.limits_.maxEntries) {
                medium_.addProblem(
                    ListingProblem::Kind::LimitReached, relative,
                    QCoreApplication::translate("pdi::IsoMedium",
                                                "more than %1 entries; the rest was not read")
                        .arg(medium_.limits_.maxEntries));
                break;
            }
            const char* rawName = iso_node_get_name(node);
            const QString name = QString::fromLatin1(rawName ? rawName : "");
            MediumEntry e;
            e.path = relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
            switch (iso_node_get_type(node)) {
            case LIBISO_DIR: {
                e.type = MediumEntry::Type::Directory;
                const QString path = e.path;
                medium_.addEntry(std::move(e));
                read(reinterpret_cast<IsoDir*>(node), path, depth + 1);
                break;
            }
            case LIBISO_FILE:
                addFile(reinterpret_cast<IsoFile*>(node), std::move(e));
                break;
            case LIBISO_SYMLINK:
                // Only reachable with Rock Ridge, which is not read; listed for completeness.
                e.type = MediumEntry::Type::Link;
                e.linkTarget =
                    QString::fromUtf8(iso_symlink_get_dest(reinterpret_cast<IsoSymlink*>(node)));
                e.linkLeavesMedium = true;
                medium_.addEntry(std::move(e));
                break;
            default:
                e.type = MediumEntry::Type::Other;
                medium_.addEntry(std::move(e));
                break;
            }
        }
        iso_dir_iter_free(iter);
    }

private:
    void addFile(IsoFile* file, MediumEntry e) {
        e.type = MediumEntry::Type::File;
        int count = 0;
        struct iso_file_section* sections = nullptr;
        QVector<IsoMedium::Extent> extents;
        if (iso_file_get_old_image_sections(file, &count, &sections, 0) == 1) {
            for (int i = 0; i < count; ++i) {
                const qint64 offset = qint64(sections[i].block) * kBlock;
                const qint64 size = qint64(sections[i].size);
                extents.append({offset, size});
                e.size += size;
                if (offset + size > containerSize_) {
                    e.unreadable = true;
                    e.note = QCoreApplication::translate(
                        "pdi::IsoMedium",
                        "the file lies beyond the end of the image (truncated image)");
                }
            }
            std::free(sections);
        } else {
            e.unreadable = true;
            e.note = QCoreApplication::translate("pdi::IsoMedium", "no data location recorded");
        }
        medium_.extents_.insert(e.path, extents);
        medium_.addEntry(std::move(e));
    }

    IsoMedium& medium_;
    qint64 containerSize_;
};

std::unique_ptr<IsoMedium> IsoMedium::load(const QString& location, ContainerOpener opener,
                                           const MediumLimits& limits, QString* error) {
    initLibrary();
    std::unique_ptr<MediumFile> container = opener();
    if (!container) {
        *error = QCoreApplication::translate("pdi::IsoMedium", "cannot open the image");
        return nullptr;
    }
    const qint64 containerSize = container->size();

    auto* data = new SourceData{std::move(container)};
    IsoDataSource* src = static_cast<IsoDataSource*>(std::calloc(1, sizeof(IsoDataSource)));
    src->version = 0;
    src->refcount = 1;
    src->open = sourceOpen;
    src->close = sourceClose;
    src->read_block = sourceReadBlock;
    src->free_data = sourceFree;
    src->data = data;

    IsoReadOpts* opts = nullptr;
    iso_read_opts_new(&opts, 0);
    iso_read_opts_set_no_rockridge(opts, 1);
    iso_read_opts_set_no_joliet(opts, 1);
    iso_read_opts_set_no_iso1999(opts, 1);
    iso_read_opts_set_no_aaip(opts, 1);
    iso_read_opts_set_ecma119_map(opts, 1);

    IsoImage* image = nullptr;
    iso_image_new("pdi", &image);
    IsoReadImageFeatures* features = nullptr;
    const int rc = iso_image_import(image, src, opts, &features);
    iso_read_opts_free(opts);
    iso_data_source_unref(src);

    if (rc < 0) {
        iso_image_unref(image);
        *error = QCoreApplication::translate("pdi::IsoMedium", "not a readable ISO 9660 image (%1)")
                     .arg(QString::fromLatin1(iso_error_to_msg(rc)));
        return nullptr;
    }

    std::unique_ptr<IsoMedium> medium(new IsoMedium);
    medium->limits_ = limits;
    medium->setLocation(location);
    medium->opener_ = std::move(opener);
    if (const char* vid = iso_image_get_volume_id(image))
        medium->volumeId_ = QString::fromLatin1(vid).trimmed();
    if (features) {
        medium->rockRidge_ = iso_read_image_features_has_rockridge(features) == 1;
        medium->joliet_ = iso_read_image_features_has_joliet(features) == 1;
        medium->elTorito_ = iso_read_image_features_has_eltorito(features) == 1;
        iso_read_image_features_destroy(features);
    }
    IsoTreeReader(*medium, containerSize).read(iso_image_get_root(image), QString(), 1);
    iso_image_unref(image);
    return medium;
}

std::unique_ptr<MediumFile> IsoMedium::open(const QString& path) const {
    const MediumEntry* entry = find(path);
    if (!entry || entry->type != MediumEntry::Type::File)
        return nullptr;
    std::unique_ptr<MediumFile> container = opener_();
    if (!container)
        return nullptr;
    QVector<std::pair<qint64, qint64>> extents;
    for (const Extent& e : extents_.value(entry->path))
        extents.append({e.offset, e.size});
    return std::make_unique<IsoFileReader>(std::move(container), std::move(extents));
}

} // namespace pdi
