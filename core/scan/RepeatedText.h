#pragma once

#include "MediumInventory.h"

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pdi {

// Most text of a medium repeats from object to object and from the DICOMDIR's records to the
// objects (patient, study, series, equipment, SOP Class, transfer syntax, folder names). Equal
// strings share one copy, so that the inventory of a 5,000-image disc grows with the number of
// objects only by what is unique to each (its path and SOP Instance UID). A string is only ever
// replaced by an equal one: every value reads exactly as it was decoded.
//
// Files are shared as they are read, by the reading threads (hence the lock), so that the
// copies of a file's repeated text are given back before the next file is read instead of all
// of them living until the last file is read.
class RepeatedText {
public:
    void share(DicomDirectory& dir);
    // f's summary and content type; its DICOMDIR record (when dir is given) names its SOP
    // Instance with the same string.
    void share(ScannedFile& f, DicomDirectory* dir);

private:
    void share(QString& s);
    void share(QStringList& list);

    QMutex lock_;
    QSet<QString> strings_;
    QSet<QStringList> lists_;
};

} // namespace pdi
