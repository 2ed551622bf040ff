#pragma once

#include <QMessageBox>
#include <QString>

#include <memory>

class QWidget;

namespace cercles::ui {

/// Every message box the UI shows goes through here, so that tests can answer and observe them
/// (the KeePassXC MessageBox pattern). Texts are shown as plain text: they may contain user data.
namespace messages {

enum class Kind
{
    Information,
    Warning,
    Critical,
    Question
};

/// Replaces the real dialog: takes the parent, the kind, the title, the text and the offered buttons;
/// returns the button the "user" chose.
using Hook = QMessageBox::StandardButton (*)(QWidget* parent, Kind kind, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons);

/// Takes a hook (nullptr restores the real dialogs).
void setHook(Hook hook);

/// Shows a message and returns the chosen button.
QMessageBox::StandardButton show(QWidget* parent, Kind kind, const QString& title, const QString& text,
                                 QMessageBox::StandardButtons buttons = QMessageBox::Ok);

/// Shows why an action failed (a service's translated error).
void showError(QWidget* parent, const QString& text);

/// Asks a yes/no question; returns true for yes.
bool confirm(QWidget* parent, const QString& title, const QString& text);

/// Takes the parent, the title, the question and the act's name (e.g. "Close the meeting"); returns the
/// box that confirms an act that cannot be undone: a button named after the act and Cancel, Cancel being
/// the default and the Escape button, so that Enter pressed out of habit does nothing.
std::unique_ptr<QMessageBox> irreversibleBox(QWidget* parent, const QString& title, const QString& text,
                                             const QString& act);
/// Shows irreversibleBox() (the hook sees Ok | Cancel); returns true only when the act's button is chosen.
bool confirmIrreversible(QWidget* parent, const QString& title, const QString& text, const QString& act);

} // namespace messages
} // namespace cercles::ui
