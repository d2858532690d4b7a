#include "LocalIdentityForm.h"

#include "FocusOrder.h"
#include "ReconciliationTable.h"
#include "node/DicomNode.h"
#include "report/DisplayText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pdi {

namespace {

QLabel* note(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(24, 0, 0, 0); // under its radio button's text
    return label;
}

QString describe(const PatientDemographics& p) {
    const QString id =
        p.issuer.isEmpty() ? p.id : LocalIdentityForm::tr("%1 (issued by %2)").arg(p.id, p.issuer);
    return LocalIdentityForm::tr("%1   ID %2   born %3   %4")
        .arg(ReconciliationTable::describeName(p.name).replace(QLatin1Char('\n'),
                                                               QLatin1String("   ")),
             id, DisplayText::date(p.birthDate), DisplayText::sex(p.sex));
}

} // namespace

LocalIdentityForm::LocalIdentityForm(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("localIdentity"));
    modes_ = new QButtonGroup(this);
    candidateMode_ = new QRadioButton(this);
    candidateMode_->setObjectName(QStringLiteral("useCandidate"));
    candidateText_ = note(this, "candidateText");
    idMode_ = new QRadioButton(this);
    idMode_->setObjectName(QStringLiteral("useLocalId"));
    idLabel_ = new QLabel(this);
    id_ = new QLineEdit(this);
    id_->setObjectName(QStringLiteral("localId"));
    issuerLabel_ = new QLabel(this);
    issuer_ = new QLineEdit(this);
    issuer_->setObjectName(QStringLiteral("localIssuer"));
    lookupButton_ = new QPushButton(this);
    lookupButton_->setObjectName(QStringLiteral("lookUp"));
    lookupText_ = note(this, "lookupResult");
    keepMode_ = new QRadioButton(this);
    keepMode_->setObjectName(QStringLiteral("keepIds"));
    keepText_ = note(this, "keepText");
    keepText_->setStyleSheet(QStringLiteral("color:#616161;"));
    accessionLabel_ = new QLabel(this);
    accession_ = new QLineEdit(this);
    accession_->setObjectName(QStringLiteral("accessionNumber"));
    accession_->setMaxLength(16);
    modes_->addButton(candidateMode_, int(Mode::Candidate));
    modes_->addButton(idMode_, int(Mode::LocalId));
    modes_->addButton(keepMode_, int(Mode::KeepIds));

    demographics_ = new QWidget(this);
    demographics_->setObjectName(QStringLiteral("localDemographics"));
    romajiLabel_ = new QLabel(demographics_);
    romaji_ = new QLineEdit(demographics_);
    romaji_->setObjectName(QStringLiteral("nameRomaji"));
    kanjiLabel_ = new QLabel(demographics_);
    kanji_ = new QLineEdit(demographics_);
    kanji_->setObjectName(QStringLiteral("nameKanji"));
    kanaLabel_ = new QLabel(demographics_);
    kana_ = new QLineEdit(demographics_);
    kana_->setObjectName(QStringLiteral("nameKana"));
    birthLabel_ = new QLabel(demographics_);
    birthDate_ = new QLineEdit(demographics_);
    birthDate_->setObjectName(QStringLiteral("birthDate"));
    sexLabel_ = new QLabel(demographics_);
    sex_ = new QComboBox(demographics_);
    sex_->setObjectName(QStringLiteral("sex"));
    for (const char* code : {"", "M", "F", "O"})
        sex_->addItem(QString(), QString::fromLatin1(code));
    auto* grid = new QGridLayout(demographics_);
    grid->setContentsMargins(24, 0, 0, 0);
    // One field a row, as wide as the pane: a full name or date is read back whole (four
    // fields side by side were about six characters wide).
    grid->addWidget(kanjiLabel_, 0, 0);
    grid->addWidget(kanji_, 0, 1);
    grid->addWidget(kanaLabel_, 1, 0);
    grid->addWidget(kana_, 1, 1);
    grid->addWidget(romajiLabel_, 2, 0);
    grid->addWidget(romaji_, 2, 1);
    grid->addWidget(birthLabel_, 3, 0);
    auto* birthAndSex = new QHBoxLayout;
    birthAndSex->addWidget(birthDate_, 1);
    birthAndSex->addWidget(sexLabel_);
    birthAndSex->addWidget(sex_);
    grid->addLayout(birthAndSex, 3, 1);
    grid->setColumnStretch(1, 1);
    demographics_->setVisible(false);

    auto* idRow = new QHBoxLayout;
    idRow->addWidget(idMode_);
    idRow->addWidget(id_, 2);
    idRow->addWidget(issuerLabel_);
    idRow->addWidget(issuer_, 1);
    idRow->addWidget(lookupButton_);
    auto* accessionRow = new QHBoxLayout;
    accessionRow->addWidget(accessionLabel_);
    accessionRow->addWidget(accession_, 1);
    accessionRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(candidateMode_);
    layout->addWidget(candidateText_);
    layout->addLayout(idRow);
    layout->addWidget(lookupText_);
    layout->addWidget(demographics_);
    layout->addWidget(keepMode_);
    layout->addWidget(keepText_);
    layout->addLayout(accessionRow);

    connect(modes_, &QButtonGroup::idClicked, this, [this](int id) {
        mode_ = Mode(id);
        updateState();
        Q_EMIT changed();
    });
    connect(id_, &QLineEdit::textEdited, this, &LocalIdentityForm::idEdited);
    connect(issuer_, &QLineEdit::textEdited, this, &LocalIdentityForm::idEdited);
    connect(id_, &QLineEdit::returnPressed, lookupButton_, &QPushButton::click);
    connect(lookupButton_, &QPushButton::clicked, this, [this] {
        if (typedId().isEmpty())
            return;
        setMode(Mode::LocalId);
        Q_EMIT lookupRequested(typedId(), typedIssuer());
    });
    for (QLineEdit* e : {romaji_, kanji_, kana_, birthDate_, accession_})
        connect(e, &QLineEdit::textEdited, this, &LocalIdentityForm::changed);
    connect(sex_, &QComboBox::currentIndexChanged, this, &LocalIdentityForm::changed);
    retranslate();
    FocusOrder::followLayout(this);
}

void LocalIdentityForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LocalIdentityForm::retranslate() {
    candidateMode_->setText(tr("The candidate chosen in the table"));
    idMode_->setText(tr("Local ID:"));
    id_->setPlaceholderText(tr("the patient's ID here"));
    issuerLabel_->setText(tr("Issuer:"));
    issuer_->setPlaceholderText(tr("optional"));
    lookupButton_->setText(tr("Look up"));
    keepMode_->setText(tr("Keep the outside IDs (no local patient)"));
    keepText_->setText(tr("The objects keep the outside Patient ID and name; only the character "
                          "set and a given accession number change."));
    kanjiLabel_->setText(tr("Name (kanji):"));
    kanji_->setPlaceholderText(tr("e.g. 山田 太郎"));
    kanaLabel_->setText(tr("Reading (kana):"));
    kana_->setPlaceholderText(tr("e.g. やまだ たろう"));
    romajiLabel_->setText(tr("Name (romaji):"));
    romaji_->setPlaceholderText(tr("e.g. YAMADA TARO"));
    birthLabel_->setText(tr("Born:"));
    birthDate_->setPlaceholderText(tr("YYYY-MM-DD"));
    sexLabel_->setText(tr("Sex:"));
    sex_->setItemText(0, tr("(choose)"));
    sex_->setItemText(1, DisplayText::sex(QStringLiteral("M")));
    sex_->setItemText(2, DisplayText::sex(QStringLiteral("F")));
    sex_->setItemText(3, DisplayText::sex(QStringLiteral("O")));
    accessionLabel_->setText(tr("Accession number of the local order (optional):"));
    updateState();
}

void LocalIdentityForm::setMode(Mode mode) {
    mode_ = mode;
    if (mode == Mode::None) {
        modes_->setExclusive(false);
        for (QAbstractButton* b : modes_->buttons())
            b->setChecked(false);
        modes_->setExclusive(true);
    } else if (QAbstractButton* b = modes_->button(int(mode))) {
        b->setChecked(true);
    }
    updateState();
    Q_EMIT changed();
}

void LocalIdentityForm::setCandidate(const std::optional<Candidate>& candidate) {
    // A worklist order's accession number comes with its candidate, unless the person typed one.
    if (accession_->text() == accessionFromCandidate_) {
        accessionFromCandidate_ = candidate ? candidate->accessionNumber : QString();
        accession_->setText(accessionFromCandidate_);
    }
    candidate_ = candidate;
    if (candidate)
        setMode(Mode::Candidate);
    else if (mode_ == Mode::Candidate)
        setMode(Mode::None);
    else
        updateState();
}

void LocalIdentityForm::reset() {
    candidate_.reset();
    accessionFromCandidate_.clear();
    lookup_ = Lookup::None;
    known_.clear();
    lookupProblems_.clear();
    for (QLineEdit* e : {id_, issuer_, romaji_, kanji_, kana_, birthDate_, accession_})
        e->clear();
    sex_->setCurrentIndex(0);
    setMode(Mode::None);
}

void LocalIdentityForm::setOutside(const PatientDemographics& outside) {
    outside_ = outside;
    updateState();
}

QVector<IdentityDifference> LocalIdentityForm::contradictions() const {
    switch (mode_) {
    case Mode::Candidate:
        return candidate_ ? IdentityContradiction::between(outside_, candidate_->patient)
                          : QVector<IdentityDifference>();
    case Mode::LocalId:
        return lookup_ == Lookup::Known
                   ? IdentityContradiction::between(outside_, known_.constFirst().patient)
                   : QVector<IdentityDifference>();
    case Mode::None:
    case Mode::KeepIds:
        break;
    }
    return {};
}

QString LocalIdentityForm::typedId() const {
    return id_->text().trimmed();
}

QString LocalIdentityForm::typedIssuer() const {
    return issuer_->text().trimmed();
}

void LocalIdentityForm::setTypedId(const QString& id, const QString& issuer) {
    id_->setText(id);
    issuer_->setText(issuer);
    idEdited();
}

void LocalIdentityForm::setDemographics(const QString& romaji, const QString& kanji,
                                        const QString& kana, const QString& birthDate,
                                        const QString& sex) {
    romaji_->setText(romaji);
    kanji_->setText(kanji);
    kana_->setText(kana);
    birthDate_->setText(birthDate);
    sex_->setCurrentIndex(qMax(0, sex_->findData(sex)));
    Q_EMIT changed();
}

void LocalIdentityForm::setAccessionNumber(const QString& accession) {
    accession_->setText(accession);
    Q_EMIT changed();
}

QString LocalIdentityForm::accessionNumber() const {
    return accession_->text().trimmed();
}

void LocalIdentityForm::idEdited() {
    // Another ID is another patient: what was looked up no longer applies.
    if (lookup_ != Lookup::None && (typedId() != lookedUpId_ || typedIssuer() != lookedUpIssuer_)) {
        lookup_ = Lookup::None;
        known_.clear();
        lookupProblems_.clear();
    }
    if (mode_ != Mode::LocalId && !typedId().isEmpty()) {
        setMode(Mode::LocalId);
        return;
    }
    updateState();
    Q_EMIT changed();
}

void LocalIdentityForm::setLookupRunning() {
    lookup_ = Lookup::Running;
    lookedUpId_ = typedId();
    lookedUpIssuer_ = typedIssuer();
    updateState();
}

void LocalIdentityForm::setLookupResult(const QString& localId, const QString& issuer,
                                        const QVector<KnownPatient>& known,
                                        const QStringList& problems) {
    if (localId != typedId() || issuer != typedIssuer())
        return; // typed over meanwhile
    lookedUpId_ = localId;
    lookedUpIssuer_ = issuer;
    known_ = known;
    lookupProblems_ = problems;
    lookup_ = !known.isEmpty()     ? Lookup::Known
              : problems.isEmpty() ? Lookup::Unknown
                                   : Lookup::Failed;
    updateState();
    Q_EMIT changed();
}

void LocalIdentityForm::updateState() {
    const QStringList differs = IdentityDifference::sentences(contradictions());
    QString candidate =
        candidate_ ? describe(candidate_->patient) : tr("Click a candidate in the table above.");
    if (mode_ == Mode::Candidate && !differs.isEmpty())
        candidate =
            tr("%1\nContradicts the medium: %2.").arg(candidate, differs.join(QLatin1String("; ")));
    candidateText_->setText(candidate);
    candidateText_->setStyleSheet(mode_ == Mode::Candidate && !differs.isEmpty()
                                      ? QStringLiteral("color:#b71c1c;font-weight:bold;")
                                      : QString());
    candidateText_->setEnabled(mode_ == Mode::Candidate || !candidate_);
    keepText_->setVisible(mode_ == Mode::KeepIds);

    QString lookup;
    QString style;
    switch (lookup_) {
    case Lookup::None:
        lookup = mode_ == Mode::LocalId ? tr("Press Look up to check the ID with the sources.")
                                        : QString();
        break;
    case Lookup::Running:
        lookup = tr("Asking the sources about %1 ...").arg(lookedUpId_);
        break;
    case Lookup::Known: {
        const KnownPatient& k = known_.constFirst();
        // The source by the name people use ("the local archive"), at the start of a sentence.
        QString source = DicomNode::readableName(k.source);
        if (!source.isEmpty())
            source[0] = source.at(0).toUpper();
        if (differs.isEmpty()) {
            lookup = tr("%1 knows this ID: %2").arg(source, describe(k.patient));
            style = QStringLiteral("color:#1b5e20;");
        } else {
            lookup = tr("%1 knows this ID: %2\nIt contradicts the medium: %3.")
                         .arg(source, describe(k.patient), differs.join(QLatin1String("; ")));
            style = QStringLiteral("color:#b71c1c;font-weight:bold;");
        }
        break;
    }
    case Lookup::Unknown:
        lookup = tr("No source knows the local ID %1. If the patient is new here, type the local "
                    "name, birth date and sex.")
                     .arg(lookedUpId_);
        style = QStringLiteral("color:#b71c1c;font-weight:bold;");
        break;
    case Lookup::Failed:
        lookup = tr("Not every source could be asked: %1 Try again, or type the local name, "
                    "birth date and sex.")
                     .arg(lookupProblems_.join(QLatin1Char(' ')));
        style = QStringLiteral("color:#8d6e00;font-weight:bold;");
        break;
    }
    lookupText_->setText(lookup);
    lookupText_->setStyleSheet(style);
    lookupText_->setVisible(!lookup.isEmpty());
    demographics_->setVisible(mode_ == Mode::LocalId &&
                              (lookup_ == Lookup::Unknown || lookup_ == Lookup::Failed));
    lookupButton_->setEnabled(lookup_ != Lookup::Running);
}

QString LocalIdentityForm::personNameGroup(const QString& typed) {
    QString t = typed.simplified();
    if (t.contains(QLatin1Char('^')))
        return t;
    // Family name, then the given name: the first space (also a full-width one) divides them.
    t.replace(QChar(0x3000), QLatin1Char(' '));
    t = t.simplified();
    const int space = t.indexOf(QLatin1Char(' '));
    return space < 0 ? t : t.left(space) + QLatin1Char('^') + t.mid(space + 1);
}

QString LocalIdentityForm::dicomDate(const QString& typed) {
    QString digits = typed.trimmed();
    digits.remove(QRegularExpression(QStringLiteral("[-/.]")));
    const QDate date = QDate::fromString(digits, QStringLiteral("yyyyMMdd"));
    return digits.size() == 8 && date.isValid() ? digits : QString();
}

QString LocalIdentityForm::applyTo(ImportRequest& request) const {
    request.accessionNumber = accessionNumber();
    request.keepIds = false;
    request.localPatientId.clear();
    request.localIssuer.clear();
    request.name = QString();
    request.birthDate = QString();
    request.sex = QString();
    switch (mode_) {
    case Mode::None:
        return tr("Choose the local patient: a candidate, a local ID, or keep the outside IDs.");
    case Mode::Candidate:
        if (!candidate_)
            return tr("Click the candidate this patient is in the table.");
        request.localPatientId = candidate_->patient.id;
        request.localIssuer = candidate_->patient.issuer;
        return QString();
    case Mode::KeepIds:
        request.keepIds = true;
        return QString();
    case Mode::LocalId:
        break;
    }
    if (typedId().isEmpty())
        return tr("Type the local ID.");
    request.localPatientId = typedId();
    request.localIssuer = typedIssuer();
    switch (lookup_) {
    case Lookup::None:
        return tr("Look the local ID up first.");
    case Lookup::Running:
        return tr("Wait for the lookup of the local ID.");
    case Lookup::Known:
        return QString();
    case Lookup::Unknown:
    case Lookup::Failed:
        break;
    }
    // Nobody knows the ID: the person says who it is, every part of it (as `pdi import`).
    QStringList groups{personNameGroup(romaji_->text()), personNameGroup(kanji_->text()),
                       personNameGroup(kana_->text())};
    while (!groups.isEmpty() && groups.constLast().isEmpty())
        groups.removeLast();
    const QString name = groups.join(QLatin1Char('='));
    if (name.isEmpty())
        return tr("Type the local name (kanji, reading, romaji).");
    const QString birth = dicomDate(birthDate_->text());
    if (birth.isEmpty())
        return tr("Type the local birth date as YYYY-MM-DD.");
    if (sex_->currentData().toString().isEmpty())
        return tr("Choose the local sex.");
    request.name = name;
    request.birthDate = birth;
    request.sex = sex_->currentData().toString();
    return QString();
}

} // namespace pdi
