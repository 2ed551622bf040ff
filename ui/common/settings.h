#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cercles::ui::settings {

/// A typed settings key with its default. Settings hold preferences only: governance data is never kept
/// here, it lives in the organisation file.
template <typename T> struct Key
{
    const char* name;
    T defaultValue;
};

/// Takes a key; returns its stored value, or the key's default when unset or of the wrong type.
template <typename T> T get(const Key<T>& key)
{
    const QVariant value = QSettings().value(QLatin1String(key.name));
    return value.isValid() && value.canConvert<T>() ? value.value<T>() : key.defaultValue;
}

/// Takes a key and a value; stores it.
template <typename T> void set(const Key<T>& key, const T& value)
{
    QSettings().setValue(QLatin1String(key.name), QVariant::fromValue(value));
}

/// Takes a key; forgets its value (get() returns the default again).
template <typename T> void reset(const Key<T>& key)
{
    QSettings().remove(QLatin1String(key.name));
}

/// Organisation files opened lately, most recent first.
inline const Key<QStringList> recentFiles{"files/recent", {}};
/// Main window geometry and dock/toolbar layout (QWidget::saveGeometry / QMainWindow::saveState).
inline const Key<QByteArray> windowGeometry{"window/geometry", {}};
inline const Key<QByteArray> windowState{"window/state", {}};
/// Interface language chosen by the user: "fr", "en", or empty to follow the system.
inline const Key<QString> language{"ui/language", {}};
/// Default speaking time per person in a round, in seconds.
inline const Key<int> speakingTimerSeconds{"facilitation/speaking-seconds", 120};
/// Folder proposed when exporting minutes or the register; empty: the user's documents folder.
inline const Key<QString> exportFolder{"export/folder", {}};

} // namespace cercles::ui::settings
