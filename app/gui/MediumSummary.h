#pragma once

#include "report/CheckReport.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace pdi {

// Whose medium it is, where it came from and what to know about it, at a glance: the patient's
// reading in kana above the name in kanji (large) and the romaji, ID, birth date and sex, the
// issuing institution, and the warning badges (CheckBadges) each with its sentence. Reception's
// Check and the technologist's Import show a medium the same way.
class MediumSummary : public QWidget {
    Q_OBJECT
public:
    explicit MediumSummary(QWidget* parent = nullptr);

    // patientIndex: which of the medium's patients to show (the Import workspace shows the one
    // being imported); the others are counted after the name.
    void showReport(const CheckReport& report, int patientIndex = 0);
    void clear();
    // For a narrow column: badges wrap after this many (0: one row), and the badges' sentences
    // can be left to their tooltips.
    void setBadgesPerRow(int count);
    void setExplanationsShown(bool shown);
    // With several patients on the medium: every one of them in a compact list (Check, where
    // "whose disc is it" is the question), or the one shown with a count of the others
    // (Import, which lists the patients beside).
    void setEveryPatientListed(bool listed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void addBadge(const QString& text, const QString& explanation, bool severe);
    void removeBadges();

    CheckReport report_;
    int patientIndex_ = 0;
    bool hasReport_ = false;
    int badgesPerRow_ = 0;
    bool explanationsShown_ = true;
    bool everyPatientListed_ = true;

    QLabel* patientReading_;
    QLabel* patientName_;
    QLabel* patientDetails_;
    QLabel* source_;
    QWidget* badgeArea_;
    QGridLayout* badgeLayout_;
    QLabel* explanations_;
};

} // namespace pdi
