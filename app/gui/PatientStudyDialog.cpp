#include "PatientStudyDialog.h"

#include "BackgroundTask.h"
#include "LocalIdentityForm.h"
#include "ReconciliationTable.h"
#include "StudyChecklist.h"
#include "report/DisplayText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pdi {

QStringList PatientStudyDialog::Selection::studyUids() const {
    QStringList out;
    for (const StudyOverview& s : studies)
        out << s.uid;
    return out;
}

PatientStudyDialog::PatientStudyDialog(const Database& database, const QString& prefix,
                                       QWidget* parent)
    : QDialog(parent)
    , database_(database) {
    auto named = [&prefix](QWidget* w, const char* name) {
        w->setObjectName(prefix + QLatin1String(name));
    };
    sourceRow_ = new QVBoxLayout;
    query_ = new QLineEdit(this);
    named(query_, "Query");
    query_->setPlaceholderText(tr("Patient ID, or name in kanji, kana or romaji"));
    birthDate_ = new QLineEdit(this);
    named(birthDate_, "BirthDate");
    birthDate_->setPlaceholderText(tr("born YYYY-MM-DD (optional)"));
    searchButton_ = new QPushButton(tr("Search"), this);
    named(searchButton_, "Search");
    searchButton_->setDefault(true);
    patientTable_ = new QTableWidget(this);
    named(patientTable_, "Patients");
    patientTable_->setColumnCount(6);
    patientTable_->setHorizontalHeaderLabels(
        {tr("Patient ID"), tr("Name"), tr("Born"), tr("Sex"), tr("Studies"), tr("Objects")});
    patientTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    patientTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    patientTable_->setSelectionMode(QAbstractItemView::SingleSelection);
    patientTable_->verticalHeader()->setVisible(false);
    patientTable_->horizontalHeader()->setStretchLastSection(true);
    studyTree_ = new StudyChecklist(this);
    named(studyTree_, "Studies");
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("message"));
    message_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    ok_ = buttons->addButton(tr("Add as source"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientStudyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PatientStudyDialog::reject);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(query_, 2);
    searchRow->addWidget(birthDate_, 1);
    searchRow->addWidget(searchButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow_);
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
    connect(studyTree_, &StudyChecklist::inclusionChanged, this,
            &PatientStudyDialog::updateButtons);
    resize(800, 580);
}

PatientStudyDialog::~PatientStudyDialog() {
    delete task_;
}

PatientStudyDialog::StudiesWork PatientStudyDialog::studiesWork(const Patient&) {
    return {};
}

bool PatientStudyDialog::isSearching() const {
    return task_ != nullptr;
}

QString PatientStudyDialog::message() const {
    return message_->text();
}

void PatientStudyDialog::setMessage(const QString& text) {
    message_->setText(text);
}

void PatientStudyDialog::search(const QString& idOrName, const QString& birthDate) {
    if (isSearching() || !canSearch())
        return;
    Criteria criteria;
    criteria.idOrName = idOrName.trimmed();
    if (!birthDate.trimmed().isEmpty()) {
        criteria.birthDate = LocalIdentityForm::dicomDate(birthDate);
        if (criteria.birthDate.isEmpty()) {
            setMessage(tr("Type the birth date as YYYY-MM-DD."));
            return;
        }
    }
    if (criteria.idOrName.isEmpty() && criteria.birthDate.isEmpty()) {
        setMessage(tr("Type a patient ID, a name or a birth date."));
        return;
    }
    const SearchWork work = searchWork(criteria);
    if (!work)
        return;
    query_->setText(idOrName);
    birthDate_->setText(birthDate);
    chosen_ = -1;
    patients_.clear();
    showPatients();
    showStudies({});
    setMessage(tr("Searching ..."));
    task_ = BackgroundTask::run(this, database_, work, [this](Result<Answer> found) {
        task_ = nullptr;
        patients_ = found ? found->patients : QVector<Patient>();
        QString text = !found                ? found.error().message
                       : patients_.isEmpty() ? noMatch()
                                             : tr("%n patient(s) found. Choose the patient.",
                                                  nullptr, int(patients_.size()));
        if (found && !found->note.isEmpty())
            text += QLatin1Char(' ') + found->note;
        setMessage(text);
        showPatients();
        Q_EMIT searched();
        if (patients_.size() == 1)
            choosePatient(0);
    });
    updateButtons();
}

void PatientStudyDialog::showPatients() {
    patientTable_->clearContents();
    patientTable_->setRowCount(patients_.size());
    auto count = [](int n) {
        return n < 0 ? QString() : QString::number(n);
    };
    for (int i = 0; i < patients_.size(); ++i) {
        const Patient& p = patients_.at(i);
        const PatientDemographics& d = p.demographics;
        const QStringList cells{d.issuer.isEmpty() ? d.id
                                                   : QStringLiteral("%1 (%2)").arg(d.id, d.issuer),
                                ReconciliationTable::describeName(d.name),
                                DisplayText::date(d.birthDate),
                                DisplayText::sex(d.sex),
                                count(p.studies),
                                count(p.instances)};
        for (int c = 0; c < cells.size(); ++c)
            patientTable_->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    patientTable_->resizeColumnsToContents();
    patientTable_->resizeRowsToContents();
    updateButtons();
}

bool PatientStudyDialog::choosePatient(int row) {
    if (row == chosen_ && isSearching())
        return true; // its studies are being read
    if (row < 0 || row >= patients_.size() || isSearching())
        return false;
    chosen_ = row;
    patientTable_->selectRow(row);
    const Patient& patient = patients_.at(row);
    if (patient.studyList) {
        setMessage(tr("Untick the studies that do not go on the medium."));
        showStudies(*patient.studyList);
        Q_EMIT studiesShown();
        return true;
    }
    showStudies({});
    const StudiesWork work = studiesWork(patient);
    if (!work)
        return false;
    task_ = BackgroundTask::run(
        this, database_, work, [this, row](Result<QVector<StudyOverview>> studies) {
            task_ = nullptr;
            if (!studies) {
                setMessage(studies.error().message);
            } else {
                patients_[row].studyList = *studies;
                setMessage(tr("Untick the studies that do not go on the medium."));
            }
            showStudies(studies ? *studies : QVector<StudyOverview>());
            Q_EMIT studiesShown();
        });
    updateButtons();
    return true;
}

void PatientStudyDialog::showStudies(const QVector<StudyOverview>& studies) {
    studyTree_->setStudies(studies);
    updateButtons();
}

bool PatientStudyDialog::setStudyIncluded(const QString& studyUid, bool included) {
    return studyTree_->setIncluded(studyUid, included);
}

PatientStudyDialog::Selection PatientStudyDialog::selection() const {
    Selection s;
    if (chosen_ < 0 || chosen_ >= patients_.size())
        return s;
    s.patient = patients_.at(chosen_).demographics;
    s.studies = studyTree_->included();
    return s;
}

void PatientStudyDialog::updateButtons() {
    query_->setEnabled(canSearch());
    birthDate_->setEnabled(canSearch());
    searchButton_->setEnabled(canSearch() && !isSearching());
    ok_->setEnabled(!isSearching() && !selection().studies.isEmpty());
}

void PatientStudyDialog::accept() {
    if (selection().studies.isEmpty())
        return;
    QDialog::accept();
}

} // namespace pdi
