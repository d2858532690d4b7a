#include "ObjectPreparer.h"

#include "dicom/ElementText.h"
#include "settings/Settings.h"
#include "station/Timestamp.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

namespace pdi {

ObjectPreparer::ObjectPreparer(const ImportPlan& plan, const Settings& settings)
    : medium_(plan.medium)
    , local_(plan.local) {
    context_.modifyingSystem = QStringLiteral("PDI Station %1 %2")
                                   .arg(QLatin1String(PDI_VERSION), settings.stationName())
                                   .left(64);
    context_.sourceOfPreviousValues = plan.sourceInstitution;
    context_.institutionName = settings.institution().name;
    context_.stationName = settings.stationName();
    context_.softwareVersion = QStringLiteral(PDI_VERSION);
    context_.when = Timestamp::now();
    context_.characterSet = plan.destination.characterSet;
}

PreparedObject ObjectPreparer::prepare(const ImportObject& object) const {
    PreparedObject p;
    p.instance = &object;
    Result<std::unique_ptr<DcmFileFormat>> loaded = medium_.load(object.path, &p.source);
    if (!loaded) {
        p.failure = loaded.error().message;
        return p;
    }
    DcmDataset& ds = *(*loaded)->getDataset();
    // Read as the check read it: a UID stored with VR UN is still the UID, not its hex dump.
    if (ElementText::ascii(ds, DCM_SOPInstanceUID) != object.sopInstanceUid) {
        p.failure =
            tr("%1 changed since the medium was read (other SOP Instance UID)").arg(object.path);
        return p;
    }
    // The pixel data holds no text and is most of the bytes: it stays out of the copies the
    // coercion makes and goes back in unchanged.
    DcmElement* pixels = ds.remove(DCM_PixelData);
    const PatientCoercion::Result coerced = PatientCoercion::apply(ds, local_, context_);
    if (pixels)
        ds.insert(pixels, OFTrue);
    if (!coerced.ok) {
        p.failure = tr("cannot be filed under the local patient: %1").arg(coerced.error);
        return p;
    }
    p.file = std::move(*loaded);
    return p;
}

ObjectPrefetch::ObjectPrefetch(const ObjectPreparer& preparer,
                               const QVector<const ImportObject*>& todo)
    : preparer_(preparer)
    , todo_(todo) {
    if (!todo_.isEmpty())
        worker_ = std::thread([this] { work(); });
}

ObjectPrefetch::~ObjectPrefetch() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    changed_.notify_all();
    if (worker_.joinable())
        worker_.join();
}

PreparedObject ObjectPrefetch::next() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return !ready_.empty(); });
    PreparedObject p = std::move(ready_.front());
    ready_.pop_front();
    changed_.notify_all();
    return p;
}

void ObjectPrefetch::work() {
    for (const ImportObject* i : todo_) {
        {
            std::unique_lock<std::mutex> lock(mutex_);
            changed_.wait(lock, [this] { return stop_ || ready_.size() < Ahead; });
            if (stop_)
                return;
        }
        PreparedObject p = preparer_.prepare(*i);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            ready_.push_back(std::move(p));
        }
        changed_.notify_all();
    }
}

} // namespace pdi
