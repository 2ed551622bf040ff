#include "speakingtimer.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace cercles::ui {

namespace {
QString minutes(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

SpeakingTimer::SpeakingTimer(QObject* parent, Clock clock)
    : QObject(parent), m_clock(std::move(clock)), m_ticker(new QTimer(this))
{
    if (!m_clock) {
        QElapsedTimer origin;
        origin.start();
        m_clock = [origin] { return origin.elapsed(); };
    }
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &SpeakingTimer::tick);
}

void SpeakingTimer::setLimit(int seconds)
{
    m_limit = std::max(5, seconds);
    emit tick();
}

void SpeakingTimer::restart()
{
    m_startedAt = m_clock();
    m_running = true;
    m_ticker->start();
    emit tick();
}

void SpeakingTimer::stop()
{
    m_stoppedAt = elapsed();
    m_running = false;
    m_ticker->stop();
    emit tick();
}

qint64 SpeakingTimer::elapsed() const
{
    return m_running ? m_clock() - m_startedAt : m_stoppedAt;
}

QString SpeakingTimer::text() const
{
    return tr("%1 / %2").arg(minutes(elapsed()), minutes(qint64(m_limit) * 1000));
}

} // namespace cercles::ui
