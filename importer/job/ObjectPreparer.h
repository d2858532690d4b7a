#pragma once

#include "ImportPlan.h"

#include <QCoreApplication>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

class DcmFileFormat;

namespace pdi {

class Settings;

// An object loaded from the medium and filed under the local patient, ready to send; or why not.
struct PreparedObject {
    const ImportObject* instance = nullptr;
    std::unique_ptr<DcmFileFormat> file;
    std::shared_ptr<MediumFile> source; // where file's long values are still to be read from
    QString failure;
};

// What an import does to each object before it is sent: loads it from the medium, checks that
// it is still the object the plan names, and files it under the local patient (PatientCoercion:
// identity, Original Attributes, the destination's character set).
class ObjectPreparer {
    Q_DECLARE_TR_FUNCTIONS(pdi::ObjectPreparer)

public:
    ObjectPreparer(const ImportPlan& plan, const Settings& settings);

    PreparedObject prepare(const ImportObject& object) const;

    const CoercionContext& context() const { return context_; }

private:
    const ImportMedium& medium_;
    const LocalIdentity& local_;
    CoercionContext context_;
};

// Prepares the objects in order on a worker thread, a few ahead of the sender, so that reading
// the medium and rewriting the data set overlap with the network. The queue is short: memory
// does not grow with the number of objects.
class ObjectPrefetch {
public:
    ObjectPrefetch(const ObjectPreparer& preparer, const QVector<const ImportObject*>& todo);
    ~ObjectPrefetch();
    ObjectPrefetch(const ObjectPrefetch&) = delete;
    ObjectPrefetch& operator=(const ObjectPrefetch&) = delete;

    // The next object in order; blocks until it is prepared.
    PreparedObject next();

private:
    static constexpr size_t Ahead = 3;

    void work();

    const ObjectPreparer& preparer_;
    const QVector<const ImportObject*>& todo_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<PreparedObject> ready_;
    bool stop_ = false;
    std::thread worker_;
};

} // namespace pdi
