#pragma once

#include "DicomAssociation.h"

#include <QCoreApplication>
#include <QVector>

#include <atomic>

namespace pdi {

// Storage Commitment Push Model (PS3.4 J), as the SCU: an N-ACTION asks the node to take
// responsibility for instances; the node answers later with an N-EVENT-REPORT on an association
// it opens to this station (station.aeTitle at station.dicomPort), which is received here.
class StorageCommitment {
    Q_DECLARE_TR_FUNCTIONS(pdi::StorageCommitment)

public:
    struct Reference {
        QString sopClass;
        QString sopInstance;
    };
    struct Failure {
        Reference reference;
        quint16 reason = 0; // Failure Reason (0008,1197), PS3.3 C.14.1.1
        QString text;
    };
    struct Report {
        QString transactionUid;
        bool received = false; // false: the node did not report before the deadline
        QVector<Reference> committed;
        QVector<Failure> failed;
    };

    // Asks for commitment of the references and waits for the node's report, at most
    // timeoutSeconds (or until *cancel). A report that does not arrive in time is not an error:
    // the Report says received = false and the caller asks again later.
    static Result<Report> request(const DicomNode& node, const LocalAe& local,
                                  const QVector<Reference>& references, int timeoutSeconds,
                                  const std::atomic<bool>* cancel = nullptr);

    static QString failureText(quint16 reason);
};

} // namespace pdi
