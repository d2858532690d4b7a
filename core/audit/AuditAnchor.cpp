#include "AuditAnchor.h"

#include "station/Timestamp.h"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace pdi {

namespace {

const QLatin1String Tag("pdi-audit-anchor");

QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

QString AuditAnchor::toLine() const {
    QString name = station;
    name.replace(QRegularExpression(QStringLiteral("\\s")), QStringLiteral("_"));
    return QStringLiteral("%1 seq=%2 hash=%3 time=%4 station=%5")
        .arg(Tag)
        .arg(seq)
        .arg(hash, Timestamp::isoUtc(time), name.isEmpty() ? QStringLiteral("-") : name);
}

std::optional<AuditAnchor> AuditAnchor::fromLine(const QString& line) {
    static const QRegularExpression form(
        QStringLiteral("^pdi-audit-anchor seq=(\\d+) hash=([0-9a-f]{64}) time=(\\S+)"
                       "(?: station=(\\S+))?\\s*$"));
    const QRegularExpressionMatch m = form.match(line.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    AuditAnchor a;
    bool ok = false;
    a.seq = m.captured(1).toLongLong(&ok);
    if (!ok || a.seq <= 0)
        return std::nullopt;
    a.hash = m.captured(2);
    a.time = Timestamp::parseIsoUtc(m.captured(3));
    a.station = m.captured(4);
    return a;
}

QVector<AuditAnchor> AuditAnchor::allIn(const QString& text) {
    QVector<AuditAnchor> out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (std::optional<AuditAnchor> a = fromLine(line))
            out << *a;
    }
    return out;
}

QString AuditAnchorFile::append(const AuditAnchor& anchor) const {
    const QByteArray name = QFile::encodeName(path_);
    const int fd = ::open(name.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return tr("The audit anchor file %1 cannot be opened for appending: %2")
            .arg(path_, systemError());
    const QByteArray line = anchor.toLine().toUtf8() + '\n';
    const bool written = ::write(fd, line.constData(), size_t(line.size())) == line.size();
    const QString why = systemError();
    const bool synced = written && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || !synced)
        return tr("The audit anchor could not be written to %1: %2").arg(path_, why);
    return QString();
}

QVector<AuditAnchor> AuditAnchorFile::read(QString* error) const {
    QFile f(path_);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The audit anchor file %1 cannot be read: %2").arg(path_, f.errorString());
        return {};
    }
    return AuditAnchor::allIn(QString::fromUtf8(f.readAll()));
}

bool AuditAnchorFile::isAppendOnly() const {
    const int fd = ::open(QFile::encodeName(path_).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    int flags = 0;
    const bool known = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    ::close(fd);
    return known && (flags & FS_APPEND_FL) != 0;
}

} // namespace pdi
