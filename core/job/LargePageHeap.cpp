#include "LargePageHeap.h"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace pdi {

namespace {

constexpr std::uintptr_t kHugePage = 2 * 1024 * 1024;

// glibc's heap for a thread: a mapping of this size, aligned to it (HEAP_MAX_SIZE on 64-bit).
constexpr std::uintptr_t kThreadHeap = 64 * 1024 * 1024;

static_assert(sizeof(void*) == 8, "glibc's thread heaps are 64 MiB on 64-bit systems only");

// glibc marks a block of a thread's heap with this bit of the size word before it
// (NON_MAIN_ARENA in malloc.c).
constexpr std::size_t kThreadHeapBlock = 4;

std::atomic<bool> reserved{false};
std::atomic<bool> advised{false};

// The last block set aside (all are kept for the life of the process): stored, so that the
// compiler cannot drop the allocation.
std::atomic<void*> setAside{nullptr};

// The thread heaps advised so far (a thread that ends leaves its heap to the next one).
std::mutex threadHeapsMutex;
std::uintptr_t threadHeaps[64] = {};

bool firstTimeFor(std::uintptr_t heap) {
    const std::lock_guard<std::mutex> lock(threadHeapsMutex);
    for (std::uintptr_t& known : threadHeaps) {
        if (known == heap)
            return false;
        if (known == 0) {
            known = heap;
            return true;
        }
    }
    return false; // more heaps than this keeps: leave the rest as they are
}

// Sets aside the heap's pages from where its next block begins up to the first whole huge page:
// they would be faulted in one by one. Never touched, so never mapped.
void setAsideUpTo(std::uintptr_t next, std::uintptr_t from) {
    const std::uintptr_t lead = from - next;
    if (lead > 128)
        setAside.store(std::malloc(lead - 64));
}

std::uintptr_t alignUp(std::uintptr_t v) {
    return (v + kHugePage - 1) & ~(kHugePage - 1);
}
std::uintptr_t alignDown(std::uintptr_t v) {
    return v & ~(kHugePage - 1);
}

} // namespace

bool LargePageHeap::reserve(std::size_t bytes) {
    if (reserved.exchange(true))
        return advised.load();
    // glibc's own huge-page handling (the glibc.malloc.hugetlb tunable) lays its heaps out
    // otherwise; and glibc accepts no block from the heap above 32 MiB.
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if ((tunables && std::strstr(tunables, "hugetlb")) || bytes > 60 * 1024 * 1024)
        return false;
    // The block must come from the heap, not from a mapping of its own, and what is freed must
    // stay with the heap (a heap trimmed and grown again would come back without the advice):
    // fixed thresholds, which also stop glibc from moving them as blocks are freed. Another
    // allocator (a sanitizer's) refuses them.
    const std::size_t block = bytes / 2;
    if (mallopt(M_MMAP_THRESHOLD, int(block + kHugePage)) == 0)
        return false;
    mallopt(M_TRIM_THRESHOLD, int(bytes * 2));
    mallopt(M_TOP_PAD, int(bytes - block));
    auto* first = static_cast<char*>(std::malloc(block));
    if (!first)
        return false;
    // The heap now reaches past the block by the pad, unless it could not grow in place (then
    // the block is all that is known to be heap).
    const auto start = reinterpret_cast<std::uintptr_t>(first);
    const auto brk = reinterpret_cast<std::uintptr_t>(::sbrk(0));
    const std::uintptr_t heapEnd =
        brk > start && brk - start <= bytes + kHugePage ? brk : start + block;
    const std::uintptr_t from = alignUp(start);
    const std::uintptr_t to = alignDown(heapEnd);
    const bool done =
        to > from && ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE) == 0;
    std::free(first);
    if (!done)
        return false;
    // What is allocated next comes from where the block began.
    setAsideUpTo(start, from);
    advised.store(true);
    return true;
}

void LargePageHeap::extendToThisThread() {
    if (!advised.load())
        return;
    // A small block shows where this thread's heap is; it is given back at once and the next
    // block comes from just after it. A block of the main heap: this thread shares that one.
    void* probe = std::malloc(1);
    const auto at = reinterpret_cast<std::uintptr_t>(probe);
    // The size word is glibc's, before the block (read through its address: the compiler sees
    // only the block).
    std::size_t sizeWord = 0;
    if (probe)
        std::memcpy(&sizeWord, reinterpret_cast<const void*>(at - sizeof sizeWord),
                    sizeof sizeWord);
    const bool ownHeap = (sizeWord & kThreadHeapBlock) != 0;
    std::free(probe);
    if (!ownHeap)
        return;
    const std::uintptr_t heap = at & ~(kThreadHeap - 1);
    if (!firstTimeFor(heap))
        return;
    // The whole mapping: what glibc makes writable later keeps the advice.
    const std::uintptr_t from = alignUp(at + 64);
    if (from < heap + kThreadHeap &&
        ::madvise(reinterpret_cast<void*>(from), heap + kThreadHeap - from, MADV_HUGEPAGE) == 0)
        setAsideUpTo(at, from);
}

} // namespace pdi
