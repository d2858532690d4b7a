#include "FileMetaWalk.h"
#include "DicomStructureWalk.h"
#include "ElementHeader.h"

namespace pdi::structure {

namespace {
constexpr quint32 kTransferSyntaxUid = 0x00020010u;
} // namespace

bool walkMeta(FileBytes& in, QString& transferSyntax, DicomStructureWalk::Result& result) {
    while (true) {
        uchar b[8];
        const qint64 at = in.position();
        if (!in.peek(b, 8) || (u16(b, false) != 0x0002))
            return true;
        const quint32 tag = tagAt(b, false);
        quint32 length = 0;
        if (isVrLetters(b + 4)) {
            if (hasLongLength(b + 4)) {
                uchar l[12];
                if (!in.read(l, 12))
                    break;
                length = u32(l + 8, false);
            } else {
                in.skip(6);
                uchar l[2];
                if (!in.read(l, 2))
                    break;
                length = u16(l, false);
            }
        } else {
            in.skip(4);
            uchar l[4];
            if (!in.read(l, 4))
                break;
            length = u32(l, false);
        }
        if (length == kUndefinedLength || qint64(length) > in.remaining()) {
            result.verdict = DicomStructureWalk::Verdict::Damaged;
            result.offset = at;
            result.tag = tag;
            result.problem = DicomStructureWalk::tr("at byte %1, the file meta information "
                                                    "element %2 has a length of %3 bytes that "
                                                    "the file cannot hold")
                                 .arg(at)
                                 .arg(tagText(tag))
                                 .arg(length);
            result.readableBytes = at;
            return false;
        }
        if (tag == kTransferSyntaxUid && length <= 256) {
            QByteArray value;
            if (!in.readValue(value, length))
                break;
            transferSyntax = QString::fromLatin1(value).trimmed();
            while (transferSyntax.endsWith(QChar(0)))
                transferSyntax.chop(1);
        } else {
            in.skip(length);
        }
    }
    result.verdict = DicomStructureWalk::Verdict::Damaged;
    result.offset = in.position();
    result.problem = DicomStructureWalk::tr("the file ends inside its file meta information");
    result.readableBytes = in.position();
    return false;
}

} // namespace pdi::structure
