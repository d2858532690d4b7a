#include "IdleCore.h"

#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace pdi {

bool IdleCore::now() {
    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    const int cores = sched_getaffinity(0, sizeof cpus, &cpus) == 0 ? CPU_COUNT(&cpus) : 1;
    if (cores < 2)
        return false;
    // The fourth field of /proc/loadavg counts the tasks running or ready to run now, this one
    // included ("0.31 0.40 0.52 2/311 4711"). Without it, assume the machine is as it usually
    // is at a reception desk: idle.
    const int fd = ::open("/proc/loadavg", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return true;
    char text[128] = {};
    const ssize_t n = ::read(fd, text, sizeof text - 1);
    ::close(fd);
    if (n <= 0)
        return true;
    const char* field = text;
    for (int i = 0; i < 3 && field; ++i) {
        field = std::strchr(field, ' ');
        if (field)
            ++field;
    }
    if (!field)
        return true;
    const long running = std::strtol(field, nullptr, 10);
    return running < cores;
}

} // namespace pdi
