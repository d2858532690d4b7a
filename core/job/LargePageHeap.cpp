#include "LargePageHeap.h"

#include <cstdint>
#include <cstdlib>

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace pdi {

namespace {

constexpr std::uintptr_t kHugePage = 2 * 1024 * 1024;

// Kept for the life of the process, and kept where the compiler cannot drop the allocation.
void* volatile setAside = nullptr;

std::uintptr_t alignUp(std::uintptr_t v) {
    return (v + kHugePage - 1) & ~(kHugePage - 1);
}
std::uintptr_t alignDown(std::uintptr_t v) {
    return v & ~(kHugePage - 1);
}

} // namespace

void LargePageHeap::reserve(std::size_t bytes) {
    static bool reserved = false;
    if (reserved)
        return;
    reserved = true;
    // The block must come from the heap, not from a mapping of its own, and what is freed must
    // stay with the heap (a heap trimmed and grown again would come back without the advice):
    // fixed thresholds, which also stop glibc from moving them as blocks are freed.
    const std::size_t block = bytes / 2;
    if (mallopt(M_MMAP_THRESHOLD, int(block + kHugePage)) == 0)
        return; // larger than glibc allows: leave the heap as it is
    mallopt(M_TRIM_THRESHOLD, int(bytes * 2));
    mallopt(M_TOP_PAD, int(bytes - block));
    auto* first = static_cast<char*>(std::malloc(block));
    if (!first)
        return;
    // The heap now reaches past the block by the pad, unless it could not grow in place (then
    // the block is all that is known to be heap).
    const auto start = reinterpret_cast<std::uintptr_t>(first);
    const auto brk = reinterpret_cast<std::uintptr_t>(::sbrk(0));
    const std::uintptr_t end =
        brk > start && brk - start <= bytes + kHugePage ? brk : start + block;
    const std::uintptr_t from = alignUp(start);
    const std::uintptr_t to = alignDown(end);
    const bool advised =
        to > from && ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE) == 0;
    std::free(first);
    if (!advised)
        return;
    // What is allocated next comes from where the block began. Its pages up to the first whole
    // huge page would still be faulted in one by one: they are set aside (never touched, so
    // never mapped), and the objects that follow start in huge pages.
    const std::uintptr_t lead = from - start;
    if (lead > 64)
        setAside = std::malloc(lead - 32);
}

} // namespace pdi
