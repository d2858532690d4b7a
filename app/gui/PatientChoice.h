#pragma once

#include "plan/ExportSource.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QVBoxLayout;

namespace pdi {

// Whose medium it is. One patient in the sources is shown and taken; with several, each is a
// radio button (ID, name in kanji and kana, birth date, number of objects) and none is chosen
// until the person chooses: a medium holds one patient, and picking one by chance is how the
// wrong patient's images leave the hospital.
class PatientChoice : public QWidget {
    Q_OBJECT
public:
    explicit PatientChoice(QWidget* parent = nullptr);

    // Keeps the choice when the chosen patient is still among them.
    void setPatients(const QVector<SourcePatient>& patients);
    // Empty while none is chosen.
    QString chosenId() const { return chosen_; }
    int patientCount() const { return patients_.size(); }
    // Chooses the patient with this ID, as a click on its button does.
    bool choose(const QString& patientId);

    // For a person, in a few short lines: "山田 太郎 (やまだ たろう)", "YAMADA TARO",
    // "ID 123   born 1970-01-01   male", "12 objects".
    static QString describe(const SourcePatient& patient);

Q_SIGNALS:
    void chosen(const QString& patientId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void updateHint();

    QVector<SourcePatient> patients_;
    QString chosen_;
    bool automatic_ = false; // taken as the only patient, not chosen by the person
    QLabel* hint_;
    QWidget* buttons_;
    QVBoxLayout* buttonLayout_;
    QButtonGroup* group_;
};

} // namespace pdi
