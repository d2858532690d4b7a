#pragma once

#include <QProgressBar>

namespace pdi {

// How full the chosen medium will be: the planner's estimate against the medium's capacity (or
// the free space of a USB stick), green while it fits and red when it does not. The bar counts
// in tenths of a percent so that a few images on a BD still show.
class MediaGauge : public QProgressBar {
    Q_OBJECT
public:
    explicit MediaGauge(QWidget* parent = nullptr);

    // capacity 0: not known (a USB folder not chosen yet); estimated < 0: no plan.
    void setUsage(qint64 estimated, qint64 capacity, const QString& mediaLabel);
    void clearUsage() { setUsage(-1, 0, QString()); }
    bool fits() const { return estimated_ >= 0 && (capacity_ <= 0 || estimated_ <= capacity_); }
    qint64 estimated() const { return estimated_; }
    qint64 capacity() const { return capacity_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    qint64 estimated_ = -1;
    qint64 capacity_ = 0;
    QString media_;
};

} // namespace pdi
