#pragma once

#include <QString>

#include <cstddef>
#include <optional>

namespace cercles {

/// One row of an enum's storage-key table: enums are stored by stable text keys, never by value.
template <typename E> struct KeyEntry
{
    E value;
    const char* key;
};

/// Takes a key table and a value; returns the value's key (empty if the table lacks it).
template <typename E, std::size_t N> QString keyOf(const KeyEntry<E> (&table)[N], E value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

/// Takes a key table and a key; returns the value, or std::nullopt for an unknown key.
template <typename E, std::size_t N>
std::optional<E> valueOf(const KeyEntry<E> (&table)[N], const QString& key)
{
    for (const auto& entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace cercles
