#pragma once

#include <QObject>

#include <functional>

class QTimer;

namespace cercles::ui {

/// How long the current speaker has been speaking, against a configurable limit. It never stops anything:
/// past the limit it only reports being over time.
class SpeakingTimer : public QObject
{
    Q_OBJECT
public:
    /// A monotonic clock: milliseconds since any fixed origin. Tests give their own, so no test waits.
    using Clock = std::function<qint64()>;

    /// Takes the parent and the clock (empty: the system's monotonic clock).
    explicit SpeakingTimer(QObject* parent = nullptr, Clock clock = {});

    /// Takes the time each speaker is given, in seconds (at least 5).
    void setLimit(int seconds);
    int limit() const { return m_limit; }
    /// Starts counting from zero for a new speaker.
    void restart();
    /// Stops counting (no round running); elapsed() keeps its last value.
    void stop();
    bool isRunning() const { return m_running; }
    /// Milliseconds since restart().
    qint64 elapsed() const;
    bool isOver() const { return elapsed() > qint64(m_limit) * 1000; }
    /// "m:ss / m:ss" (elapsed / limit).
    QString text() const;

signals:
    /// Emitted about four times a second while running, to repaint.
    void tick();

private:
    Clock m_clock;
    qint64 m_startedAt = 0;
    QTimer* m_ticker;
    int m_limit = 60;
    bool m_running = false;
    qint64 m_stoppedAt = 0;
};

} // namespace cercles::ui
