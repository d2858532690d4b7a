#pragma once

#include <QString>

namespace pdi {

// A DICOM Person Name split into its component groups (PS3.5 6.2.1): alphabetic, ideographic
// and phonetic. Japanese names usually carry romaji, kanji and kana in these three groups.
struct PersonName {
    QString alphabetic;
    QString ideographic;
    QString phonetic;

    static PersonName fromDicom(const QString& value);
    // The whole value with its '=' groups, trailing empty groups removed.
    QString toDicom() const;
    // Groups joined for a person to read: "YAMADA^TARO (山田^太郎, やまだ^たろう)" -> components
    // separated by spaces.
    QString display() const;
    bool isEmpty() const {
        return alphabetic.isEmpty() && ideographic.isEmpty() && phonetic.isEmpty();
    }
    static QString readable(const QString& group);
    // The value without what carries nothing: trailing empty components of each group and
    // trailing empty groups ("Wang^XiaoDong=王^小東=" and "SMITH^JOHN^^^" end early). Every
    // reader of names (objects, DICOMDIR records, answers) uses this form, so they compare equal.
    static QString normalized(const QString& dicomName);
    // The value without groups that hold only separators: "MIHON^HANAKO=^=^" from a peer that
    // could not encode the other groups.
    static QString withoutEmptyGroups(const QString& dicomName);
};

} // namespace pdi
