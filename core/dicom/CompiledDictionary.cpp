#include "CompiledDictionary.h"

#include "dictionary/DictionaryFingerprint.h"
#include "dictionary/DictionaryTable.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdicent.h>
#include <dcmtk/dcmdata/dcdict.h>

#include <QByteArray>
#include <QtGlobal>

namespace pdi {

namespace {

const char* const kPathVariable = "DCMDICTPATH";

const char* text(unsigned offset) {
    return offset == dictionary::kNoText ? nullptr : dictionary::kTexts + offset;
}

DcmDictEntry* makeEntry(const dictionary::Entry& t) {
    // The strings are the table's (static storage), so DCMTK need not copy them.
    auto* e = new DcmDictEntry(t.group, t.element, t.upperGroup, t.upperElement,
                               DcmVR(DcmEVR(t.vr)), text(t.name), t.vmMin, t.vmMax,
                               text(t.standardVersion), OFFalse, text(t.privateCreator));
    e->setGroupRangeRestriction(DcmDictRangeRestriction(t.groupRestriction));
    e->setElementRangeRestriction(DcmDictRangeRestriction(t.elementRestriction));
    return e;
}

} // namespace

bool CompiledDictionary::current(const std::vector<std::string>& paths) {
    dictionary::Fingerprint fingerprint;
    for (const std::string& path : paths) {
        if (!dictionary::addFile(path, fingerprint))
            return false;
    }
    return fingerprint.value() == dictionary::kFingerprint;
}

void CompiledDictionary::addTo(DcmDataDictionary& dict) {
    for (int i = 0; i < dictionary::kEntryCount; ++i)
        dict.addEntry(makeEntry(dictionary::kEntries[i]));
    for (int i = 0; i < dictionary::kRepeatingEntryCount; ++i)
        dict.addEntry(makeEntry(dictionary::kRepeatingEntries[i]));
}

bool CompiledDictionary::install() {
    // Someone chose the dictionary files: DCMTK reads those.
    if (!qEnvironmentVariableIsEmpty(kPathVariable))
        return false;
    if (!current(dictionary::defaultPaths()))
        return false;
    // DCMTK creates its dictionary on first use and then reads the files DCMDICTPATH names, or
    // its default ones when that is empty. A lone separator names no file, so it creates the
    // dictionary with its fixed entries only; the variable is gone again before anyone else
    // (a program this one starts) can see it.
    const bool wasSet = qEnvironmentVariableIsSet(kPathVariable); // to an empty value
    qputenv(kPathVariable, QByteArray(1, ENVIRONMENT_PATH_SEPARATOR));
    DcmDataDictionary& dict = dcmDataDict.wrlock();
    if (wasSet)
        qputenv(kPathVariable, QByteArray());
    else
        qunsetenv(kPathVariable);
    // Only into a dictionary that has nothing beyond DCMTK's fixed entries: one that was created
    // earlier from the files stays as it is.
    const bool empty = dict.numberOfEntries() == 0;
    if (empty)
        addTo(dict);
    dcmDataDict.wrunlock();
    return empty;
}

} // namespace pdi
