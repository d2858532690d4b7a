#pragma once

#include "job/ImportJob.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace pdi {

// Under which local identity the outside objects are filed: the candidate picked in the
// reconciliation table, another local ID the person types (checked against the sources; when no
// source knows it, the local name, birth date and sex must be typed, as `pdi import` demands),
// or the outside IDs kept. Nothing is chosen at first. The accession number of a local order is
// optional; a worklist candidate brings its own.
class LocalIdentityForm : public QWidget {
    Q_OBJECT
public:
    enum class Mode { None, Candidate, LocalId, KeepIds };

    explicit LocalIdentityForm(QWidget* parent = nullptr);

    Mode mode() const { return mode_; }
    void setMode(Mode mode);
    // The row the person picked in the reconciliation table (nullopt: none); picking one is
    // choosing it.
    void setCandidate(const std::optional<Candidate>& candidate);
    // Back to nothing chosen (another outside patient, another medium).
    void reset();
    // The outside patient the local one is compared with (IdentityContradiction).
    void setOutside(const PatientDemographics& outside);
    // How the chosen or looked-up local patient contradicts the outside one; empty when nothing
    // is chosen, the outside IDs are kept, or nothing contradicts.
    QVector<IdentityDifference> contradictions() const;

    // What a lookup of the typed ID found; shown, and when nobody knows the ID, the fields for
    // the local demographics appear.
    void setLookupRunning();
    void setLookupResult(const QString& localId, const QString& issuer,
                         const QVector<KnownPatient>& known, const QStringList& problems);
    QString typedId() const;
    QString typedIssuer() const;
    void setTypedId(const QString& id, const QString& issuer = QString());
    // Typed demographics for a patient no source knows: names as "family given" per form.
    void setDemographics(const QString& romaji, const QString& kanji, const QString& kana,
                         const QString& birthDate, const QString& sex);
    void setAccessionNumber(const QString& accession);
    QString accessionNumber() const;

    // Fills the local part of the request; the empty string when it is complete, otherwise what
    // is missing, as a sentence.
    QString applyTo(ImportRequest& request) const;

    // "山田 太郎" -> "山田^太郎": a PN component group from what a person types.
    static QString personNameGroup(const QString& typed);
    // "1970-01-01", "1970/01/01" or "19700101" -> "19700101"; empty when not a date.
    static QString dicomDate(const QString& typed);

Q_SIGNALS:
    void changed();
    void lookupRequested(const QString& localId, const QString& issuer);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void idEdited();

    Mode mode_ = Mode::None;
    PatientDemographics outside_;
    std::optional<Candidate> candidate_;
    QString accessionFromCandidate_;
    enum class Lookup { None, Running, Known, Unknown, Failed } lookup_ = Lookup::None;
    QString lookedUpId_;
    QString lookedUpIssuer_;
    QVector<KnownPatient> known_;
    QStringList lookupProblems_;

    QButtonGroup* modes_;
    QRadioButton* candidateMode_;
    QLabel* candidateText_;
    QRadioButton* idMode_;
    QLabel* idLabel_;
    QLineEdit* id_;
    QLabel* issuerLabel_;
    QLineEdit* issuer_;
    QPushButton* lookupButton_;
    QLabel* lookupText_;
    QWidget* demographics_;
    QLabel* romajiLabel_;
    QLineEdit* romaji_;
    QLabel* kanjiLabel_;
    QLineEdit* kanji_;
    QLabel* kanaLabel_;
    QLineEdit* kana_;
    QLabel* birthLabel_;
    QLineEdit* birthDate_;
    QLabel* sexLabel_;
    QComboBox* sex_;
    QRadioButton* keepMode_;
    QLabel* keepText_;
    QLabel* accessionLabel_;
    QLineEdit* accession_;
};

} // namespace pdi
