#include "ContentSniffer.h"

#include <QCoreApplication>
#include <QStringList>

namespace pdi {

namespace {

const char* const kProgramExtensions[] = {
    "EXE", "COM", "BAT", "CMD", "MSI", "SCR", "PIF", "VBS", "VBE", "JS",  "JSE", "WSF",
    "WSH", "PS1", "LNK", "CPL", "DLL", "JAR", "SH",  "APP", "HTA", "REG", "MSP", "APK",
};

bool startsWithNoCase(const QByteArray& data, const char* prefix) {
    return data.left(int(qstrlen(prefix))).toLower() == QByteArray(prefix).toLower();
}

bool isText(const QByteArray& head) {
    if (head.isEmpty())
        return false;
    for (char c : head) {
        const uchar u = uchar(c);
        if (u < 0x09 || (u > 0x0D && u < 0x20 && u != 0x1B))
            return false;
    }
    return true;
}

} // namespace

bool ContentSniffer::isProgramName(const QString& fileName) {
    const QString ext = fileName.section(QLatin1Char('.'), -1).toUpper();
    if (!fileName.contains(QLatin1Char('.')))
        return false;
    for (const char* e : kProgramExtensions) {
        if (ext == QLatin1String(e))
            return true;
    }
    return false;
}

bool ContentSniffer::isAutorunName(const QString& fileName) {
    return fileName.compare(QLatin1String("AUTORUN.INF"), Qt::CaseInsensitive) == 0;
}

ContentSniffer::Verdict ContentSniffer::sniff(const QByteArray& head, const QString& fileName) {
    Verdict v;
    v.program = isProgramName(fileName);
    if (head.startsWith("MZ")) {
        v.contentType = ContentSniffer::tr("Windows program");
        v.program = true;
    } else if (head.startsWith("\x7F"
                               "ELF")) {
        v.contentType = ContentSniffer::tr("Linux program");
        v.program = true;
    } else if (head.startsWith("\xFE\xED\xFA\xCE") || head.startsWith("\xFE\xED\xFA\xCF") ||
               head.startsWith("\xCE\xFA\xED\xFE") || head.startsWith("\xCF\xFA\xED\xFE") ||
               head.startsWith("\xCA\xFE\xBA\xBE")) {
        v.contentType = ContentSniffer::tr("macOS program");
        v.program = true;
    } else if (head.startsWith("#!")) {
        v.contentType = ContentSniffer::tr("script");
        v.program = true;
    } else if (head.startsWith("%PDF")) {
        v.contentType = ContentSniffer::tr("PDF document");
    } else if (head.startsWith("\xFF\xD8\xFF")) {
        v.contentType = ContentSniffer::tr("JPEG picture");
    } else if (head.startsWith("\x89PNG")) {
        v.contentType = ContentSniffer::tr("PNG picture");
    } else if (head.startsWith("GIF8")) {
        v.contentType = ContentSniffer::tr("GIF picture");
    } else if (head.startsWith("BM")) {
        v.contentType = ContentSniffer::tr("bitmap picture");
    } else if (head.startsWith("II*") || head.startsWith("MM\0*")) {
        v.contentType = ContentSniffer::tr("TIFF picture");
    } else if (head.startsWith("PK\x03\x04")) {
        v.contentType = ContentSniffer::tr("ZIP archive");
    } else if (head.startsWith("\xD0\xCF\x11\xE0")) {
        v.contentType = ContentSniffer::tr("Microsoft Office document");
    } else if (startsWithNoCase(head.trimmed(), "<!doctype html") ||
               startsWithNoCase(head.trimmed(), "<html")) {
        v.contentType = ContentSniffer::tr("web page");
    } else if (startsWithNoCase(head.trimmed(), "<?xml")) {
        v.contentType = ContentSniffer::tr("XML document");
    } else if (head.isEmpty()) {
        v.contentType = ContentSniffer::tr("empty file");
    } else if (isText(head)) {
        v.contentType = ContentSniffer::tr("text");
    } else {
        v.contentType = ContentSniffer::tr("unknown binary data");
    }
    if (v.program && v.contentType == ContentSniffer::tr("text"))
        v.contentType = ContentSniffer::tr("script");
    return v;
}

} // namespace pdi
