#include "firstpaint.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>

namespace cercles::ui {

namespace {

/// Watches every paint of the application until one belongs to the window, then hands over once.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget* window, std::function<void()> then)
        : QObject(window), m_window(window), m_then(std::move(then))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && !m_fired &&
            static_cast<QWidget*>(watched)->window() == m_window) {
            m_fired = true;
            qApp->removeEventFilter(this);
            // Queued: the paint in progress is finished and flushed before `then` runs.
            QTimer::singleShot(0, m_window, [then = std::move(m_then)] { then(); });
            deleteLater();
        }
        return false;
    }

private:
    QPointer<QWidget> m_window;
    std::function<void()> m_then;
    bool m_fired = false;
};

} // namespace

void afterFirstPaint(QWidget* window, std::function<void()> then)
{
    new FirstPaintWatcher(window, std::move(then));
}

} // namespace cercles::ui
