#include "job/LargePageHeap.h"

#include <QFile>
#include <QTest>

#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

#include <sys/resource.h>

using namespace pdi;

namespace {

long minorFaults() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

constexpr int kObjects = 20000;

// Many small objects, each written to, as a check makes them; the faults that took. The list
// they are kept in was written before (its own pages are not counted).
long faultsForSmallObjects(void** kept) {
    const long before = minorFaults();
    for (int i = 0; i < kObjects; ++i) {
        kept[i] = std::malloc(100);
        std::memset(kept[i], i & 0xff, 100);
    }
    return minorFaults() - before;
}

// Whether this system gives huge pages to memory that asks for them.
bool hugePagesOnRequest() {
    QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray mode = f.readAll();
    return mode.contains("[always]") || mode.contains("[madvise]");
}

qint64 anonymousHugeKb() {
    QFile f(QStringLiteral("/proc/self/smaps_rollup"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("AnonHugePages:"))
            return line.mid(14).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

class TestLargePageHeap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The same 2 MB of small objects before and after the reserve, in this one process.
    void smallObjectsAfterTheReserveTakeFewFaults() {
        if (!hugePagesOnRequest())
            QSKIP("transparent huge pages are off on this system: the reserve changes nothing");
        std::vector<void*> kept(2 * kObjects);
        const long without = faultsForSmallObjects(kept.data());
        const qint64 hugeBefore = anonymousHugeKb();
        LargePageHeap::reserve(32 * 1024 * 1024);
        const long with = faultsForSmallObjects(kept.data() + kObjects);
        qInfo("faults for 20,000 objects of 100 bytes: %ld before the reserve, %ld after", without,
              with);
        // 2.2 MB in 4 KiB pages is over 500 faults; in 2 MiB pages a handful.
        QVERIFY2(without > 300, qPrintable(QString::number(without)));
        QVERIFY2(with < 20, qPrintable(QString::number(with)));
        QVERIFY(anonymousHugeKb() >= hugeBefore + 2048);
        for (void* p : kept)
            std::free(p);
    }

    // A thread's own heap: one thread that does not ask and one that does, alive at the same
    // time (so each has a heap of its own), after the process made the reserve.
    void threadsThatAskTakeFewFaultsToo() {
        if (!hugePagesOnRequest())
            QSKIP("transparent huge pages are off on this system: the reserve changes nothing");
        LargePageHeap::reserve(32 * 1024 * 1024);
        std::vector<void*> plainKept(kObjects), askingKept(kObjects);
        long plain = -1;
        long asking = -1;
        std::mutex m;
        std::condition_variable cv;
        bool plainDone = false;
        bool askingDone = false;
        std::thread plainThread([&] {
            // Faults are counted for the whole process: the other thread waits meanwhile.
            plain = faultsForSmallObjects(plainKept.data());
            std::unique_lock<std::mutex> lock(m);
            plainDone = true;
            cv.notify_all();
            cv.wait(lock, [&] { return askingDone; });
            for (void* p : plainKept)
                std::free(p);
        });
        std::thread askingThread([&] {
            {
                std::unique_lock<std::mutex> lock(m);
                cv.wait(lock, [&] { return plainDone; });
            }
            LargePageHeap::extendToThisThread();
            asking = faultsForSmallObjects(askingKept.data());
            for (void* p : askingKept)
                std::free(p);
            const std::lock_guard<std::mutex> lock(m);
            askingDone = true;
            cv.notify_all();
        });
        plainThread.join();
        askingThread.join();
        qInfo("faults for 20,000 objects of 100 bytes in a thread: %ld as glibc gives them, %ld "
              "after asking",
              plain, asking);
        QVERIFY2(plain > 300, qPrintable(QString::number(plain)));
        QVERIFY2(asking < 20, qPrintable(QString::number(asking)));
    }

    // After the reserve every size is still served, from the heap or its own mapping, and what
    // is written is what is read.
    void everySizeIsStillServed() {
        LargePageHeap::reserve(32 * 1024 * 1024);
        LargePageHeap::reserve(32 * 1024 * 1024); // a second call does nothing
        std::vector<std::pair<char*, size_t>> blocks;
        for (size_t size = 1; size <= size_t(64) * 1024 * 1024; size = size * 3 + 1) {
            auto* p = static_cast<char*>(std::malloc(size));
            QVERIFY(p);
            std::memset(p, int(size & 0x7f), size);
            blocks.emplace_back(p, size);
        }
        for (const auto& [p, size] : blocks) {
            QCOMPARE(p[0], char(size & 0x7f));
            QCOMPARE(p[size - 1], char(size & 0x7f));
            std::free(p);
        }
    }
};

QTEST_APPLESS_MAIN(TestLargePageHeap)
#include "tst_large_page_heap.moc"
