#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace pdi {

// The components of a Referenced File ID (0004,1500): the values between its '\', each with
// the white space around it removed (QStringView::trimmed). They are read from the File ID's
// one string when they are looked at, not kept as a list: a DICOMDIR of tens of thousands of
// records would otherwise hold a list and a string per component for each. A File ID that is
// present has at least one component, an empty one when it is empty; an absent one has none.
class FileIdComponents {
public:
    class Iterator {
    public:
        Iterator(QStringView id, qsizetype start)
            : id_(id)
            , start_(start) {
            findEnd();
        }
        QStringView operator*() const { return id_.sliced(start_, end_ - start_).trimmed(); }
        Iterator& operator++() {
            start_ = end_ < id_.size() ? end_ + 1 : kDone;
            findEnd();
            return *this;
        }
        bool operator==(const Iterator& other) const { return start_ == other.start_; }
        bool operator!=(const Iterator& other) const { return start_ != other.start_; }

    private:
        friend class FileIdComponents;
        static constexpr qsizetype kDone = -1;
        void findEnd() {
            if (start_ == kDone)
                return;
            const qsizetype slash = id_.indexOf(QLatin1Char('\\'), start_);
            end_ = slash < 0 ? id_.size() : slash;
        }
        QStringView id_;
        qsizetype start_;
        qsizetype end_ = 0;
    };

    FileIdComponents() = default; // no File ID
    explicit FileIdComponents(QStringView id)
        : id_(id)
        , present_(true) {}

    bool isEmpty() const { return !present_; }
    qsizetype size() const { return present_ ? id_.count(QLatin1Char('\\')) + 1 : 0; }
    Iterator begin() const { return Iterator(id_, present_ ? 0 : Iterator::kDone); }
    Iterator end() const { return Iterator(id_, Iterator::kDone); }
    QStringList toList() const {
        QStringList list;
        for (QStringView part : *this)
            list.append(part.toString());
        return list;
    }

private:
    QStringView id_;
    bool present_ = false;
};

} // namespace pdi
