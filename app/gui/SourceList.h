#pragma once

#include "DriveWatcher.h"
#include "account/Session.h"
#include "plan/ExportSource.h"
#include "reconcile/CandidateScorer.h"
#include "station/Station.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace pdi {

class JobRunner;

class BackgroundTask;

// Where a medium's content comes from: folders and files a person adds (buttons, drag and drop,
// a disc or USB stick just inserted), and a patient's studies from the station's own archive.
// Each source is read on a worker thread, one after the other, with progress and Cancel; files
// that cannot be written are listed with the reason.
//
// A source is a title, its locations and a collector: the function that reads it into
// ExportSource results. Every kind has the same shape: a button in the row of source buttons
// that asks the person what to take (a file dialog; for the archive, ArchivePatientDialog's
// patient and studies), and a collector that produces files for ExportSource::collect (the
// archive's own files). A PACS source (PacsPatientDialog: query by ID, name, date; choose
// studies) has a collector that retrieves the studies into a folder of the data directory and
// collects that; the folder lives as long as the source is in the list.
class SourceList : public QWidget {
    Q_OBJECT
public:
    using Collector = std::function<Result<CollectedSources>(const JobProgress& progress)>;

    // The session is the person on whose behalf a PACS is asked (the transfer is audited).
    SourceList(const Station& station, const Session& session, QWidget* parent = nullptr);
    ~SourceList() override;

    void addFolder(const QString& folder);
    void addFiles(const QStringList& files);
    // Dropped or given paths: folders each a source, the files together one source.
    void addPaths(const QStringList& paths);
    // Studies of a patient in the local archive (all of the patient's with no study UIDs).
    void addArchivePatient(const PatientDemographics& patient, const QStringList& studyUids,
                           int studies);
    // Studies of a patient on a PACS node, retrieved with C-GET when the source is read.
    void addPacsPatient(const QString& node, const PatientDemographics& patient,
                        const QStringList& studyUids);
    // A source of any kind; locations are what the write job records as its sources.
    void addSource(const QString& title, const QStringList& locations, Collector collector);
    // Offers a medium that was just inserted as a source (a bar with Use / Dismiss).
    void offerMedium(const Drive& drive);

    void cancel();
    bool isCollecting() const;
    // The sources read so far, as one; a source being read or cancelled is not in it.
    const CollectedSources& collected() const { return combined_; }
    QStringList locations() const;
    int sourceCount() const { return entries_.size(); }
    QString statusText() const;

Q_SIGNALS:
    // A source finished reading or was removed: collected() changed.
    void sourcesChanged();
    void collectingChanged(bool collecting);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry {
        int id = 0;
        QString title;
        QStringList key; // the same source added twice is taken once
        QStringList locations;
        bool locationsFromResult = false; // the files read are the locations
        Collector collector;
        enum class State { Waiting, Reading, Read } state = State::Waiting;
        CollectedSources result;
    };

    void retranslate();
    void addEntry(Entry entry);
    void chooseFolder();
    void chooseFiles();
    void chooseArchivePatient();
    void choosePacsPatient();
    void removeSelected();
    void startNext();
    void finished(int id, Result<CollectedSources> result);
    void showEntries();
    void showProblems();
    void showProgress(qint64 done, qint64 total);
    void recombine();

    JobRunner* runner_;
    Station station_;
    Session session_;
    Database database_;
    QVector<Entry> entries_;
    int nextId_ = 1;
    CollectedSources combined_;
    QString lastError_;
    Drive offered_;

    QPushButton* folderButton_;
    QPushButton* filesButton_;
    QPushButton* archiveButton_;
    QPushButton* pacsButton_;
    QPushButton* removeButton_;
    QPushButton* cancelButton_;
    QListWidget* list_;
    QProgressBar* progressBar_;
    QLabel* hint_;
    QWidget* offer_;
    QLabel* offerText_;
    QPushButton* offerUse_;
    QPushButton* offerDismiss_;
    QLabel* problemsTitle_;
    QTreeWidget* problems_;
};

} // namespace pdi
