#include "DirectoryIdentityRule.h"

#include "dicomdir/RecordMatch.h"

#include <QHash>
#include <QMap>

namespace pdi {

namespace {

QString recordLabel(const DirectoryRecord& r) {
    return r.type.isEmpty()
               ? DirectoryIdentityRule::tr("record at offset %1").arg(r.offset)
               : DirectoryIdentityRule::tr("%1 record at offset %2").arg(r.type).arg(r.offset);
}

// One disagreement of one record's key, with every object that shows it.
struct Disagreement {
    KeyDisagreement first;
    QString firstPath;
    int objects = 0;
};

void reportKeys(const MediumInventory& inv, Findings& out) {
    const DicomDirectory& dir = *inv.dicomdir;
    // In record order, so that the findings read from the patient down; one finding per record,
    // key and differing value however many objects repeat it.
    QMap<std::tuple<int, QString, QString>, Disagreement> found;
    for (const FileReference& ref : inv.references) {
        if (ref.status != FileReference::Status::Found)
            continue;
        const ScannedFile* f = inv.file(ref.path);
        if (!f || f->kind != ScannedFile::Kind::Dicom)
            continue;
        for (const KeyDisagreement& d : RecordMatch::compare(dir, ref.recordIndex, f->summary)) {
            Disagreement& entry = found[{d.recordIndex, d.attribute, d.objectValue}];
            if (entry.objects++ == 0) {
                entry.first = d;
                entry.firstPath = ref.path;
            }
        }
    }
    for (const Disagreement& e : std::as_const(found)) {
        const KeyDisagreement& d = e.first;
        const QString says =
            DirectoryIdentityRule::tr("The %1 says %2 %3, but %n object(s) listed below it "
                                      "say %4",
                                      "", e.objects)
                .arg(recordLabel(dir.records.at(d.recordIndex)), d.attribute,
                     RecordMatch::quoted(d.recordValue), RecordMatch::quoted(d.objectValue));
        const QString consequence =
            d.identity ? DirectoryIdentityRule::tr(
                             "a viewer that shows the DICOMDIR names another person than the "
                             "images. The identity shown here is the objects'; confirm it with "
                             "the sender.")
                       : DirectoryIdentityRule::tr(
                             "a viewer that follows the DICOMDIR may not find these objects.");
        out << FindingCatalog::make(FindingCode::RecordKeyDisagreesWithObject, e.firstPath,
                                    says + QLatin1String("; ") + consequence);
    }
}

void reportCharacterSets(const MediumInventory& inv, Findings& out) {
    const DicomDirectory& dir = *inv.dicomdir;
    if (!dir.invalidCharacterSets.isEmpty()) {
        out << FindingCatalog::make(
            FindingCode::RecordCharacterSet, inv.dicomdirPath,
            DirectoryIdentityRule::tr(
                "The DICOMDIR's Specific Character Set \"%1\" is not valid; its records were read "
                "as %2 by best effort, and a viewer may show their names garbled.")
                .arg(dir.invalidCharacterSets.join(QLatin1String("\\")),
                     dir.characterSetReadAs.isEmpty()
                         ? DirectoryIdentityRule::tr("the default character set")
                         : dir.characterSetReadAs));
    }
    int undeclared = 0;
    for (const DirectoryRecord& r : dir.records)
        undeclared += r.inUse && r.undeclaredText ? 1 : 0;
    if (undeclared > 0) {
        out << FindingCatalog::make(
            FindingCode::RecordCharacterSet, inv.dicomdirPath,
            DirectoryIdentityRule::tr(
                "%n directory record(s) hold text in a character set the DICOMDIR does not "
                "declare (its Specific Character Set is \"%1\"); a viewer may show their names "
                "garbled. The names shown here are read from the objects.",
                "", undeclared)
                .arg(dir.recordCharacterSet));
    }
}

} // namespace

void DirectoryIdentityRule::check(const RuleInput& in, Findings& out) const {
    if (!in.inventory.dicomdir)
        return;
    reportCharacterSets(in.inventory, out);
    reportKeys(in.inventory, out);
}

} // namespace pdi
