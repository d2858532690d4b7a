#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace pdi {

// Signs a person out after a time without input (session.idleLogoutMinutes), so that a station
// left alone at a reception desk does not stay signed in under someone's name. Any key, mouse,
// wheel or touch input anywhere in the application starts the time again.
class SessionGuard : public QObject {
    Q_OBJECT
public:
    explicit SessionGuard(QObject* parent = nullptr);
    ~SessionGuard() override;

    // 0 minutes: never.
    void setIdleMinutes(int minutes);
    // Finer than minutes, for tests that cannot wait a minute.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return timeout_; }
    bool isActive() const { return timer_.isActive(); }
    // Time left before sign-out; negative when the guard is off.
    std::chrono::milliseconds remaining() const { return timer_.remainingTimeAsDuration(); }

    // Starts the time again, as input does.
    void reset();

Q_SIGNALS:
    void expired();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer timer_;
    std::chrono::milliseconds timeout_{0};
};

} // namespace pdi
