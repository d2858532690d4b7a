#pragma once

#include "archive/StudyOverview.h"
#include "reconcile/CandidateScorer.h"
#include "result/Result.h"
#include "station/Database.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace pdi {

class BackgroundTask;
class StudyChecklist;

// The question every patient source of a referral medium asks: whose studies (search by ID or
// name in kanji, kana or romaji, and birth date; choose the patient), and which ones (tick the
// studies). The searches run off the GUI thread. A subclass says where the answers come from:
// the station's own archive (ArchivePatientDialog) or a PACS (PacsPatientDialog).
class PatientStudyDialog : public QDialog {
    Q_OBJECT
public:
    struct Selection {
        PatientDemographics patient;
        QVector<StudyOverview> studies; // the ticked ones
        QStringList studyUids() const;
    };

    ~PatientStudyDialog() override;

    // As typing and pressing Search.
    void search(const QString& idOrName, const QString& birthDate = QString());
    bool isSearching() const;
    int patientCount() const { return patients_.size(); }
    // As a click on the patient's row; the studies are shown (read first when the source lists
    // them per patient).
    bool choosePatient(int row);
    bool setStudyIncluded(const QString& studyUid, bool included);
    Selection selection() const;
    QString message() const;
    void accept() override;

Q_SIGNALS:
    void searched();
    void studiesShown();

protected:
    struct Criteria {
        QString idOrName;
        QString birthDate; // YYYYMMDD or empty
    };
    struct Patient {
        PatientDemographics demographics;
        int studies = -1;                                // -1: not known
        int instances = -1;                              // -1: not known
        std::optional<QVector<StudyOverview>> studyList; // when the search brought them
    };
    struct Answer {
        QVector<Patient> patients;
        QString note; // said after the count (a PACS that matched more than it returned)
    };
    using SearchWork = std::function<Result<Answer>()>;
    using StudiesWork = std::function<Result<QVector<StudyOverview>>()>;

    // prefix names the widgets for tests ("archive": archiveQuery, archivePatients, ...).
    PatientStudyDialog(const Database& database, const QString& prefix, QWidget* parent);

    // The work that answers a search, run off the GUI thread; empty when this source cannot
    // search now (the subclass set the message).
    virtual SearchWork searchWork(const Criteria& criteria) = 0;
    // The work that lists a patient's studies when the search did not bring them.
    virtual StudiesWork studiesWork(const Patient& patient);
    virtual QString noMatch() const = 0;
    virtual bool canSearch() const { return true; }

    QVBoxLayout* sourceRow() const { return sourceRow_; } // above the search fields
    QLineEdit* queryField() const { return query_; }
    QPushButton* okButton() const { return ok_; }
    void setMessage(const QString& text);
    void updateButtons();

private:
    void showPatients();
    void showStudies(const QVector<StudyOverview>& studies);

    Database database_;
    QVector<Patient> patients_;
    int chosen_ = -1;
    QPointer<BackgroundTask> task_;

    QVBoxLayout* sourceRow_;
    QLineEdit* query_;
    QLineEdit* birthDate_;
    QPushButton* searchButton_;
    QTableWidget* patientTable_;
    StudyChecklist* studyTree_;
    QLabel* message_;
    QPushButton* ok_;
};

} // namespace pdi
