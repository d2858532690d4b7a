#include "DiscBurner.h"

#include <QFile>
#include <QThread>

#include <libburn/libburn.h>

#include <mutex>

namespace pdi {

namespace {

void initLibburn() {
    static std::once_flag once;
    std::call_once(once, [] {
        burn::burn_initialize();
        // libburn reports through its message queue; the step result carries what matters.
        char never[] = "NEVER";
        char prefix[] = "";
        burn::burn_msgs_set_severities(never, never, prefix);
    });
}

// Owns what a burn needs and releases it in the right order whatever happens.
struct BurnSession {
    burn::burn_drive_info* info = nullptr;
    burn::burn_drive* drive = nullptr;
    burn::burn_disc* disc = nullptr;
    burn::burn_session* session = nullptr;
    burn::burn_track* track = nullptr;
    burn::burn_write_opts* opts = nullptr;

    ~BurnSession() {
        if (opts)
            burn::burn_write_opts_free(opts);
        if (track)
            burn::burn_track_free(track);
        if (session)
            burn::burn_session_free(session);
        if (disc)
            burn::burn_disc_free(disc);
        if (drive)
            burn::burn_drive_release(drive, 0);
        if (info)
            burn::burn_drive_info_free(info);
    }
};

} // namespace

bool DiscBurner::isDriveAddress(const QString& target) {
    return target.startsWith(QLatin1String("/dev/")) ||
           target.startsWith(QLatin1String("stdio:")) || target.startsWith(QLatin1String("mmc:"));
}

QString DiscBurner::readBackPath(const QString& address) {
    if (address.startsWith(QLatin1String("stdio:")))
        return address.mid(6);
    if (address.startsWith(QLatin1String("mmc:")))
        return address.mid(4);
    return address;
}

Result<void> DiscBurner::burn(const StagedMedium& medium, const IsoImageWriter::Metadata& metadata,
                              const QString& address, const JobProgress& progress,
                              Manifest* manifest) {
    initLibburn();
    if (address.startsWith(QLatin1String("stdio:")) && QFile::exists(readBackPath(address))) {
        return Error::invalid(
            tr("%1 already exists; the stdio: drive writes a new image only. Remove it or "
               "choose another path.")
                .arg(readBackPath(address)));
    }

    // Declared before the session so that libburn releases its reference to the image source
    // before the generator frees it.
    std::unique_ptr<IsoImageGenerator> generator;
    BurnSession s;
    QByteArray adr = address.toLocal8Bit();
    if (burn::burn_drive_scan_and_grab(&s.info, adr.data(), 1) <= 0 || !s.info) {
        s.info = nullptr;
        return Error::storage(
            tr("no usable drive at %1: check that the drive is connected, not busy and that "
               "you may use it")
                .arg(address));
    }
    s.drive = s.info[0].drive;
    const burn::burn_disc_status status = burn::burn_disc_get_status(s.drive);
    if (status != burn::BURN_DISC_BLANK) {
        return Error::invalid(
            status == burn::BURN_DISC_EMPTY
                ? tr("there is no disc in the drive at %1; insert a blank disc").arg(address)
                : tr("the disc in %1 is not blank; insert a blank CD-R, DVD-R or BD-R")
                      .arg(address));
    }

    Result<std::unique_ptr<IsoImageGenerator>> created =
        IsoImageGenerator::create(medium, metadata);
    if (!created)
        return created.error();
    generator = std::move(*created);
    const qint64 imageSize = generator->size();
    auto* source = static_cast<burn::burn_source*>(generator->burnSource());

    s.disc = burn::burn_disc_create();
    s.session = burn::burn_session_create();
    burn::burn_disc_add_session(s.disc, s.session, BURN_POS_END);
    s.track = burn::burn_track_create();
    burn::burn_track_define_data(s.track, 0, 0, 1, BURN_MODE1);
    const burn::burn_source_status sourceStatus = burn::burn_track_set_source(s.track, source);
    if (sourceStatus != burn::BURN_SOURCE_OK)
        return Error::storage(tr("the disc image cannot be handed to the drive"));
    burn::burn_session_add_track(s.session, s.track, BURN_POS_END);

    s.opts = burn::burn_write_opts_new(s.drive);
    burn::burn_write_opts_set_perform_opc(s.opts, 0);
    burn::burn_write_opts_set_multi(s.opts, 0); // closed: nothing can be appended later
    burn::burn_write_opts_set_underrun_proof(s.opts, 1);
    char reasons[BURN_REASONS_LEN] = {};
    if (burn::burn_write_opts_auto_write_type(s.opts, s.disc, reasons, 0) == burn::BURN_WRITE_NONE)
        return Error::storage(
            tr("the drive cannot write this disc: %1").arg(QString::fromLocal8Bit(reasons)));
    const off_t space = burn::burn_disc_available_space(s.drive, s.opts);
    if (space > 0 && space < off_t(imageSize)) {
        return Error::invalid(
            tr("the disc holds %1 MB but the medium needs %2 MB; use a larger disc")
                .arg(qint64(space) >> 20)
                .arg(imageSize >> 20));
    }

    burn::burn_disc_write(s.opts, s.disc);
    burn::burn_progress p{};
    while (burn::burn_drive_get_status(s.drive, nullptr) == burn::BURN_DRIVE_SPAWNING)
        QThread::msleep(20);
    bool cancelled = false;
    while (burn::burn_drive_get_status(s.drive, &p) != burn::BURN_DRIVE_IDLE) {
        if (progress.cancelled() && !cancelled) {
            burn::burn_drive_cancel(s.drive);
            cancelled = true;
        }
        if (p.sectors > 0)
            progress(tr("Burning"), qint64(p.sector) * 2048, qint64(p.sectors) * 2048);
        QThread::msleep(100);
    }
    if (cancelled)
        return Error::cancelled(
            tr("burning was cancelled; the disc is unusable and must not be handed over"));
    if (!burn::burn_drive_wrote_well(s.drive))
        return Error::storage(
            tr("the drive reported an error while burning; the disc must not be handed over"));
    progress(tr("Burning"), imageSize, imageSize);
    if (manifest) {
        Result<Manifest> hashed = generator->manifest();
        if (!hashed)
            return hashed.error();
        *manifest = *hashed;
    }
    return {};
}

} // namespace pdi
