#pragma once

#include "job/ImportJob.h"

#include <QWidget>

class QTreeWidget;

namespace pdi {

// What an import does not send, grouped the way a person reads it (JSRT-QA 4.1): not chosen,
// other patients on the medium, not DICOM, programs (never run), and what cannot be imported at
// all; each file with its reason. A group shows a few hundred files and counts the rest, so that
// a medium of 5,000 scanned letters does not fill the window.
class LeftOutList : public QWidget {
    Q_OBJECT
public:
    explicit LeftOutList(QWidget* parent = nullptr);

    void setFiles(const QVector<LeftOutFile>& files);
    void clear();
    int count() const { return files_.size(); }
    int count(LeftOutFile::Kind kind) const;
    QTreeWidget* tree() const { return tree_; }
    // Every line as shown ("group: file: reason"), for tests and the result summary.
    QStringList lines() const;

    static QString groupTitle(LeftOutFile::Kind kind);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QVector<LeftOutFile> files_;
    QTreeWidget* tree_;
};

} // namespace pdi
