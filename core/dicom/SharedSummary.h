#pragma once

#include "DicomSummary.h"

#include <memory>

namespace pdi {

// A DicomSummary held by reference count: the inventory's file and the contents' instance of the
// same object share one summary instead of a copy each (about 1 KB an object, most of it empty
// strings), and a file that is not DICOM holds none. Reads as a `const DicomSummary&` (an empty
// summary when none is held); the one writer detaches first, so a copy never changes under the
// holders of another.
class SharedSummary {
public:
    SharedSummary() = default;
    // Implicit, so that a summary read or made from records is stored as before.
    SharedSummary(DicomSummary summary) // NOLINT(google-explicit-constructor)
        : d_(std::make_shared<DicomSummary>(std::move(summary))) {}

    bool isNull() const { return !d_; }
    const DicomSummary& get() const { return d_ ? *d_ : empty(); }
    operator const DicomSummary&() const { return get(); } // NOLINT(google-explicit-constructor)
    const DicomSummary* operator->() const { return &get(); }
    const DicomSummary& operator*() const { return get(); }

    // Writable: this holder's own summary, copied first when others share it.
    DicomSummary& edit() {
        if (!d_)
            d_ = std::make_shared<DicomSummary>();
        else if (d_.use_count() > 1)
            d_ = std::make_shared<DicomSummary>(*d_);
        return *d_;
    }

private:
    static const DicomSummary& empty() {
        static const DicomSummary none;
        return none;
    }
    std::shared_ptr<DicomSummary> d_;
};

} // namespace pdi
