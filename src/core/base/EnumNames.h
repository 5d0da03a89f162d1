#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <utility>

namespace vfio {

// An enum's names as one table of {value, name} pairs (a constexpr std::array), read by nameIn(): the one
// way the core turns its enums into their words, instead of a switch per enum.
template <typename Enum, std::size_t N> using EnumNames = std::array<std::pair<Enum, const char *>, N>;

// The name of `value` in `names`; empty when the table does not list it.
template <typename Enum, std::size_t N> QString nameIn(const EnumNames<Enum, N> &names, Enum value)
{
    for (const auto &[known, name] : names) {
        if (known == value)
            return QString::fromLatin1(name);
    }
    return {};
}

} // namespace vfio
