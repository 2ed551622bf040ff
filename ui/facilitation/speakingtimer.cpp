#include "speakingtimer.h"

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

SpeakingTimer::SpeakingTimer(QObject* parent) : QObject(parent), m_ticker(new QTimer(this))
{
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
    m_clock.start();
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
    return m_running ? m_clock.elapsed() : m_stoppedAt;
}

QString SpeakingTimer::text() const
{
    return tr("%1 / %2").arg(minutes(elapsed()), minutes(qint64(m_limit) * 1000));
}

} // namespace cercles::ui
