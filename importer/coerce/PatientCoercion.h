#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class DcmDataset;

namespace pdi {

// The local patient an outside object is filed under, as chosen by a person.
struct LocalIdentity {
    QString patientId;
    QString issuer;
    QString name; // Person Name with its '=' groups
    QString birthDate;
    QString sex;
    QString accessionNumber; // only when a local order exists
};

struct CoercionContext {
    QString modifyingSystem;        // this station, e.g. "PDI Station 0.1.0 RAD-01"
    QString sourceOfPreviousValues; // the issuing institution of the medium
    QString institutionName;        // ours, for the Contributing Equipment item
    QString stationName;
    QString softwareVersion;
    QDateTime when;       // of the import
    QString characterSet; // the PACS's, e.g. "ISO_IR 192" or "\\ISO 2022 IR 87"
};

// Files an outside object under the local patient (../shared/PDI-RULES.md "Import", PS3.3
// C.12.1.1.9, IHE-IRWF): local ID, issuer, name, birth date, sex (and accession) in; the old
// values kept in an Original Attributes Sequence item (COERCE); the outside ID and issuer added
// to Other Patient IDs; a Contributing Equipment item for the portable media importer; all text
// re-encoded in the destination's character set. UIDs are kept.
class PatientCoercion {
    Q_DECLARE_TR_FUNCTIONS(pdi::PatientCoercion)

public:
    struct Change {
        QString attribute; // keyword, e.g. "PatientID"
        QString before;
        QString after;
    };
    struct Result {
        bool ok = false;
        QString error; // when !ok: why the object cannot be filed this way (nothing was changed)
        QVector<Change> changes;
        bool approximated = false; // half-width katakana written full-width for the PACS
    };

    static Result apply(DcmDataset& dataset, const LocalIdentity& local,
                        const CoercionContext& context);

    // Re-encodes every text value of the data set (sequences included) into characterSet.
    // Refuses, changing nothing, when a character has no representation there.
    static Result convertCharacterSet(DcmDataset& dataset, const QString& characterSet);
};

} // namespace pdi
