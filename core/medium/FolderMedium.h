#pragma once

#include "Medium.h"

#include <QCoreApplication>

namespace pdi {

// A mounted disc, a USB stick or a staging folder. Links are listed but never followed; named
// pipes, device nodes and sockets are listed and never opened. Everything is reached from a
// descriptor of the root, component by component, none of them a link, so a medium that changes
// while it is read cannot lead outside it. A name that is not UTF-8 is read by its bytes and
// shown with those bytes escaped (é).
class FolderMedium : public Medium {
    Q_DECLARE_TR_FUNCTIONS(pdi::FolderMedium)

public:
    // stagedDicomdir: a root file listed as DICOMDIR (a written medium before it is published,
    // read back as it will be once renamed); empty for every other reading.
    FolderMedium(const QString& root, const MediumLimits& limits,
                 const QString& stagedDicomdir = QString());
    ~FolderMedium() override;
    FolderMedium(const FolderMedium&) = delete;
    FolderMedium& operator=(const FolderMedium&) = delete;

    MediumKind kind() const override { return MediumKind::Folder; }
    QString volumeId() const override { return volumeId_; }
    bool namesKeepCase() const override { return namesKeepCase_; }
    std::unique_ptr<MediumFile> open(const QString& path) const override;

    // Names a file system or an operating system puts in the root of a stick (lost+found,
    // System Volume Information ...): the file system's own, not the medium's content. They are
    // not listed, so a stick formatted with them can be written and verified.
    static bool isFileSystemEntry(const QString& rootName);

private:
    void walk(int dirFd, const QByteArray& rawRelative, const QString& relative, int depth);
    // The name as listed: the decoded UTF-8, or the bytes with those above 0x7F escaped.
    static QString displayName(const QByteArray& raw, bool* exact);
    void inspectFileSystem();

    QString root_;
    QString canonicalRoot_;
    QString volumeId_;
    bool namesKeepCase_ = true;
    int rootFd_ = -1;
    QByteArray stagedDicomdir_;
    QHash<QString, QByteArray> rawPaths_; // listed path -> bytes, where they differ
};

} // namespace pdi
