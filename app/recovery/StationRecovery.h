#pragma once

#include "job/InterruptedJob.h"
#include "station/Station.h"

#include <QCoreApplication>
#include <QStringList>

namespace pdi {

// At the start of `pdi` (a command that opens the station) and of `pdistation`: the writes and
// imports whose process is gone become interrupted (WriteJobRecovery, ImportJobRecovery), and
// each becomes a sentence that names the person who started it.
class StationRecovery {
    Q_DECLARE_TR_FUNCTIONS(pdi::StationRecovery)

public:
    // program: "pdi" or "pdistation", for the audit records. Problems reading the records are
    // sentences too: the program goes on.
    static QStringList run(const Station& station, const QString& program);
    static QString describe(const InterruptedJob& job);
};

} // namespace pdi
