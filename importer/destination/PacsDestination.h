#pragma once

#include "ImportDestination.h"
#include "network/DicomAssociation.h"

#include <QCoreApplication>

namespace pdi {

class StoreSession;

// A PACS: objects go with C-STORE over one association; where the node has the commit role,
// storage commitment (PS3.4 J) is the trailing step that makes the job complete.
class PacsDestination : public ImportDestination {
    Q_DECLARE_TR_FUNCTIONS(pdi::PacsDestination)

public:
    // commitTimeoutSeconds: how long confirm() waits for the node's report.
    PacsDestination(DicomNode node, LocalAe local, int commitTimeoutSeconds);
    ~PacsDestination() override;

    Result<void> open(const QVector<const ImportObject*>& objects) override;
    Stored store(DcmFileFormat& file, const ImportObject& object) override;
    void close() override;

    bool confirms() const override;
    Confirmation confirm(const QVector<const ImportObject*>& sent,
                         const JobProgress& progress) override;

private:
    DicomNode node_;
    LocalAe local_;
    int commitTimeout_;
    std::unique_ptr<StoreSession> session_;
};

} // namespace pdi
