#pragma once

#include "medium/MediumFile.h"

#include <QCoreApplication>
#include <QString>

namespace pdi {

// Walks the element structure of one DICOM file from its first byte to its last without loading
// any value: element lengths, sequences and items of defined and undefined length with their
// delimiters, explicit and implicit VR, both byte orders, a deflated data set. It answers
// whether the file is whole before any parser builds a tree from it, and where it is not.
//
// DCMTK's parser recurses once per nested sequence and reads only as far as asked (the summary
// stops at the pixel data), so a file damaged after its header, or one nested thousands of
// sequences deep, passes it or takes the process down. The walk keeps its own stack and stops
// at kMaxDepth levels; the caller lets a parser read only the part the walk found sound.
class DicomStructureWalk {
    Q_DECLARE_TR_FUNCTIONS(pdi::DicomStructureWalk)

public:
    // Sequences nested deeper than this are a finding; real objects (SR trees, RT plans) stay
    // well below 20.
    static constexpr int kMaxDepth = 128;
    // A deflated data set is inflated only this far (a small file can expand without bound).
    static constexpr qint64 kMaxInflatedBytes = 1024ll * 1024 * 1024;

    enum class Verdict { Intact, Damaged, TooDeep };

    struct Result {
        Verdict verdict = Verdict::Intact;
        qint64 offset = -1; // where the damage is: a file offset (of the inflated data set when
                            // deflated is true)
        quint32 tag = 0;    // the element there, group << 16 | element; 0 when none
        QString problem;    // what and where, for a person (a clause, no final full stop)
        // A parser may read the file's first readableBytes bytes without meeting the damage:
        // the whole file when it is intact, 0 when no part of it is safe to hand to a parser.
        qint64 readableBytes = 0;
        bool deflated = false;
        // When deflated: the bytes of the data set inflated (as far as the walk went). A parser
        // cannot leave the values of a deflated data set in the file, so this much is in memory.
        qint64 inflatedBytes = 0;
        // The walk went on past the damage to the end of the file (a length that overran its
        // item or sequence): the whole file's nesting is within kMaxDepth, so a parser may read
        // all of it, though it will not agree with itself.
        bool walkedToEnd = false;
        // Element headers read (elements, items, delimiters): what a parser that builds a tree
        // would allocate, known before it runs.
        qint64 elements = 0;
        bool intact() const { return verdict == Verdict::Intact; }
    };

    static Result walk(MediumFile& file);
};

} // namespace pdi
