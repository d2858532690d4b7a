#include "TargetChooser.h"

#include "FocusOrder.h"
#include "MediaGauge.h"
#include "target/DiscBurner.h"
#include "target/FolderWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pdi {

TargetChooser::TargetChooser(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("targetChooser"));
    kindLabel_ = new QLabel(this);
    kindBox_ = new QComboBox(this);
    kindBox_->setObjectName(QStringLiteral("targetKind"));
    for (WriteTarget k : {WriteTarget::Folder, WriteTarget::IsoFile, WriteTarget::Disc})
        kindBox_->addItem(QString(), int(k));
    pathLabel_ = new QLabel(this);
    pathEdit_ = new QLineEdit(this);
    pathEdit_->setObjectName(QStringLiteral("targetPath"));
    chooseButton_ = new QPushButton(this);
    chooseButton_->setObjectName(QStringLiteral("chooseTarget"));
    driveBox_ = new QComboBox(this);
    driveBox_->setObjectName(QStringLiteral("drive"));
    driveBox_->setEditable(true);
    driveBox_->setVisible(false);
    mediaLabel_ = new QLabel(this);
    mediaBox_ = new QComboBox(this);
    mediaBox_->setObjectName(QStringLiteral("media"));
    for (TargetMedia::Kind m : {TargetMedia::Cd, TargetMedia::Dvd, TargetMedia::DvdDualLayer,
                                TargetMedia::BluRay, TargetMedia::Usb})
        mediaBox_->addItem(TargetMedia::label(m), int(m));
    gauge_ = new MediaGauge(this);
    problemLabel_ = new QLabel(this);
    problemLabel_->setObjectName(QStringLiteral("targetProblem"));
    problemLabel_->setWordWrap(true);
    problemLabel_->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    // Room for two lines kept, shown or not: the medium and web content boxes below do not move
    // while a person is about to click them.
    problemLabel_->setMinimumHeight(problemLabel_->fontMetrics().lineSpacing() * 2 + 4);
    problemLabel_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    webBox_ = new QCheckBox(this);
    webBox_->setObjectName(QStringLiteral("webContent"));
    otherLabel_ = new QLabel(this);
    otherList_ = new QTreeWidget(this);
    otherList_->setObjectName(QStringLiteral("otherFiles"));
    otherList_->setRootIsDecorated(false);
    otherList_->setColumnCount(2);
    otherList_->setMaximumHeight(80);
    otherList_->header()->setStretchLastSection(true);
    addOtherButton_ = new QPushButton(this);
    addOtherButton_->setObjectName(QStringLiteral("addOtherFiles"));
    removeOtherButton_ = new QPushButton(this);
    removeOtherButton_->setEnabled(false);

    auto* where = new QHBoxLayout;
    where->addWidget(pathEdit_, 1);
    where->addWidget(driveBox_, 1);
    where->addWidget(chooseButton_);
    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(kindLabel_, 0, 0);
    grid->addWidget(kindBox_, 0, 1);
    grid->addWidget(pathLabel_, 1, 0);
    grid->addLayout(where, 1, 1);
    grid->addWidget(problemLabel_, 2, 1);
    // The gauge has a row of its own: beside the media box its sentence was cut.
    grid->addWidget(mediaLabel_, 3, 0);
    grid->addWidget(mediaBox_, 3, 1, Qt::AlignLeft);
    grid->addWidget(gauge_, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    auto* otherButtons = new QHBoxLayout;
    otherButtons->addWidget(otherLabel_, 1);
    otherButtons->addWidget(addOtherButton_);
    otherButtons->addWidget(removeOtherButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(webBox_);
    layout->addLayout(otherButtons);
    layout->addWidget(otherList_);

    evaluateTimer_.setSingleShot(true);
    evaluateTimer_.setInterval(300);
    connect(&evaluateTimer_, &QTimer::timeout, this, &TargetChooser::evaluate);
    connect(kindBox_, qOverload<int>(&QComboBox::activated), this, &TargetChooser::kindChanged);
    connect(pathEdit_, &QLineEdit::textEdited, &evaluateTimer_, qOverload<>(&QTimer::start));
    connect(driveBox_, &QComboBox::currentTextChanged, &evaluateTimer_,
            qOverload<>(&QTimer::start));
    connect(chooseButton_, &QPushButton::clicked, this, &TargetChooser::choosePath);
    connect(mediaBox_, qOverload<int>(&QComboBox::activated), this, &TargetChooser::changed);
    connect(webBox_, &QCheckBox::toggled, this, &TargetChooser::changed);
    connect(addOtherButton_, &QPushButton::clicked, this, &TargetChooser::chooseOtherFiles);
    connect(removeOtherButton_, &QPushButton::clicked, this, &TargetChooser::removeOtherFile);
    connect(otherList_, &QTreeWidget::itemSelectionChanged, this,
            [this] { removeOtherButton_->setEnabled(!otherList_->selectedItems().isEmpty()); });
    retranslate();
    kindChanged();
    FocusOrder::followLayout(this);
}

void TargetChooser::retranslate() {
    kindLabel_->setText(tr("Write to:"));
    kindBox_->setItemText(0, tr("USB stick or folder"));
    kindBox_->setItemText(1, tr("Disc image file (ISO)"));
    kindBox_->setItemText(2, tr("Disc in a drive"));
    pathLabel_->setText(tr("Where:"));
    chooseButton_->setText(tr("Choose..."));
    mediaLabel_->setText(tr("Medium:"));
    webBox_->setText(tr("Add web content (pages any browser can open)"));
    otherLabel_->setText(tr("Other files (documents, pictures):"));
    otherList_->setHeaderLabels({tr("File"), tr("On the medium")});
    addOtherButton_->setText(tr("Add..."));
    removeOtherButton_->setText(tr("Remove"));
    switch (kind()) {
    case WriteTarget::Folder:
        pathEdit_->setPlaceholderText(tr("the USB stick or an empty folder"));
        break;
    case WriteTarget::IsoFile:
        pathEdit_->setPlaceholderText(tr("a new .iso file"));
        break;
    case WriteTarget::Disc:
        break;
    }
    evaluate();
}

void TargetChooser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

WriteTarget TargetChooser::kind() const {
    return WriteTarget(kindBox_->currentData().toInt());
}

QString TargetChooser::target() const {
    if (kind() == WriteTarget::Disc)
        return driveBox_->currentText().trimmed();
    const QString path = pathEdit_->text().trimmed();
    return path.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(path));
}

TargetMedia::Kind TargetChooser::media() const {
    return TargetMedia::Kind(mediaBox_->currentData().toInt());
}

bool TargetChooser::web() const {
    return webBox_->isChecked();
}

QStringList TargetChooser::otherFiles() const {
    return otherFiles_;
}

QStringList TargetChooser::opticalDrives() {
    QStringList out;
    const QDir dev(QStringLiteral("/dev"));
    for (const QString& name :
         dev.entryList({QStringLiteral("sr[0-9]*")}, QDir::System | QDir::Files, QDir::Name))
        out << dev.filePath(name);
    return out;
}

void TargetChooser::listDrives() {
    const QString typed = driveBox_->currentText();
    driveBox_->clear();
    driveBox_->addItems(opticalDrives());
    if (!typed.isEmpty())
        driveBox_->setCurrentText(typed);
}

void TargetChooser::kindChanged() {
    const WriteTarget k = kind();
    const bool disc = k == WriteTarget::Disc;
    pathEdit_->setVisible(!disc);
    chooseButton_->setVisible(!disc);
    driveBox_->setVisible(disc);
    if (disc)
        listDrives();
    // A disc or an image of one is CD, DVD or BD; a folder is usually a USB stick.
    auto* model = qobject_cast<QStandardItemModel*>(mediaBox_->model());
    const int usb = mediaBox_->findData(int(TargetMedia::Usb));
    if (model)
        model->item(usb)->setEnabled(k == WriteTarget::Folder);
    if (k == WriteTarget::Folder)
        mediaBox_->setCurrentIndex(usb);
    else if (media() == TargetMedia::Usb)
        mediaBox_->setCurrentIndex(mediaBox_->findData(int(TargetMedia::Cd)));
    pathEdit_->clear();
    retranslate();
}

void TargetChooser::setTarget(WriteTarget k, const QString& path) {
    kindBox_->setCurrentIndex(kindBox_->findData(int(k)));
    kindChanged();
    if (k == WriteTarget::Disc)
        driveBox_->setCurrentText(path);
    else
        pathEdit_->setText(QDir::toNativeSeparators(path));
    evaluate();
}

void TargetChooser::setMedia(TargetMedia::Kind m) {
    mediaBox_->setCurrentIndex(mediaBox_->findData(int(m)));
    Q_EMIT changed();
}

void TargetChooser::setWeb(bool web) {
    webBox_->setChecked(web);
}

void TargetChooser::recheck() {
    evaluate();
}

void TargetChooser::setSuggestedName(const QString& baseName) {
    const QString previous = suggestedName_;
    suggestedName_ = baseName;
    if (kind() != WriteTarget::IsoFile || previous.isEmpty() || previous == baseName)
        return;
    const QFileInfo current(target());
    if (current.completeBaseName() != previous)
        return;
    pathEdit_->setText(
        QDir::toNativeSeparators(freeImagePath(current.absolutePath(), suggestedName_)));
    evaluate();
}

void TargetChooser::forgetWrittenTarget() {
    if (kind() != WriteTarget::Disc)
        pathEdit_->clear();
    evaluate();
}

QString TargetChooser::freeImagePath(const QString& folder, const QString& baseName) {
    const QDir dir(folder);
    QString path = dir.filePath(baseName + QStringLiteral(".iso"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.iso").arg(baseName).arg(n));
    return path;
}

void TargetChooser::choosePath() {
    QPointer<TargetChooser> self(this);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString chosen;
    if (kind() == WriteTarget::Folder) {
        chosen = QFileDialog::getExistingDirectory(
            this, tr("Choose the USB stick or an empty folder"),
            target().isEmpty() ? QStringLiteral("/media") : target());
    } else {
        const QString folder = target().isEmpty() ? documents : QFileInfo(target()).absolutePath();
        const QString suggested = freeImagePath(
            folder, suggestedName_.isEmpty() ? QStringLiteral("pdi-medium") : suggestedName_);
        // No "replace?" question: an existing image is never overwritten, and the red line
        // below the field says so if one is chosen anyway.
        chosen = QFileDialog::getSaveFileName(this, tr("Save the disc image as"), suggested,
                                              tr("Disc images (*.iso)"), nullptr,
                                              QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty() && !chosen.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive))
            chosen += QStringLiteral(".iso");
    }
    // The window may have closed meanwhile (idle sign-out rejects open dialogs).
    if (!self || chosen.isEmpty())
        return;
    pathEdit_->setText(QDir::toNativeSeparators(chosen));
    evaluate();
}

void TargetChooser::evaluate() {
    evaluateTimer_.stop();
    const QString t = target();
    const WriteTarget k = kind();
    usbFreeBytes_ = 0;
    if (t.isEmpty()) {
        problem_ = k == WriteTarget::Disc ? tr("Choose the drive.") : tr("Choose where to write.");
    } else if (k == WriteTarget::Disc && !DiscBurner::isDriveAddress(t)) {
        problem_ = tr("%1 is not a drive; drives are named like /dev/sr0.").arg(t);
    } else if (k != WriteTarget::Disc && WriteJob::targetKind(t) != k) {
        problem_ = k == WriteTarget::IsoFile
                       ? tr("A disc image file name ends in .iso.")
                       : tr("%1 is not a folder: choose the USB stick or a folder.").arg(t);
    } else {
        problem_ = WriteJob::targetProblem(t);
        if (k == WriteTarget::Folder)
            usbFreeBytes_ = FolderWriter::freeBytes(t);
    }
    // Before anything is chosen, the empty field says what to do; red is for real problems.
    problemLabel_->setText(t.isEmpty() ? QString() : problem_);
    Q_EMIT changed();
}

void TargetChooser::applyTo(ExportOptions& options) const {
    options.media = media();
    options.usbFreeBytes = usbFreeBytes_;
    options.web = web();
    options.otherFiles = otherFiles_;
}

void TargetChooser::showPlan(const ExportPlan& plan) {
    const bool planned = !plan.refused || plan.refusalKind == ExportPlan::Refusal::Capacity;
    if (planned)
        gauge_->setUsage(plan.estimatedBytes, plan.capacityBytes, TargetMedia::label(plan.media));
    else
        gauge_->clearUsage();
    otherList_->clear();
    for (const QString& f : std::as_const(otherFiles_)) {
        QString onMedium = QStringLiteral("-");
        for (const PlannedOtherFile& o : plan.otherFiles) {
            if (o.localPath == f)
                onMedium = o.mediumPath;
        }
        auto* item = new QTreeWidgetItem(otherList_, {QFileInfo(f).fileName(), onMedium});
        item->setToolTip(0, QDir::toNativeSeparators(f));
        item->setData(0, Qt::UserRole, f);
    }
    otherList_->resizeColumnToContents(0);
}

void TargetChooser::chooseOtherFiles() {
    QPointer<TargetChooser> self(this);
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add documents or pictures"), QString(),
        tr("Documents and pictures (*.pdf *.jpg *.jpeg *.png *.txt);;All files (*)"));
    if (self && !files.isEmpty())
        addOtherFiles(files);
}

void TargetChooser::addOtherFiles(const QStringList& files) {
    for (const QString& f : files) {
        const QString path = QFileInfo(f).absoluteFilePath();
        if (!otherFiles_.contains(path))
            otherFiles_ << path;
    }
    Q_EMIT changed();
}

void TargetChooser::removeOtherFile() {
    for (QTreeWidgetItem* item : otherList_->selectedItems())
        otherFiles_.removeAll(item->data(0, Qt::UserRole).toString());
    Q_EMIT changed();
}

} // namespace pdi
