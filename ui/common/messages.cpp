#include "messages.h"

#include <QCoreApplication>

namespace cercles::ui::messages {

namespace {

Hook g_hook = nullptr;

QMessageBox::Icon iconFor(Kind kind)
{
    switch (kind) {
    case Kind::Information:
        return QMessageBox::Information;
    case Kind::Warning:
        return QMessageBox::Warning;
    case Kind::Critical:
        return QMessageBox::Critical;
    case Kind::Question:
        return QMessageBox::Question;
    }
    return QMessageBox::NoIcon;
}

} // namespace

void setHook(Hook hook)
{
    g_hook = hook;
}

QMessageBox::StandardButton show(QWidget* parent, Kind kind, const QString& title, const QString& text,
                                 QMessageBox::StandardButtons buttons)
{
    if (g_hook)
        return g_hook(parent, kind, title, text, buttons);
    QMessageBox box(iconFor(kind), title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void showError(QWidget* parent, const QString& text)
{
    show(parent, Kind::Warning, QCoreApplication::translate("Messages", "Cercles"), text);
}

bool confirm(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, Kind::Question, title, text, QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
}

} // namespace cercles::ui::messages
