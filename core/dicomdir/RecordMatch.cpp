#include "RecordMatch.h"

#include "dicom/PersonName.h"

namespace pdi {

namespace {

struct Compared {
    quint32 tag;
    QString value;
    QString attribute;
    bool identity;
};

void compareNames(const DirectoryRecord& record, int index, const QString& objectName,
                  QVector<KeyDisagreement>& out) {
    const QString recorded = record.value(tagKey(0x0010, 0x0010));
    if (recorded.isEmpty())
        return;
    const PersonName inRecord = PersonName::fromDicom(recorded);
    const PersonName inObject = PersonName::fromDicom(objectName);
    const struct {
        const QString& record;
        const QString& object;
        const char* attribute;
    } groups[] = {
        {inRecord.alphabetic, inObject.alphabetic,
         QT_TRANSLATE_NOOP("pdi::RecordMatch", "Patient's Name (alphabetic)")},
        {inRecord.ideographic, inObject.ideographic,
         QT_TRANSLATE_NOOP("pdi::RecordMatch", "Patient's Name (ideographic)")},
        {inRecord.phonetic, inObject.phonetic,
         QT_TRANSLATE_NOOP("pdi::RecordMatch", "Patient's Name (phonetic)")},
    };
    for (const auto& g : groups) {
        if (g.record != g.object)
            out.append({index, tagKey(0x0010, 0x0010), RecordMatch::tr(g.attribute), g.record,
                        g.object, true});
    }
}

bool sameNumber(const QString& a, const QString& b) {
    bool okA = false;
    bool okB = false;
    const qlonglong x = a.toLongLong(&okA);
    const qlonglong y = b.toLongLong(&okB);
    return okA && okB ? x == y : a == b;
}

} // namespace

QString RecordMatch::quoted(const QString& value) {
    return value.isEmpty() ? tr("no value") : QStringLiteral("\"%1\"").arg(value);
}

int RecordMatch::patientOf(const DicomDirectory& dir, int record) {
    for (int p = record; p >= 0; p = dir.records.at(p).parent) {
        if (dir.records.at(p).level() == 1)
            return p;
    }
    return -1;
}

QVector<KeyDisagreement> RecordMatch::compare(const DicomDirectory& dir, int instanceRecord,
                                              const DicomSummary& s) {
    QVector<KeyDisagreement> out;
    for (int index = instanceRecord; index >= 0; index = dir.records.at(index).parent) {
        const DirectoryRecord& r = dir.records.at(index);
        QVector<Compared> keys;
        switch (r.level()) {
        case 1:
            keys = {{tagKey(0x0010, 0x0020), s.patientId, tr("Patient ID"), true},
                    {tagKey(0x0010, 0x0021), s.issuerOfPatientId, tr("Issuer of Patient ID"), true},
                    {tagKey(0x0010, 0x0030), s.birthDate, tr("Patient's Birth Date"), true},
                    {tagKey(0x0010, 0x0040), s.sex, tr("Patient's Sex"), true}};
            compareNames(r, index, s.patientName, out);
            break;
        case 2:
            keys = {{tagKey(0x0020, 0x000D), s.studyUid, tr("Study Instance UID"), false}};
            break;
        case 3:
            keys = {{tagKey(0x0020, 0x000E), s.seriesUid, tr("Series Instance UID"), false}};
            break;
        case 4:
            if (index == instanceRecord) {
                const QString number = r.value(tagKey(0x0020, 0x0013));
                // A writer may invent the Type 1 key an object leaves empty (PS3.3 F.5).
                if (!number.isEmpty() && !s.instanceNumber.isEmpty() &&
                    !sameNumber(number, s.instanceNumber))
                    out.append({index, tagKey(0x0020, 0x0013), tr("Instance Number"), number,
                                s.instanceNumber, false});
            }
            break;
        default:
            break;
        }
        for (const Compared& k : std::as_const(keys)) {
            const QString recorded = r.value(k.tag);
            if (!recorded.isEmpty() && recorded != k.value)
                out.append({index, k.tag, k.attribute, recorded, k.value, k.identity});
        }
    }
    return out;
}

} // namespace pdi
