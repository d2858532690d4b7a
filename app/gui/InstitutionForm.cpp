#include "InstitutionForm.h"

#include "FocusOrder.h"
#include "label/LabelRenderer.h"
#include "layout/ReadmeWriter.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pdi {

namespace {
constexpr int LabelPreviewPx = 380;
}

InstitutionForm::InstitutionForm(const WorkspaceContext& context, QWidget* parent)
    : SettingsForm(context, parent) {
    setObjectName(QStringLiteral("institutionForm"));
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("institutionName"));
    department_ = new QLineEdit(this);
    department_->setObjectName(QStringLiteral("institutionDepartment"));
    phone_ = new QLineEdit(this);
    phone_->setObjectName(QStringLiteral("institutionPhone"));
    address_ = new QLineEdit(this);
    address_->setObjectName(QStringLiteral("institutionAddress"));
    nameLabel_ = new QLabel(this);
    departmentLabel_ = new QLabel(this);
    phoneLabel_ = new QLabel(this);
    addressLabel_ = new QLabel(this);
    nameLabel_->setBuddy(name_);
    departmentLabel_->setBuddy(department_);
    phoneLabel_->setBuddy(phone_);
    addressLabel_->setBuddy(address_);
    labelTitle_ = new QLabel(this);
    labelPreview_ = new QLabel(this);
    labelPreview_->setObjectName(QStringLiteral("labelPreview"));
    labelPreview_->setAlignment(Qt::AlignCenter);
    labelPreview_->setMinimumSize(LabelPreviewPx, LabelPreviewPx);
    labelPreview_->setWordWrap(true);
    readmeTitle_ = new QLabel(this);
    readme_ = new QPlainTextEdit(this);
    readme_->setObjectName(QStringLiteral("readmePreview"));
    readme_->setReadOnly(true);
    readme_->setLineWrapMode(QPlainTextEdit::NoWrap);
    // README.TXT is aligned for a fixed-width font in which a kanji takes two columns.
    QFont mono(QStringLiteral("Noto Sans Mono CJK JP"));
    mono.setStyleHint(QFont::Monospace);
    readme_->setFont(mono);

    bind(Settings::InstitutionName, name_);
    bind(Settings::InstitutionDepartment, department_);
    bind(Settings::InstitutionPhone, phone_);
    bind(Settings::InstitutionAddress, address_);

    auto* form = new QFormLayout;
    form->addRow(nameLabel_, name_);
    form->addRow(departmentLabel_, department_);
    form->addRow(phoneLabel_, phone_);
    form->addRow(addressLabel_, address_);

    auto* left = new QVBoxLayout;
    left->addWidget(intro_);
    left->addLayout(form);
    left->addWidget(buttonRow());
    left->addWidget(messageLabel());
    left->addWidget(labelTitle_);
    left->addWidget(labelPreview_, 0, Qt::AlignHCenter);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(readmeTitle_);
    right->addWidget(readme_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    previewTimer_.setSingleShot(true);
    previewTimer_.setInterval(250);
    connect(&previewTimer_, &QTimer::timeout, this, &InstitutionForm::updatePreview);
    for (QLineEdit* edit : {name_, department_, phone_, address_})
        connect(edit, &QLineEdit::textChanged, &previewTimer_, qOverload<>(&QTimer::start));
    retranslate();
    load();
    FocusOrder::followLayout(this);
}

void InstitutionForm::retranslate() {
    SettingsForm::retranslate();
    intro_->setText(tr("Written on every medium this station issues. The receiving hospital reads "
                       "these lines to know where a disc came from and whom to call."));
    nameLabel_->setText(tr("&Institution:"));
    departmentLabel_->setText(tr("&Department:"));
    phoneLabel_->setText(tr("&Telephone:"));
    addressLabel_->setText(tr("&Address:"));
    labelTitle_->setText(tr("Disc label (sample patient):"));
    readmeTitle_->setText(tr("README.TXT on the medium (sample patient):"));
}

Institution InstitutionForm::typedInstitution() const {
    return Institution{name_->text().trimmed(), department_->text().trimmed(),
                       phone_->text().trimmed(), address_->text().trimmed()};
}

QString InstitutionForm::readmePreview() const {
    return readme_->toPlainText();
}

MediumDescription InstitutionForm::sampleMedium(const Institution& institution) {
    MediumDescription m;
    m.patientName = QStringLiteral("MIHON^HANAKO=見本^花子=みほん^はなこ");
    m.patientId = QStringLiteral("00123456");
    m.birthDate = QStringLiteral("19700401");
    m.sex = QStringLiteral("F");
    m.institutionName = institution.name;
    m.department = institution.department;
    m.phone = institution.phone;
    m.address = institution.address;
    m.created = QDate::currentDate();
    m.operatorRole = QStringLiteral("frontdesk");
    m.application = QStringLiteral("PDI Station %1").arg(QStringLiteral(PDI_VERSION));
    m.fileSetId =
        QStringLiteral("PDI%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    m.mediaType = QStringLiteral("CD");
    MediumDescription::Study study;
    study.uid = QStringLiteral("1.2.392.200036.9999.1");
    study.date = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    study.time = QStringLiteral("101500");
    study.description = QStringLiteral("CT CHEST");
    study.modalities = {QStringLiteral("CT")};
    MediumDescription::Series axial;
    axial.number = QStringLiteral("1");
    axial.modality = QStringLiteral("CT");
    axial.description = QStringLiteral("AXIAL 5MM");
    axial.images = 64;
    MediumDescription::Series coronal = axial;
    coronal.number = QStringLiteral("2");
    coronal.description = QStringLiteral("CORONAL");
    coronal.images = 40;
    study.series = {axial, coronal};
    m.studies = {study};
    return m;
}

void InstitutionForm::updatePreview() {
    const MediumDescription sample = sampleMedium(typedInstitution());
    QString fontError;
    if (LabelRenderer::fontFamily(&fontError).isEmpty()) {
        labelPreview_->setText(fontError);
    } else {
        QImage image(LabelPreviewPx, LabelPreviewPx, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        LabelRenderer::paintDiscLabel(painter, QRectF(0, 0, LabelPreviewPx, LabelPreviewPx),
                                      sample);
        painter.end();
        labelPreview_->setPixmap(QPixmap::fromImage(image));
    }
    QString readme = QString::fromUtf8(ReadmeWriter::render(sample));
    readme.remove(QChar(0xFEFF));
    readme.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    readme_->setPlainText(readme);
}

} // namespace pdi
