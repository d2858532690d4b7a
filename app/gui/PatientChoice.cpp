#include "PatientChoice.h"

#include "dicom/PersonName.h"
#include "report/DisplayText.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pdi {

PatientChoice::PatientChoice(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("patientChoice"));
    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("patientHint"));
    hint_->setWordWrap(true);
    buttons_ = new QWidget(this);
    buttonLayout_ = new QVBoxLayout(buttons_);
    buttonLayout_->setContentsMargins(0, 0, 0, 0);
    group_ = new QButtonGroup(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint_);
    layout->addWidget(buttons_);
    layout->addStretch();
    connect(group_, &QButtonGroup::idClicked, this, [this](int index) {
        if (index < 0 || index >= patients_.size())
            return;
        chosen_ = patients_.at(index).id;
        automatic_ = false;
        // Only the hint: the button that was clicked is still delivering its signal.
        updateHint();
        Q_EMIT chosen(chosen_);
    });
    rebuild();
}

QString PatientChoice::describe(const SourcePatient& p) {
    // As on a Japanese form: kanji with the reading, then romaji, then the numbers. Short lines,
    // so that the list fits a narrow column.
    const PersonName name = PersonName::fromDicom(p.name);
    QStringList lines;
    QString first =
        PersonName::readable(name.ideographic.isEmpty() ? name.alphabetic : name.ideographic);
    if (!name.phonetic.isEmpty())
        first += QStringLiteral(" (%1)").arg(PersonName::readable(name.phonetic));
    lines << (first.isEmpty() ? tr("(no name)") : first);
    if (!name.ideographic.isEmpty() && !name.alphabetic.isEmpty())
        lines << PersonName::readable(name.alphabetic);
    const QString id = p.id.isEmpty()       ? tr("(no ID)")
                       : p.issuer.isEmpty() ? p.id
                                            : tr("%1 (issued by %2)").arg(p.id, p.issuer);
    // The ID on a line of its own: long IDs and the sex word are not cut in a narrow column.
    lines << tr("ID %1").arg(id);
    lines << tr("born %1   %2   %3")
                 .arg(DisplayText::date(p.birthDate), DisplayText::sex(p.sex),
                      tr("%n object(s)", nullptr, p.instances));
    return lines.join(QLatin1Char('\n'));
}

void PatientChoice::setPatients(const QVector<SourcePatient>& patients) {
    patients_ = patients;
    bool stillThere = false;
    for (const SourcePatient& p : patients_)
        stillThere = stillThere || p.id == chosen_;
    // A patient taken because it was the only one is not a choice once there are several.
    if (!stillThere || (automatic_ && patients_.size() > 1)) {
        chosen_.clear();
        automatic_ = false;
    }
    // One patient: there is nothing to choose.
    if (patients_.size() == 1) {
        chosen_ = patients_.constFirst().id;
        automatic_ = true;
    }
    rebuild();
}

bool PatientChoice::choose(const QString& patientId) {
    for (int i = 0; i < patients_.size(); ++i) {
        if (patients_.at(i).id == patientId) {
            group_->button(i)->click();
            return true;
        }
    }
    return false;
}

void PatientChoice::rebuild() {
    for (QAbstractButton* b : group_->buttons()) {
        group_->removeButton(b);
        delete b;
    }
    for (int i = 0; i < patients_.size(); ++i) {
        auto* button = new QRadioButton(describe(patients_.at(i)), buttons_);
        button->setObjectName(QStringLiteral("patient"));
        button->setChecked(patients_.at(i).id == chosen_ && !chosen_.isEmpty());
        group_->addButton(button, i);
        buttonLayout_->addWidget(button);
    }
    updateHint();
}

void PatientChoice::updateHint() {
    if (patients_.isEmpty())
        hint_->setText(tr("Add a source to see whose images it holds."));
    else if (patients_.size() == 1)
        hint_->setText(tr("The sources hold one patient:"));
    else if (chosen_.isEmpty())
        hint_->setText(tr("The sources hold %n patient(s). A medium holds one: choose whose "
                          "medium this is.",
                          nullptr, int(patients_.size())));
    else
        hint_->setText(tr("The sources hold %n patient(s); the others are not written.", nullptr,
                          int(patients_.size())));
    hint_->setStyleSheet(patients_.size() > 1 && chosen_.isEmpty()
                             ? QStringLiteral("color:#b71c1c;font-weight:bold;")
                             : QString());
}

void PatientChoice::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace pdi
