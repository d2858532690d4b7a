#pragma once

#include "DriveWatcher.h"
#include "plan/ExportSource.h"
#include "station/Database.h"

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

class BackgroundTask;

// Where a medium's content comes from: folders and files a person adds (buttons, drag and drop,
// a disc or USB stick just inserted). Each source is read on a worker thread, one after the
// other, with progress and Cancel; files that cannot be written are listed with the reason.
//
// A source is a title and a collector: the function that reads it into ExportSource results.
// Folders and files use ExportSource::collect; another kind of source (the local archive, a PACS
// query) is one more collector and one more button next to Add folder.
class SourceList : public QWidget {
    Q_OBJECT
public:
    using Collector = std::function<ExportSource::Result(
        const std::atomic<bool>* cancel, const std::function<void(int, int)>& progress)>;

    SourceList(const Database& database, QWidget* parent = nullptr);
    ~SourceList() override;

    void addFolder(const QString& folder);
    void addFiles(const QStringList& files);
    // Dropped or given paths: folders each a source, the files together one source.
    void addPaths(const QStringList& paths);
    // A source of any kind; locations are what the write job records as its sources.
    void addSource(const QString& title, const QStringList& locations, Collector collector);
    // Offers a medium that was just inserted as a source (a bar with Use / Dismiss).
    void offerMedium(const Drive& drive);

    void cancel();
    bool isCollecting() const;
    // The sources read so far, as one; a source being read or cancelled is not in it.
    const ExportSource::Result& collected() const { return combined_; }
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
        QStringList locations;
        Collector collector;
        enum class State { Waiting, Reading, Read } state = State::Waiting;
        ExportSource::Result result;
    };
    struct Progress {
        std::atomic<bool> cancel{false};
        std::atomic<int> done{0};
        std::atomic<int> total{0};
    };

    void retranslate();
    void chooseFolder();
    void chooseFiles();
    void removeSelected();
    void startNext();
    void finished(int id, ExportSource::Result result);
    void showEntries();
    void showProblems();
    void showProgress();
    void recombine();

    QPointer<BackgroundTask> task_;
    Database database_;
    QVector<Entry> entries_;
    int nextId_ = 1;
    std::shared_ptr<Progress> progress_;
    QTimer progressTimer_;
    ExportSource::Result combined_;
    QString lastError_;
    Drive offered_;

    QPushButton* folderButton_;
    QPushButton* filesButton_;
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
