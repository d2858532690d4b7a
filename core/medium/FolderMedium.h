#pragma once

#include "Medium.h"

#include <QCoreApplication>

namespace pdi {

// A mounted disc, a USB stick or a staging folder. Links are listed but never followed.
class FolderMedium : public Medium {
    Q_DECLARE_TR_FUNCTIONS(pdi::FolderMedium)

public:
    FolderMedium(const QString& root, const MediumLimits& limits);

    MediumKind kind() const override { return MediumKind::Folder; }
    QString volumeId() const override { return volumeId_; }
    bool namesKeepCase() const override { return namesKeepCase_; }
    std::unique_ptr<MediumFile> open(const QString& path) const override;

private:
    void walk(const QString& dir, const QString& relative, int depth);
    void inspectFileSystem();

    QString root_;
    QString canonicalRoot_;
    QString volumeId_;
    bool namesKeepCase_ = true;
};

} // namespace pdi
