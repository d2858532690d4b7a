#include "IsoMedium.h"
#include "IsoVolumeReader.h"

#include <QCoreApplication>

#include <libisofs.h>

#include <mutex>

namespace pdi {

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

std::unique_ptr<IsoMedium> IsoMedium::load(const QString& location, ContainerOpener opener,
                                           const MediumLimits& limits, QString* error) {
    std::unique_ptr<MediumFile> container = opener();
    if (!container) {
        *error = QCoreApplication::translate("pdi::IsoMedium", "cannot open the image");
        return nullptr;
    }
    std::unique_ptr<IsoMedium> medium(new IsoMedium);
    medium->limits_ = limits;
    medium->setLocation(location);
    IsoVolumeReader reader(*medium, *container);
    if (!reader.readDescriptors(error))
        return nullptr;
    reader.readTree();
    medium->opener_ = std::move(opener);
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
