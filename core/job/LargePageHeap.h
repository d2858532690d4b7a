#pragma once

#include <cstddef>

namespace pdi {

// A short process that builds many small objects (a check of a 5,000-image medium makes tens of
// thousands) pays more for the first touch of each 4 KiB heap page than for the work itself on
// the virtual machines this runs on: each page fault is a trip through the hypervisor (about
// 20 us measured, against a fraction of that on bare metal). This lets the main heap grow once,
// by a reserve, advised for transparent huge pages: where the system gives them on request
// (/sys/kernel/mm/transparent_hugepage/enabled "madvise", as on Debian) one fault then maps
// 2 MiB. Only the pages touched are ever mapped. Call early in main, before other threads start;
// later calls do nothing.
//
// It fixes glibc's thresholds for the rest of the process (blocks below half the reserve come
// from the heap, freed memory stays with it), also where the system has no huge pages to give:
// for a process that ends after one piece of work, not for one that runs all day.
class LargePageHeap {
public:
    // Whether the heap was advised: not with another allocator (a sanitizer's), a reserve
    // glibc's limits refuse, or huge pages that glibc itself was told to manage.
    static bool reserve(std::size_t bytes);

    // The same for the heap glibc gives the calling thread (one per thread, up to a limit, each
    // in a 64 MiB mapping of its own), when the process's reserve was advised; otherwise
    // nothing. Called by the worker threads as they start.
    static void extendToThisThread();
};

} // namespace pdi
