#include "MediaGauge.h"

#include <QEvent>

namespace pdi {

namespace {

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

MediaGauge::MediaGauge(QWidget* parent)
    : QProgressBar(parent) {
    setObjectName(QStringLiteral("mediaGauge"));
    setRange(0, 1000);
    setTextVisible(true);
    setAlignment(Qt::AlignCenter);
    refresh();
}

void MediaGauge::setUsage(qint64 estimated, qint64 capacity, const QString& mediaLabel) {
    estimated_ = estimated;
    capacity_ = capacity;
    media_ = mediaLabel;
    refresh();
}

void MediaGauge::refresh() {
    QString text;
    int value = 0;
    if (estimated_ < 0) {
        text = tr("No content planned yet");
    } else if (capacity_ <= 0) {
        text = tr("%1 MB (free space not known yet)").arg(megabytes(estimated_));
    } else {
        const double fraction = double(estimated_) / double(capacity_);
        value = int(qMin(1.0, fraction) * 1000.0);
        // At least one tenth of a percent, so that something on the medium shows.
        if (estimated_ > 0 && value == 0)
            value = 1;
        text = tr("%1 MB of %2 MB on the %3 (%4%)")
                   .arg(megabytes(estimated_), megabytes(capacity_), media_)
                   .arg(qRound(fraction * 100.0));
        if (!fits())
            text += QLatin1String("  ") + tr("does not fit");
    }
    setValue(value);
    setFormat(text);
    setToolTip(text);
    // Light colours, so the text on the bar stays readable.
    const bool over = estimated_ >= 0 && !fits();
    setStyleSheet(QStringLiteral("QProgressBar{border:1px solid #9e9e9e;border-radius:3px;"
                                 "text-align:center;%1}QProgressBar::chunk{background:%2;}")
                      .arg(over ? QStringLiteral("color:#b71c1c;font-weight:bold;") : QString(),
                           over ? QStringLiteral("#ef9a9a") : QStringLiteral("#a5d6a7")));
}

void MediaGauge::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QProgressBar::changeEvent(event);
}

} // namespace pdi
