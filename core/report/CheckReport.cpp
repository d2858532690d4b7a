#include "CheckReport.h"

#include "job/WorkerThreads.h"
#include "rules/RuleEngine.h"

#include <QJsonArray>

namespace pdi {

CheckReport CheckReport::build(MediumInventory inventory, const CheckSettings& settings) {
    CheckReport r;
    r.inventory = std::move(inventory);
    // The rules that read only the inventory run on a second core while the contents are built
    // (both only read the inventory); their findings come first, as in RuleEngine::run.
    Findings findings;
    WorkerThread inventoryRules;
    const bool beside = bool(inventoryRules.start(
        [&] { findings = RuleEngine::runOnInventory(r.inventory, settings); }));
    r.contents = MediumContents::build(r.inventory, settings);
    if (beside) {
        inventoryRules.join();
        RuleEngine::runOnContents(r.inventory, r.contents, settings, findings);
        r.findings = std::move(findings);
    } else {
        r.findings = RuleEngine::run(r.inventory, r.contents, settings);
    }
    r.flags = MediumFlags::fromFindings(r.findings);
    return r;
}

int CheckReport::count(Severity severity) const {
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding& f) { return f.severity == severity; }));
}

int CheckReport::nonDicomCount() const {
    int n = 0;
    for (const ScannedFile& f : inventory.files) {
        if (f.kind == ScannedFile::Kind::NonDicom)
            ++n;
    }
    return n;
}

QStringList CheckReport::sourceInstitutions() const {
    QStringList all;
    for (const PatientContents& p : contents.patients) {
        for (const QString& i : p.institutions) {
            if (!all.contains(i))
                all << i;
        }
    }
    return all;
}

QJsonObject CheckReport::toJson() const {
    QJsonArray patients;
    for (const PatientContents& p : contents.patients) {
        QJsonArray studies;
        for (const StudyContents& st : p.studies) {
            QJsonArray series;
            for (const SeriesContents& se : st.series) {
                series.append(QJsonObject{
                    {QStringLiteral("uid"), se.uid},
                    {QStringLiteral("modality"), se.modality},
                    {QStringLiteral("number"), se.number},
                    {QStringLiteral("description"), se.description},
                    {QStringLiteral("instances"), se.instances},
                    {QStringLiteral("frames"), se.frames},
                    {QStringLiteral("bytes"), double(se.bytes)},
                    {QStringLiteral("transferSyntaxes"),
                     QJsonArray::fromStringList(se.transferSyntaxes)},
                    {QStringLiteral("lossy"), se.lossy},
                    {QStringLiteral("aiDerived"), se.aiDerived},
                    {QStringLiteral("aiReasons"), QJsonArray::fromStringList(se.aiReasons)},
                });
            }
            studies.append(QJsonObject{
                {QStringLiteral("uid"), st.uid},
                {QStringLiteral("date"), st.date},
                {QStringLiteral("time"), st.time},
                {QStringLiteral("id"), st.id},
                {QStringLiteral("accessionNumber"), st.accessionNumber},
                {QStringLiteral("description"), st.description},
                {QStringLiteral("modalities"), QJsonArray::fromStringList(st.modalities)},
                {QStringLiteral("series"), series},
            });
        }
        patients.append(QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("issuer"), p.issuer},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("birthDate"), p.birthDate},
            {QStringLiteral("sex"), p.sex},
            {QStringLiteral("institutions"), QJsonArray::fromStringList(p.institutions)},
            {QStringLiteral("instances"), p.instanceCount()},
            {QStringLiteral("studies"), studies},
        });
    }

    QJsonArray findingArray;
    for (const Finding& f : findings)
        findingArray.append(f.toJson());

    const QJsonObject medium{
        {QStringLiteral("path"), inventory.location},
        {QStringLiteral("kind"), mediumKindName(inventory.kind)},
        {QStringLiteral("volumeId"), inventory.volumeId},
        {QStringLiteral("fileSetId"), fileSetId()},
        {QStringLiteral("quick"), inventory.quick},
        {QStringLiteral("quickFallback"), QJsonArray::fromStringList(inventory.quickFallback)},
        {QStringLiteral("namesKeepCase"), inventory.namesKeepCase},
        {QStringLiteral("sourceInstitutions"), QJsonArray::fromStringList(sourceInstitutions())},
    };
    const QJsonObject counts{
        {QStringLiteral("files"), inventory.files.size()},
        {QStringLiteral("dicom"), dicomCount()},
        {QStringLiteral("nonDicom"), nonDicomCount()},
        {QStringLiteral("errors"), count(Severity::Error)},
        {QStringLiteral("warnings"), count(Severity::Warning)},
        {QStringLiteral("infos"), count(Severity::Info)},
    };
    return QJsonObject{
        {QStringLiteral("medium"), medium},         {QStringLiteral("patients"), patients},
        {QStringLiteral("counts"), counts},         {QStringLiteral("flags"), flags.toJson()},
        {QStringLiteral("findings"), findingArray}, {QStringLiteral("conformant"), conformant()},
    };
}

} // namespace pdi
