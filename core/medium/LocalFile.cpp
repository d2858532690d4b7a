#include "LocalFile.h"

#include <unistd.h>

namespace pdi {

bool LocalFile::open() {
    if (!file_.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    size_ = file_.size();
    if (size_ == 0) {
        // Block devices report no size through stat; the end of the device tells.
        const off_t end = ::lseek(file_.handle(), 0, SEEK_END);
        if (end > 0)
            size_ = qint64(end);
        ::lseek(file_.handle(), 0, SEEK_SET);
    }
    return true;
}

qint64 LocalFile::readAt(qint64 pos, char* buffer, qint64 len) {
    // pread keeps no shared position, so a reader never depends on an earlier seek.
    qint64 done = 0;
    while (done < len) {
        const ssize_t n =
            ::pread(file_.handle(), buffer + done, size_t(len - done), off_t(pos + done));
        if (n < 0)
            return done > 0 ? done : -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

} // namespace pdi
