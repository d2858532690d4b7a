#include "StationFixture.h"

#include "PostgresServer.h"

#include "audit/AuditTrail.h"

#include <QDirIterator>
#include <QFile>

namespace pdi::test {

namespace {

[[maybe_unused]] const bool g_postgres = usePostgresFromFixture();

} // namespace

StationFixture::StationFixture() {
    Result<Station> opened = Station::open(dir_.path() + QStringLiteral("/data"));
    if (!opened) {
        error_ = opened.error().message;
        return;
    }
    station_.emplace(*opened);
    const auto created = station_->accounts().createFirstAdministrator(
        {AdminName, QStringLiteral("Ada Admin"), Role::Admin, AdminPassword});
    if (!created) {
        error_ = created.error().message;
        return;
    }
    Result<Session> session = station_->authenticator().login(AdminName, AdminPassword);
    if (!session) {
        error_ = session.error().message;
        return;
    }
    admin_.emplace(*session);
}

std::optional<Session> StationFixture::addAndLogin(const QString& name, Role role,
                                                   const QString& password) {
    const auto added = station_->accounts().add(*admin_, {name, name.toUpper(), role, password});
    if (!added) {
        error_ = added.error().message;
        return std::nullopt;
    }
    Result<Session> session = station_->authenticator().login(name, password);
    if (!session) {
        error_ = session.error().message;
        return std::nullopt;
    }
    return *session;
}

QVector<AuditRecord> StationFixture::records(AuditEventType type) {
    AuditQuery q;
    q.event = type;
    Result<QVector<AuditRecord>> list = station_->audit().list(*admin_, q);
    return list ? *list : QVector<AuditRecord>();
}

QByteArray StationFixture::allBytes() const {
    QByteArray all;
    QDirIterator it(dir_.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace pdi::test
