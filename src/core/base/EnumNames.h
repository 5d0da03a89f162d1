// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace vfio {

// The one way a stored or sent state is named: a table of each value with its name, read both ways by
// nameOf and valueOf. A room keeps its table next to its enum's toString and fromString.
template <typename Enum, std::size_t N> using EnumNames = std::array<std::pair<Enum, const char *>, N>;

// The name of `value` in `names`; `otherwise` for a value the table lacks.
template <typename Enum, std::size_t N>
QString nameOf(const EnumNames<Enum, N> &names, Enum value, const char *otherwise = "")
{
    for (const auto &[key, name] : names) {
        if (key == value)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(otherwise);
}

// The value named `text` exactly; nothing for a name the table lacks.
template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const EnumNames<Enum, N> &names, const QString &text)
{
    for (const auto &[key, name] : names) {
        if (text == QLatin1StringView(name))
            return key;
    }
    return std::nullopt;
}

} // namespace vfio
