#include "SessionGuard.h"

#include <QCoreApplication>
#include <QEvent>

namespace pdi {

SessionGuard::SessionGuard(QObject* parent)
    : QObject(parent) {
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &SessionGuard::expired);
    QCoreApplication::instance()->installEventFilter(this);
}

SessionGuard::~SessionGuard() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void SessionGuard::setIdleMinutes(int minutes) {
    setIdleTimeout(std::chrono::minutes(qMax(0, minutes)));
}

void SessionGuard::setIdleTimeout(std::chrono::milliseconds timeout) {
    timeout_ = timeout;
    reset();
}

void SessionGuard::reset() {
    if (timeout_.count() <= 0) {
        timer_.stop();
        return;
    }
    timer_.start(timeout_);
}

bool SessionGuard::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        if (timer_.isActive())
            timer_.start(timeout_);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pdi
