#pragma once

#include "job/ImportJob.h"

#include <QDialog>

class QTextBrowser;

namespace pdi {

// The last look before sending: the outside identity and the local one it is filed under, field
// by field; where the local values come from and how well they match; what changes inside the
// objects and what is kept; how many objects go where, and what is left out. Send starts the
// import; Back returns with nothing sent and nothing recorded.
class ImportConfirmation : public QDialog {
    Q_OBJECT
public:
    explicit ImportConfirmation(const ImportPlan& plan, QWidget* parent = nullptr);

    QString summaryText() const;

    static QString summaryHtml(const ImportPlan& plan);
    // What the import changes inside each object, one sentence each.
    static QStringList describeChanges(const ImportPlan& plan);
    // "12 objects in 2 series of 1 study".
    static QString describeAmount(const QVector<ImportObject>& instances);
    // "PACS pacs (ORTHANC at 10.0.0.5:104)" or "the local archive of this station".
    static QString describeDestination(const DicomNode& node);
    // Where the local name, birth date and sex came from.
    static QString describeDemographicsSource(const QString& source);

private:
    QTextBrowser* summary_;
};

} // namespace pdi
