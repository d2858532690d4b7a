#include "PacsPatientDialog.h"

#include "FocusOrder.h"
#include "network/PacsStudySearch.h"
#include "node/NodeStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdi {

QVector<DicomNode> PacsPatientDialog::findNodes(const Database& database) {
    QVector<DicomNode> out;
    const Result<QVector<DicomNode>> nodes = NodeStore(database).list(false);
    if (!nodes)
        return out;
    for (const DicomNode& n : *nodes) {
        if (!n.isLocal() && n.has(DicomNode::Find))
            out << n;
    }
    return out;
}

PacsPatientDialog::PacsPatientDialog(const Station& station, QWidget* parent)
    : PatientStudyDialog(station.database(), QStringLiteral("pacs"), parent)
    , station_(station)
    , nodes_(findNodes(station.database())) {
    setObjectName(QStringLiteral("pacsPatientDialog"));
    setWindowTitle(tr("From a PACS"));
    node_ = new QComboBox(this);
    node_->setObjectName(QStringLiteral("pacsNode"));
    for (const DicomNode& n : std::as_const(nodes_))
        node_->addItem(QStringLiteral("%1 (%2)").arg(n.name, DicomAssociation::describe(n)),
                       n.name);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("PACS:"), this));
    row->addWidget(node_, 1);
    sourceRow()->addLayout(row);
    queryField()->setPlaceholderText(tr("Patient ID, or name in romaji, kanji or kana"));
    okButton()->setText(tr("Retrieve as source"));
    okButton()->setObjectName(QStringLiteral("addPacsSource"));
    node_->setEnabled(canSearch());
    setMessage(canSearch()
                   ? tr("Search the PACS for the patient. The studies are retrieved when the "
                        "source is added, and recorded as a transfer.")
                   : tr("No PACS with the find role is configured. An administrator adds one "
                        "under Settings, DICOM nodes."));
    updateButtons();
    FocusOrder::followLayout(this);
}

bool PacsPatientDialog::setNode(const QString& name) {
    const int i = node_->findData(name);
    if (i < 0)
        return false;
    node_->setCurrentIndex(i);
    return true;
}

PatientStudyDialog::SearchWork PacsPatientDialog::searchWork(const Criteria& criteria) {
    if (node_->currentIndex() < 0)
        return {};
    const DicomNode node = nodes_.at(node_->currentIndex());
    searchedNode_ = node.name;
    const LocalAe local = LocalAe::fromSettings(station_.settings());
    const PacsSearchCriteria asked{criteria.idOrName, criteria.birthDate};
    return [node, local, asked]() -> Result<Answer> {
        Result<PacsStudySearch::Found> found = PacsStudySearch::find(node, local, asked);
        if (!found)
            return found.error();
        Answer answer;
        for (const PacsPatient& p : std::as_const(found->patients)) {
            int instances = 0;
            for (const StudyOverview& s : p.studies)
                instances = (instances < 0 || s.instances < 0) ? -1 : instances + s.instances;
            answer.patients.append({p.demographics, int(p.studies.size()), instances, p.studies});
        }
        if (found->truncated)
            answer.note = tr("The PACS matched more studies than are shown; narrow the search.");
        return answer;
    };
}

QString PacsPatientDialog::noMatch() const {
    return tr("No patient on %1 matches.").arg(searchedNode_);
}

} // namespace pdi
