#pragma once

#include "archive/LocalArchive.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace pdi {

class BackgroundTask;

// A patient's studies from the station's own archive, as a source for a referral medium: search
// by ID or name (kanji, kana or romaji, width and case folded) and birth date, pick the patient,
// tick the studies. The searches run off the GUI thread. A PACS source will ask the same
// questions of a PACS: whose studies, which ones.
class ArchivePatientDialog : public QDialog {
    Q_OBJECT
public:
    struct Selection {
        PatientDemographics patient;
        QVector<ArchivedStudy> studies; // the ticked ones
        QStringList studyUids() const;
        int instances() const;
    };

    ArchivePatientDialog(const LocalArchive& archive, const Database& database,
                         QWidget* parent = nullptr);
    ~ArchivePatientDialog() override;

    // As typing and pressing Search.
    void search(const QString& idOrName, const QString& birthDate = QString());
    bool isSearching() const;
    int patientCount() const { return patients_.size(); }
    // As a click on the patient's row; its studies are read next.
    bool choosePatient(int row);
    bool setStudyIncluded(const QString& studyUid, bool included);
    Selection selection() const;
    QString message() const;
    void accept() override;

Q_SIGNALS:
    void searched();
    void studiesShown();

private:
    void showPatients();
    void showStudies();
    void updateButtons();

    LocalArchive archive_;
    Database database_;
    QVector<ArchivedPatient> patients_;
    int chosen_ = -1;
    QVector<ArchivedStudy> studies_;
    QPointer<BackgroundTask> task_;

    QLineEdit* query_;
    QLineEdit* birthDate_;
    QPushButton* searchButton_;
    QTableWidget* patientTable_;
    QTreeWidget* studyTree_;
    QLabel* message_;
    QPushButton* ok_;
};

} // namespace pdi
