#include "ArchivePatientDialog.h"

#include "BackgroundTask.h"
#include "LocalIdentityForm.h"
#include "ReconciliationTable.h"
#include "report/DisplayText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pdi {

QStringList ArchivePatientDialog::Selection::studyUids() const {
    QStringList out;
    for (const ArchivedStudy& s : studies)
        out << s.uid;
    return out;
}

int ArchivePatientDialog::Selection::instances() const {
    int n = 0;
    for (const ArchivedStudy& s : studies)
        n += s.instances;
    return n;
}

ArchivePatientDialog::ArchivePatientDialog(const LocalArchive& archive, const Database& database,
                                           QWidget* parent)
    : QDialog(parent)
    , archive_(archive)
    , database_(database) {
    setObjectName(QStringLiteral("archivePatientDialog"));
    setWindowTitle(tr("From the local archive"));
    query_ = new QLineEdit(this);
    query_->setObjectName(QStringLiteral("archiveQuery"));
    query_->setPlaceholderText(tr("Patient ID, or name in kanji, kana or romaji"));
    birthDate_ = new QLineEdit(this);
    birthDate_->setObjectName(QStringLiteral("archiveBirthDate"));
    birthDate_->setPlaceholderText(tr("born YYYY-MM-DD (optional)"));
    searchButton_ = new QPushButton(tr("Search"), this);
    searchButton_->setObjectName(QStringLiteral("archiveSearch"));
    searchButton_->setDefault(true);
    patientTable_ = new QTableWidget(this);
    patientTable_->setObjectName(QStringLiteral("archivePatients"));
    patientTable_->setColumnCount(6);
    patientTable_->setHorizontalHeaderLabels(
        {tr("Patient ID"), tr("Name"), tr("Born"), tr("Sex"), tr("Studies"), tr("Objects")});
    patientTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    patientTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    patientTable_->setSelectionMode(QAbstractItemView::SingleSelection);
    patientTable_->verticalHeader()->setVisible(false);
    patientTable_->horizontalHeader()->setStretchLastSection(true);
    studyTree_ = new QTreeWidget(this);
    studyTree_->setObjectName(QStringLiteral("archiveStudies"));
    studyTree_->setRootIsDecorated(false);
    studyTree_->setHeaderLabels(
        {tr("Study"), tr("Date"), tr("Modality"), tr("Series"), tr("Objects")});
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    ok_ = buttons->addButton(tr("Add as source"), QDialogButtonBox::AcceptRole);
    ok_->setObjectName(QStringLiteral("addArchiveSource"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArchivePatientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ArchivePatientDialog::reject);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(query_, 2);
    searchRow->addWidget(birthDate_, 1);
    searchRow->addWidget(searchButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(patientTable_, 1);
    layout->addWidget(
        new QLabel(tr("Studies of the chosen patient (tick the ones to write):"), this));
    layout->addWidget(studyTree_, 1);
    layout->addWidget(message_);
    layout->addWidget(buttons);

    connect(searchButton_, &QPushButton::clicked, this,
            [this] { search(query_->text(), birthDate_->text()); });
    connect(query_, &QLineEdit::returnPressed, searchButton_, &QPushButton::click);
    connect(patientTable_, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> items = patientTable_->selectedItems();
        const int row = items.isEmpty() ? -1 : items.constFirst()->row();
        if (row != chosen_ && row >= 0)
            choosePatient(row);
    });
    connect(studyTree_, &QTreeWidget::itemChanged, this, &ArchivePatientDialog::updateButtons);
    message_->setText(tr("Search the patients whose images this station keeps (imported from "
                         "outside media)."));
    updateButtons();
    resize(760, 560);
}

ArchivePatientDialog::~ArchivePatientDialog() {
    delete task_;
}

bool ArchivePatientDialog::isSearching() const {
    return task_ != nullptr;
}

QString ArchivePatientDialog::message() const {
    return message_->text();
}

void ArchivePatientDialog::search(const QString& idOrName, const QString& birthDate) {
    if (isSearching())
        return;
    ArchiveQuery q;
    const QString text = idOrName.trimmed();
    // One field: an ID or a name, whichever it is (the archive matches either).
    q.patientId = text;
    q.name = text;
    if (!birthDate.trimmed().isEmpty()) {
        q.birthDate = LocalIdentityForm::dicomDate(birthDate);
        if (q.birthDate.isEmpty()) {
            message_->setText(tr("Type the birth date as YYYY-MM-DD."));
            return;
        }
    }
    if (q.patientId.isEmpty() && q.birthDate.isEmpty()) {
        message_->setText(tr("Type a patient ID, a name or a birth date."));
        return;
    }
    query_->setText(idOrName);
    birthDate_->setText(birthDate);
    chosen_ = -1;
    studies_.clear();
    showStudies();
    message_->setText(tr("Searching ..."));
    const LocalArchive archive = archive_;
    task_ = BackgroundTask::run(
        this, database_, [archive, q] { return archive.findPatients(q); },
        [this](Result<QVector<ArchivedPatient>> found) {
            task_ = nullptr;
            patients_ = found ? *found : QVector<ArchivedPatient>();
            message_->setText(!found                ? found.error().message
                              : patients_.isEmpty() ? tr("No patient in the local archive matches.")
                                                    : tr("%n patient(s) found. Choose the patient.",
                                                         nullptr, int(patients_.size())));
            showPatients();
            Q_EMIT searched();
        });
    updateButtons();
}

void ArchivePatientDialog::showPatients() {
    patientTable_->clearContents();
    patientTable_->setRowCount(patients_.size());
    for (int i = 0; i < patients_.size(); ++i) {
        const ArchivedPatient& p = patients_.at(i);
        const PatientDemographics& d = p.demographics;
        const QStringList cells{d.issuer.isEmpty() ? d.id
                                                   : QStringLiteral("%1 (%2)").arg(d.id, d.issuer),
                                ReconciliationTable::describeName(d.name),
                                DisplayText::date(d.birthDate),
                                DisplayText::sex(d.sex),
                                QString::number(p.studies),
                                QString::number(p.instances)};
        for (int c = 0; c < cells.size(); ++c)
            patientTable_->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    patientTable_->resizeColumnsToContents();
    patientTable_->resizeRowsToContents();
    updateButtons();
}

bool ArchivePatientDialog::choosePatient(int row) {
    if (row < 0 || row >= patients_.size() || isSearching())
        return false;
    chosen_ = row;
    patientTable_->selectRow(row);
    studies_.clear();
    showStudies();
    const PatientDemographics patient = patients_.at(row).demographics;
    const LocalArchive archive = archive_;
    task_ = BackgroundTask::run(
        this, database_, [archive, patient] { return archive.studies(patient.id, patient.issuer); },
        [this](Result<QVector<ArchivedStudy>> studies) {
            task_ = nullptr;
            studies_ = studies ? *studies : QVector<ArchivedStudy>();
            if (!studies)
                message_->setText(studies.error().message);
            else
                message_->setText(tr("Untick the studies that do not go on the medium."));
            showStudies();
            Q_EMIT studiesShown();
        });
    updateButtons();
    return true;
}

void ArchivePatientDialog::showStudies() {
    studyTree_->blockSignals(true);
    studyTree_->clear();
    for (const ArchivedStudy& s : std::as_const(studies_)) {
        auto* item = new QTreeWidgetItem(
            studyTree_, {s.description.isEmpty() ? tr("(no description)") : s.description,
                         DisplayText::date(s.date), s.modalities.join(QLatin1Char('/')),
                         QString::number(s.series), QString::number(s.instances)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setData(0, Qt::UserRole, s.uid);
        item->setToolTip(0, s.uid);
    }
    studyTree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    studyTree_->blockSignals(false);
    updateButtons();
}

bool ArchivePatientDialog::setStudyIncluded(const QString& studyUid, bool included) {
    for (int i = 0; i < studyTree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = studyTree_->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == studyUid) {
            item->setCheckState(0, included ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

ArchivePatientDialog::Selection ArchivePatientDialog::selection() const {
    Selection s;
    if (chosen_ < 0 || chosen_ >= patients_.size())
        return s;
    s.patient = patients_.at(chosen_).demographics;
    for (int i = 0; i < studyTree_->topLevelItemCount() && i < studies_.size(); ++i) {
        if (studyTree_->topLevelItem(i)->checkState(0) == Qt::Checked)
            s.studies << studies_.at(i);
    }
    return s;
}

void ArchivePatientDialog::updateButtons() {
    searchButton_->setEnabled(!isSearching());
    ok_->setEnabled(!isSearching() && !selection().studies.isEmpty());
}

void ArchivePatientDialog::accept() {
    if (selection().studies.isEmpty())
        return;
    QDialog::accept();
}

} // namespace pdi
