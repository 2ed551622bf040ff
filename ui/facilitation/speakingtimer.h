#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace cercles::ui {

/// How long the current speaker has been speaking, against a configurable limit. It never stops anything:
/// past the limit it only reports being over time.
class SpeakingTimer : public QObject
{
    Q_OBJECT
public:
    explicit SpeakingTimer(QObject* parent = nullptr);

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
    QElapsedTimer m_clock;
    QTimer* m_ticker;
    int m_limit = 60;
    bool m_running = false;
    qint64 m_stoppedAt = 0;
};

} // namespace cercles::ui
