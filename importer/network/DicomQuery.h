#pragma once

#include "DicomAssociation.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>

class DcmDataset;

namespace pdi {

// C-FIND against a node: patient root, study root or Modality Worklist. Answers are returned as
// data sets; text in them is decoded by the caller with their own Specific Character Set.
class DicomQuery {
    Q_DECLARE_TR_FUNCTIONS(pdi::DicomQuery)

public:
    enum class Model { PatientRoot, StudyRoot, Worklist };

    struct Answers {
        QVector<std::shared_ptr<DcmDataset>> datasets;
        bool truncated = false; // more than maxAnswers matched; the query was cancelled
    };

    // Sends one query and collects up to maxAnswers matches. A node that does not support the
    // model answers with an error of kind Invalid (so callers can fall back), a node that
    // cannot be reached with a Network error.
    static Result<Answers> find(const DicomNode& node, const LocalAe& local, Model model,
                                DcmDataset& query, int maxAnswers = 500);
    // The same on an association that is already open (several queries on one association).
    static Result<Answers> find(DicomAssociation& association, Model model, DcmDataset& query,
                                int maxAnswers = 500);

    static QString sopClass(Model model);
    static PresentationContext context(Model model);
};

} // namespace pdi
