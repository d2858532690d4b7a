#include "MediumFile.h"

#include <cstring>

namespace pdi {

QByteArray MediumFile::head(qint64 maxBytes) {
    QByteArray out;
    out.resize(int(qMin(maxBytes, size())));
    qint64 got = 0;
    while (got < out.size()) {
        const qint64 n = readAt(got, out.data() + got, out.size() - got);
        if (n <= 0)
            break;
        got += n;
    }
    out.resize(int(got));
    return out;
}

QByteArray MediumFile::readAll(qint64 maxBytes, bool* ok) {
    if (size() > maxBytes) {
        if (ok)
            *ok = false;
        return QByteArray();
    }
    QByteArray data = head(size());
    if (ok)
        *ok = data.size() == size();
    return data;
}

qint64 MemoryMediumFile::readAt(qint64 pos, char* buffer, qint64 len) {
    if (pos < 0 || len < 0)
        return -1;
    if (pos >= data_.size())
        return 0;
    const qint64 n = qMin(len, data_.size() - pos);
    std::memcpy(buffer, data_.constData() + pos, size_t(n));
    return n;
}

} // namespace pdi
