#pragma once

#include "job/WriteJob.h"
#include "plan/ExportPlan.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace pdi {

class MediaGauge;

// Where the medium goes and what kind it is: a USB stick or folder, an ISO image file, or a disc
// in a drive (the drives found, or an address typed in); CD, DVD, DVD DL, BD or USB with a gauge
// of how full it will be; and what else goes on it: web content for a browser, and documents or
// pictures ("other files") with the 8.3 names they get on the medium.
class TargetChooser : public QWidget {
    Q_OBJECT
public:
    explicit TargetChooser(QWidget* parent = nullptr);

    WriteTarget kind() const;
    // The folder, ISO file or drive address, as the write job takes it.
    QString target() const;
    TargetMedia::Kind media() const;
    bool web() const;
    QStringList otherFiles() const;
    // Why nothing can be written to this target now; empty when it can.
    QString problem() const { return problem_; }

    void setTarget(WriteTarget kind, const QString& path);
    void setMedia(TargetMedia::Kind media);
    void setWeb(bool web);
    void addOtherFiles(const QStringList& files);
    // A file name the ISO dialog suggests, e.g. from the patient ID. An image name that was
    // the previous suggestion follows the new one (another patient, another name); a name the
    // person typed stays.
    void setSuggestedName(const QString& baseName);
    // Checks the target again (a cancelled write removed its output, a folder was emptied).
    void recheck();
    // The medium was written to the current folder or image: the next one needs a new target.
    // The folder or image name is cleared rather than shown as a problem; a drive stays (the
    // next blank disc goes into the same drive).
    void forgetWrittenTarget();

    // `folder`/`baseName`.iso, or with -2, -3 ... when that image exists already: the save
    // dialog then never offers to replace a file the write would refuse.
    static QString freeImagePath(const QString& folder, const QString& baseName);

    // Media, free space, web content and other files into the planner's options.
    void applyTo(ExportOptions& options) const;
    // The gauge and the other files' names on the medium, from the latest plan.
    void showPlan(const ExportPlan& plan);
    MediaGauge* gauge() const { return gauge_; }

    // The optical drives of this computer (/dev/sr*).
    static QStringList opticalDrives();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void kindChanged();
    void choosePath();
    void chooseOtherFiles();
    void removeOtherFile();
    void listDrives();
    void evaluate();

    QString problem_;
    qint64 usbFreeBytes_ = 0;
    QString suggestedName_;
    QStringList otherFiles_;
    QTimer evaluateTimer_;

    QLabel* kindLabel_;
    QComboBox* kindBox_;
    QLabel* pathLabel_;
    QLineEdit* pathEdit_;
    QPushButton* chooseButton_;
    QComboBox* driveBox_;
    QLabel* mediaLabel_;
    QComboBox* mediaBox_;
    MediaGauge* gauge_;
    QLabel* problemLabel_;
    QCheckBox* webBox_;
    QLabel* otherLabel_;
    QTreeWidget* otherList_;
    QPushButton* addOtherButton_;
    QPushButton* removeOtherButton_;
};

} // namespace pdi
