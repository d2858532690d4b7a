#pragma once

#include "AuditEvent.h"
#include "DicomAuditMessage.h"
#include "result/Result.h"

#include <QCoreApplication>

#include <atomic>

namespace pdi {

// Audit records as files for an auditor or another system: one DICOM audit message (PS3.15
// A.5.1 XML, indented) per record, named audit-00000042.xml after the record's place in the
// chain. Used by `pdi audit export` and the Audit workspace.
class AuditExport {
    Q_DECLARE_TR_FUNCTIONS(pdi::AuditExport)

public:
    // Creates folder when missing. Each file is written completely or not at all (QSaveFile).
    // Returns how many files were written; stops at the first file that cannot be written, and
    // when cancel is set.
    static Result<int> writeDicomXml(const QVector<AuditRecord>& records, const AuditSource& source,
                                     const QString& folder,
                                     const std::atomic<bool>* cancel = nullptr);
    static QString fileName(const AuditRecord& record);
};

} // namespace pdi
