#include "RecordTypes.h"

namespace pdi {

namespace {

const char* const kStoragePrefix = "1.2.840.10008.5.1.4.1.1.";

struct Exact {
    const char* suffix; // after kStoragePrefix
    const char* type;
};

const Exact kExact[] = {
    {"88.59", "KEY OBJECT DOC"},  {"481.2", "RT DOSE"},         {"481.3", "RT STRUCTURE SET"},
    {"481.5", "RT PLAN"},         {"481.8", "RT PLAN"},         {"481.4", "RT TREAT RECORD"},
    {"481.6", "RT TREAT RECORD"}, {"481.7", "RT TREAT RECORD"}, {"481.9", "RT TREAT RECORD"},
    {"481.1", "IMAGE"},           {"66", "RAW DATA"},           {"66.1", "REGISTRATION"},
    {"66.3", "REGISTRATION"},     {"66.2", "FIDUCIAL"},         {"66.5", "SURFACE"},
    {"4.2", "SPECTROSCOPY"},
};

struct Prefix {
    const char* suffixPrefix; // after kStoragePrefix, followed by '.' or end
    const char* type;
};

const Prefix kFamilies[] = {
    {"88", "SR DOCUMENT"},
    {"11", "PRESENTATION"},
    {"9", "WAVEFORM"},
    {"104", "ENCAP DOC"},
    // Image storage families
    {"1", "IMAGE"},
    {"2", "IMAGE"},
    {"3", "IMAGE"},
    {"4", "IMAGE"},
    {"6", "IMAGE"},
    {"7", "IMAGE"},
    {"12", "IMAGE"},
    {"13", "IMAGE"},
    {"14", "IMAGE"},
    {"20", "IMAGE"},
    {"77", "IMAGE"},
    {"78", "IMAGE"},
    {"128", "IMAGE"},
    {"130", "IMAGE"},
};

bool inFamily(const QString& suffix, const char* family) {
    const QString f = QLatin1String(family);
    return suffix == f || suffix.startsWith(f + QLatin1Char('.'));
}

} // namespace

QString expectedRecordType(const QString& uid) {
    if (!uid.startsWith(QLatin1String(kStoragePrefix)))
        return QString();
    const QString suffix = uid.mid(int(qstrlen(kStoragePrefix)));
    for (const Exact& e : kExact) {
        if (suffix == QLatin1String(e.suffix))
            return QString::fromLatin1(e.type);
    }
    for (const Prefix& p : kFamilies) {
        if (inFamily(suffix, p.suffixPrefix))
            return QString::fromLatin1(p.type);
    }
    return QString();
}

} // namespace pdi
