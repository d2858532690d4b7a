#include "job/LargePageHeap.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace pdi;

namespace {

constexpr int kObjects = 20000;
constexpr std::size_t kReserve = 32 * 1024 * 1024;

long minorFaults() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

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

QByteArray fileText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Why the measurements cannot show the reserve's effect here, or nothing when they can: huge
// pages only on request (with "always" every heap has them anyway), no smaller sizes given
// without asking, glibc's allocator.
QString whyNotMeasurable(bool threadHeaps) {
#if defined(__SANITIZE_ADDRESS__)
    return QStringLiteral("a sanitizer's allocator replaces glibc's");
#else
    // One heap for every thread: the thread that does not ask shares the advised one.
    if (threadHeaps && (qEnvironmentVariableIsSet("MALLOC_ARENA_MAX") ||
                        qgetenv("GLIBC_TUNABLES").contains("arena_max")))
        return QStringLiteral("glibc is told to give threads no heap of their own");
    const QString thp = QStringLiteral("/sys/kernel/mm/transparent_hugepage");
    if (!fileText(thp + QStringLiteral("/enabled")).contains("[madvise]"))
        return QStringLiteral("transparent huge pages are not given on request on this system");
    const QStringList sizes =
        QDir(thp).entryList({QStringLiteral("hugepages-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& size : sizes) {
        if (fileText(thp + QLatin1Char('/') + size + QStringLiteral("/enabled"))
                .contains("[always]"))
            return QStringLiteral("%1 are given to every heap on this system").arg(size);
    }
    return QString();
#endif
}

// Runs a measurement in a child process: a heap of its own that no other test has used, and the
// reserve's fixed thresholds stay there. Returns what it printed.
template <typename Measure> QByteArray inChild(Measure measure) {
    int fds[2];
    if (::pipe(fds) != 0)
        return "no pipe";
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        const std::string out = measure();
        const ssize_t written = ::write(fds[1], out.data(), out.size());
        ::_exit(written == ssize_t(out.size()) ? 0 : 1);
    }
    ::close(fds[1]);
    QByteArray out;
    char buffer[256];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        out.append(buffer, int(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? out : "child failed: " + out;
}

QList<long> numbers(const QByteArray& text) {
    QList<long> all;
    for (const QByteArray& word : text.split(' '))
        all << word.toLong();
    return all;
}

} // namespace

class TestLargePageHeap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The same 2 MB of small objects before and after the reserve, in one process.
    void smallObjectsAfterTheReserveTakeFewFaults() {
        if (const QString why = whyNotMeasurable(false); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QByteArray out = inChild([] {
            std::vector<void*> kept(2 * kObjects);
            const long without = faultsForSmallObjects(kept.data());
            const bool advised = LargePageHeap::reserve(kReserve);
            const long with = faultsForSmallObjects(kept.data() + kObjects);
            return std::to_string(int(advised)) + ' ' + std::to_string(without) + ' ' +
                   std::to_string(with);
        });
        const QList<long> n = numbers(out);
        QVERIFY2(n.size() == 3, out.constData());
        qInfo("faults for 20,000 objects of 100 bytes: %ld before the reserve, %ld after", n[1],
              n[2]);
        QCOMPARE(n[0], 1L);
        // 2.2 MB in 4 KiB pages is over 500 faults; in 2 MiB pages a handful.
        QVERIFY2(n[1] > 300, out.constData());
        QVERIFY2(n[2] * 4 < n[1], out.constData());
    }

    // A thread's own heap: one thread that does not ask and one that does, alive at the same
    // time (so each has a heap of its own), after the process made the reserve.
    void threadsThatAskTakeFewFaultsToo() {
        if (const QString why = whyNotMeasurable(true); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QByteArray out = inChild([] {
            if (!LargePageHeap::reserve(kReserve))
                return std::string("not advised");
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
            });
            std::thread askingThread([&] {
                {
                    std::unique_lock<std::mutex> lock(m);
                    cv.wait(lock, [&] { return plainDone; });
                }
                LargePageHeap::extendToThisThread();
                asking = faultsForSmallObjects(askingKept.data());
                const std::lock_guard<std::mutex> lock(m);
                askingDone = true;
                cv.notify_all();
            });
            plainThread.join();
            askingThread.join();
            return std::to_string(plain) + ' ' + std::to_string(asking);
        });
        const QList<long> n = numbers(out);
        QVERIFY2(n.size() == 2, out.constData());
        qInfo("faults for 20,000 objects of 100 bytes in a thread: %ld as glibc gives them, %ld "
              "after asking",
              n[0], n[1]);
        QVERIFY2(n[0] > 300, out.constData());
        QVERIFY2(n[1] * 4 < n[0], out.constData());
    }

    // After the reserve every size is still served, from the heap or its own mapping, and what
    // is written is what is read; a second reserve changes nothing.
    void everySizeIsStillServed() {
        const QByteArray out = inChild([] {
            const bool first = LargePageHeap::reserve(kReserve);
            if (LargePageHeap::reserve(kReserve) != first)
                return std::string("a second reserve answered otherwise");
            std::vector<std::pair<char*, size_t>> blocks;
            for (size_t size = 1; size <= size_t(64) * 1024 * 1024; size = size * 3 + 1) {
                auto* p = static_cast<char*>(std::malloc(size));
                if (!p)
                    return "no block of " + std::to_string(size);
                std::memset(p, int(size & 0x7f), size);
                blocks.emplace_back(p, size);
            }
            for (const auto& [p, size] : blocks) {
                if (p[0] != char(size & 0x7f) || p[size - 1] != char(size & 0x7f))
                    return "block of " + std::to_string(size) + " changed";
                std::free(p);
            }
            return std::string("ok");
        });
        QCOMPARE(out, QByteArray("ok"));
    }
};

QTEST_APPLESS_MAIN(TestLargePageHeap)
#include "tst_large_page_heap.moc"
