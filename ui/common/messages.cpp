#include "messages.h"

#include <QCoreApplication>
#include <QPushButton>

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

std::unique_ptr<QMessageBox> irreversibleBox(QWidget* parent, const QString& title, const QString& text,
                                             const QString& act)
{
    auto box =
        std::make_unique<QMessageBox>(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::PlainText);
    box->addButton(act, QMessageBox::AcceptRole);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    return box;
}

bool confirmIrreversible(QWidget* parent, const QString& title, const QString& text, const QString& act)
{
    if (g_hook)
        return g_hook(parent, Kind::Warning, title, text, QMessageBox::Ok | QMessageBox::Cancel) ==
               QMessageBox::Ok;
    const std::unique_ptr<QMessageBox> box = irreversibleBox(parent, title, text, act);
    box->exec();
    return box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole;
}

} // namespace cercles::ui::messages
