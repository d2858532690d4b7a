#include "StationRecovery.h"

#include "job/ImportJobRecovery.h"
#include "job/WriteJobRecovery.h"

#include <QSysInfo>

namespace pdi {

QStringList StationRecovery::run(const Station& station, const QString& program) {
    const QString recordedBy = QStringLiteral("%1 (process %2 on %3)")
                                   .arg(program)
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(QSysInfo::machineHostName());
    QStringList notices;
    for (const auto& recovered : {WriteJobRecovery::recover(station, recordedBy),
                                  ImportJobRecovery::recover(station, recordedBy)}) {
        if (!recovered) {
            notices
                << tr("Unfinished jobs could not be looked for: %1").arg(recovered.error().message);
            continue;
        }
        for (const InterruptedJob& job : *recovered)
            notices << describe(job);
    }
    return notices;
}

QString StationRecovery::describe(const InterruptedJob& job) {
    QString text =
        job.kind == InterruptedJob::Kind::Write
            ? tr("The write %1 started by %2 at %3 was interrupted (the program ended before it "
                 "finished); the medium was not verified and must not be handed over. Write it "
                 "again.")
                  .arg(job.what, job.startedBy, job.startedAt)
            : tr("The import %1 started by %2 at %3 was interrupted (the program ended while it "
                 "ran; %4). Run the same import again to send the rest.")
                  .arg(job.what, job.startedBy, job.startedAt, job.done);
    if (!job.removed.isEmpty())
        text += QLatin1Char(' ') +
                tr("Removed what it left: %1.").arg(job.removed.join(QLatin1String(", ")));
    return text;
}

} // namespace pdi
