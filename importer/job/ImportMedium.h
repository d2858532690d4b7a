#pragma once

#include "audit/AuditEvent.h"
#include "job/JobProgress.h"
#include "medium/Medium.h"
#include "report/CheckReport.h"
#include "result/Result.h"

#include <QCoreApplication>

#include <memory>

class DcmFileFormat;

namespace pdi {

// An outside medium opened for reconciliation and import: read-only, checked with the same
// scanner and rules as `pdi check`, and kept open so that objects can be loaded from it
// (folder, ISO image, ZIP member) without extracting anything.
struct ImportMedium {
    Q_DECLARE_TR_FUNCTIONS(pdi::ImportMedium)

public:
    std::shared_ptr<Medium> medium;
    // The check of the medium, shared by copies (a plan keeps the medium it was made from).
    std::shared_ptr<const CheckReport> checked;
    const CheckReport& report() const { return *checked; }
    // SHA-256 over the sorted SOP Instance UIDs on the medium: the same disc gives the same
    // value whatever drive or copy it is read from.
    QString contentHash;
    // What the audit trail and the job call the medium: the ISO volume ID, else the File-set ID,
    // else "sha256:" and the start of the content hash.
    QString identifier;
    MediaType mediaType = MediaType::Other;

    // Opens and checks the medium. Errors: the location cannot be read as a medium (Invalid).
    static Result<ImportMedium> open(const QString& location, const CheckSettings& settings,
                                     const JobProgress& progress = JobProgress());

    // Loads one object of the medium: its data set, with long values (pixel data) left on the
    // medium and read from the file, already open, while the object is written or sent; the
    // object keeps the medium's file open as long as it lives.
    // source, when given, is the open file the object's long values are read from later.
    Result<std::unique_ptr<DcmFileFormat>>
    load(const QString& path, std::shared_ptr<MediumFile>* source = nullptr) const;

    // Programs and autorun files found on the medium (for the security alert).
    QStringList hazardousFiles() const;

    // Once the objects to send are chosen (a plan), a job reads of the check only the flags, the
    // findings, the patients and the files that are not objects (the security audit). Keeps only
    // those, so that what grows with the number of objects (every file's listing entry, summary
    // and DICOMDIR record: about 4 KB an object) is given back to the system before sending,
    // when the copies of this medium that hold the whole check are gone. select() needs the
    // whole check: never after this.
    void keepOnlyWhatSendingReads();
};

} // namespace pdi
