#pragma once

#include "job/ImportPlan.h"
#include "job/JobProgress.h"
#include "result/Result.h"

#include <QPair>
#include <QVector>

#include <memory>

class DcmFileFormat;

namespace pdi {

class Session;
class Station;

// Where an import files the objects it prepared: a PACS (C-STORE, with storage commitment as
// its trailing step where the node has the commit role) or the station's local archive. The job
// decides what is sent and records every state; a destination only stores and confirms.
class ImportDestination {
public:
    struct Stored {
        enum class Kind {
            Stored,        // filed (a PACS warning is in the message)
            Rejected,      // this object was refused; the others can still be sent
            ConnectionLost // nothing more can be sent now
        };
        Kind kind = Kind::Stored;
        QString message;
    };

    // What the trailing confirmation said.
    struct Confirmation {
        QString problem; // no answer (the objects stay sent; asking again later may help)
        QString transactionUid;
        QStringList confirmed;                    // SOP Instance UIDs
        QVector<QPair<QString, QString>> refused; // SOP Instance UID, reason
    };

    virtual ~ImportDestination() = default;

    // The destination for this node ("local": the station's archive).
    static std::unique_ptr<ImportDestination> of(const Station& station, const Session& session,
                                                 const DicomNode& node);

    // Readies the destination for these objects (an association that covers them all). An
    // error says why nothing can be sent now.
    virtual Result<void> open(const QVector<const ImportObject*>& objects) = 0;
    virtual Stored store(DcmFileFormat& file, const ImportObject& object) = 0;
    virtual void close() = 0;

    // Whether the destination confirms storage after the objects are sent.
    virtual bool confirms() const { return false; }
    // Asks it to take responsibility for the objects sent (storage commitment).
    virtual Confirmation confirm(const QVector<const ImportObject*>& sent,
                                 const JobProgress& progress);
};

} // namespace pdi
