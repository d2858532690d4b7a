#pragma once

#include "CandidateScorer.h"
#include "network/DicomAssociation.h"
#include "network/DicomQuery.h"
#include "node/DicomNode.h"
#include "result/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QVector>

#include <atomic>
#include <functional>
#include <optional>

namespace pdi {

class LocalArchive;
class Settings;
struct CheckReport;
struct PatientContents;

// A local patient that may be the outside one, with where it was found and why it matches.
struct Candidate {
    enum class Kind { Pacs, Worklist, Archive };
    PatientDemographics patient;
    QString source; // node name, "local" for the archive
    Kind kind = Kind::Pacs;
    // Worklist entries: the local order, which gives the import its Accession Number.
    QString accessionNumber;
    QString scheduledDate;
    QString procedure;
    CandidateMatch match;
    // The source's answer could not carry the name's kanji and kana (AnswerCharacterSet).
    QString characterSetNote;

    static QString kindName(Kind kind); // pacs, worklist, archive
    QJsonObject toJson() const;
};

// The candidates for one outside patient, best first. Nothing is chosen: a person decides.
struct PatientReconciliation {
    PatientDemographics outside;
    QStringList institutions; // where the medium most likely came from
    int instances = 0;
    QStringList studies;
    QVector<Candidate> candidates;
    QStringList problems;      // sources that could not be asked, each a sentence
    QStringList failedSources; // their names

    QJsonObject toJson() const;
};

// What a source knows about a local Patient ID (the import takes the name, birth date and sex
// from here).
struct KnownPatient {
    PatientDemographics patient;
    QString source;
    Candidate::Kind kind = Candidate::Kind::Pacs;
    QString accessionNumber; // worklist: the order
};

// Finds local candidates for the patients of an outside medium (IHE-IRWF): PACS C-FIND at
// patient level (study level where the PACS offers no patient root), the modality worklist
// within reconcile.worklistDays of today, and the local archive; each candidate scored by
// CandidateScorer against the outside patient. Sources are asked by the Patient ID, the birth
// date and the family name in every spelling PatientSearchKeys gives, in the node's character
// set, so a medium without a birth date or without an alphabetic name still finds its patient.
//
//   PatientReconciler reconciler(options);
//   for (const PatientReconciliation& r : reconciler.reconcile(report)) ... show r.candidates
//
// Network calls block: the GUI runs this off its thread; progress and cancel as elsewhere.
class PatientReconciler {
    Q_DECLARE_TR_FUNCTIONS(pdi::PatientReconciler)

public:
    struct Options {
        QVector<DicomNode> sources; // nodes with find and/or worklist roles, and/or "local"
        LocalAe local;
        int worklistDays = 7;
        const LocalArchive* archive = nullptr; // needed when "local" is among the sources
        // This station's institution (institution.name): an outside Patient ID is evidence only
        // when it comes from the same authority as the local one (CandidateScorer).
        QStringList ownAuthorities;
        // Worklist entries read in the scheduling window before asking by ID, birth date and
        // name instead.
        int worklistMaxAnswers = 2000;
        QDate today = QDate::currentDate();
        int maxCandidates = 20; // per outside patient
        std::function<void(const QString& step, qint64 done, qint64 total)> progress;
        const std::atomic<bool>* cancel = nullptr;
    };

    explicit PatientReconciler(Options options)
        : options_(std::move(options)) {}

    // Every patient of the medium.
    QVector<PatientReconciliation> reconcile(const CheckReport& report) const;
    PatientReconciliation reconcile(const PatientContents& outside) const;
    // institutions: where the medium came from (Institution Name in its objects).
    PatientReconciliation reconcile(const PatientDemographics& outside,
                                    const QStringList& institutions = {}) const;

    // The station's own ID authorities, from its settings.
    static QStringList ownAuthorities(const Settings& settings);

    // Who the sources say localId is, in the order of the sources. Sources that fail are listed
    // in problems; an empty list with no problems means nobody knows the ID.
    QVector<KnownPatient> lookup(const QString& localId, const QString& issuer,
                                 QStringList* problems = nullptr) const;

private:
    void askPacs(const DicomNode& node, const PatientDemographics& outside,
                 const std::optional<QString>& onlyId, QVector<Candidate>& out,
                 QStringList& problems) const;
    void askWorklist(const DicomNode& node, const PatientDemographics& outside,
                     const std::optional<QString>& onlyId, QVector<Candidate>& out,
                     QStringList& problems) const;
    void askArchive(const PatientDemographics& outside, const std::optional<QString>& onlyId,
                    const QString& issuer, QVector<Candidate>& out, QStringList& problems) const;
    bool cancelled() const { return options_.cancel && options_.cancel->load(); }

    Options options_;
};

} // namespace pdi
