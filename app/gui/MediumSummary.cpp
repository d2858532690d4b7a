#include "MediumSummary.h"

#include "CheckBadges.h"
#include "dicom/PersonName.h"
#include "report/DisplayText.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pdi {

namespace {

QLabel* selectable(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

MediumSummary::MediumSummary(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("mediumSummary"));
    patientReading_ = selectable(this, "patientReading");
    patientName_ = selectable(this, "patientName");
    QFont big = patientName_->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    patientName_->setFont(big);
    QFont reading = patientReading_->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.2);
    patientReading_->setFont(reading);
    patientDetails_ = selectable(this, "patientDetails");
    QFont details = patientDetails_->font();
    details.setPointSizeF(details.pointSizeF() * 1.2);
    patientDetails_->setFont(details);
    source_ = selectable(this, "source");
    source_->setFont(details);

    badgeArea_ = new QWidget(this);
    badgeLayout_ = new QGridLayout(badgeArea_);
    badgeLayout_->setContentsMargins(0, 0, 0, 0);
    badgeLayout_->setHorizontalSpacing(6);
    explanations_ = selectable(this, "badgeExplanations");

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(patientReading_);
    layout->addWidget(patientName_);
    layout->addWidget(patientDetails_);
    layout->addWidget(source_);
    layout->addWidget(badgeArea_);
    layout->addWidget(explanations_);
}

void MediumSummary::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && hasReport_)
        rebuild();
    QWidget::changeEvent(event);
}

void MediumSummary::showReport(const CheckReport& report, int patientIndex) {
    report_ = report;
    patientIndex_ = patientIndex;
    hasReport_ = true;
    rebuild();
}

void MediumSummary::clear() {
    hasReport_ = false;
    report_ = CheckReport();
    patientReading_->clear();
    patientName_->clear();
    patientDetails_->clear();
    source_->clear();
    explanations_->clear();
    removeBadges();
}

void MediumSummary::setBadgesPerRow(int count) {
    badgesPerRow_ = qMax(0, count);
    if (hasReport_)
        rebuild();
}

void MediumSummary::setExplanationsShown(bool shown) {
    explanationsShown_ = shown;
    if (hasReport_)
        rebuild();
}

void MediumSummary::setEveryPatientListed(bool listed) {
    everyPatientListed_ = listed;
    if (hasReport_)
        rebuild();
}

void MediumSummary::removeBadges() {
    while (QLayoutItem* item = badgeLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MediumSummary::addBadge(const QString& text, const QString& explanation, bool severe) {
    auto* badge = new QLabel(text, badgeArea_);
    badge->setObjectName(QStringLiteral("badge"));
    badge->setToolTip(explanation);
    badge->setStyleSheet(severe ? QStringLiteral("background:#c62828;color:white;padding:4px 10px;"
                                                 "border-radius:4px;font-weight:bold;")
                                : QStringLiteral("background:#f9a825;color:black;padding:4px 10px;"
                                                 "border-radius:4px;font-weight:bold;"));
    const int index = badgeLayout_->count();
    const int row = badgesPerRow_ > 0 ? index / badgesPerRow_ : 0;
    const int column = badgesPerRow_ > 0 ? index % badgesPerRow_ : index;
    badgeLayout_->addWidget(badge, row, column);
}

void MediumSummary::rebuild() {
    const CheckReport& r = report_;
    removeBadges();
    const QVector<PatientContents>& patients = r.contents.patients;
    if (patients.isEmpty()) {
        patientReading_->clear();
        patientName_->setText(tr("No patient found"));
        patientDetails_->clear();
    } else if (patients.size() > 1 && everyPatientListed_) {
        // Whose disc is it: every patient with name, ID and birth date, one line each.
        constexpr int Listed = 8;
        patientReading_->clear();
        patientReading_->setVisible(false);
        patientName_->setText(tr("%n patients on this medium", "", int(patients.size())));
        QStringList lines;
        for (int i = 0; i < patients.size() && i < Listed; ++i) {
            const PatientContents& p = patients.at(i);
            const PersonName name = PersonName::fromDicom(p.name);
            QString shown = PersonName::readable(name.ideographic.isEmpty() ? name.alphabetic
                                                                            : name.ideographic);
            if (!name.phonetic.isEmpty())
                shown += QStringLiteral(" (%1)").arg(PersonName::readable(name.phonetic));
            lines << tr("%1   ID %2   born %3   %4")
                         .arg(shown.isEmpty() ? tr("(no name)") : shown,
                              p.issuer.isEmpty() ? p.id
                                                 : tr("%1 (issued by %2)").arg(p.id, p.issuer),
                              DisplayText::date(p.birthDate), DisplayText::sex(p.sex));
        }
        if (patients.size() > Listed)
            lines << tr("... and %n more.", "", int(patients.size()) - Listed);
        patientDetails_->setText(lines.join(QLatin1Char('\n')));
    } else {
        const PatientContents& p = patients.at(qBound(0, patientIndex_, int(patients.size()) - 1));
        const PersonName name = PersonName::fromDicom(p.name);
        // As on a Japanese form: the reading in kana above the name in kanji, the romaji after.
        patientReading_->setText(PersonName::readable(name.phonetic));
        patientReading_->setVisible(!name.phonetic.isEmpty());
        QString shown =
            PersonName::readable(name.ideographic.isEmpty() ? name.alphabetic : name.ideographic);
        if (!name.ideographic.isEmpty() && !name.alphabetic.isEmpty())
            shown += QLatin1String("   ") + PersonName::readable(name.alphabetic);
        if (patients.size() > 1)
            shown += QLatin1String("  ") + tr("(+%n more patient(s))", "", patients.size() - 1);
        patientName_->setText(shown);
        patientDetails_->setText(
            tr("ID %1   born %2   %3")
                .arg(p.issuer.isEmpty() ? p.id : tr("%1 (issued by %2)").arg(p.id, p.issuer),
                     DisplayText::date(p.birthDate), DisplayText::sex(p.sex)));
    }
    const QStringList sources = r.sourceInstitutions();
    source_->setText(sources.isEmpty() ? tr("Issuing institution unknown")
                                       : tr("From: %1").arg(sources.join(QLatin1String(", "))));

    QStringList lines;
    const QVector<CheckBadge> badges = CheckBadges::of(r);
    for (const CheckBadge& b : badges) {
        addBadge(b.text, b.explanation, b.severe);
        lines << QStringLiteral("• ") + b.explanation;
    }
    // What is left of a row stays empty rather than stretching the badges.
    const int columns = badgesPerRow_ > 0 ? badgesPerRow_ : int(badges.size());
    for (int c = 0; c < badgeLayout_->columnCount() || c <= columns; ++c)
        badgeLayout_->setColumnStretch(c, c == columns ? 1 : 0);
    explanations_->setText(lines.join(QLatin1Char('\n')));
    explanations_->setVisible(explanationsShown_ && !lines.isEmpty());
}

} // namespace pdi
