#include "Finding.h"

#include <array>
#include <utility>

namespace vfio {

namespace {
// The one table of the states' names, read both ways.
constexpr std::array<std::pair<FindingState, const char *>, 4> stateNames{{
    {FindingState::Ok, "ok"},
    {FindingState::NeedsAction, "needs-action"},
    {FindingState::Blocked, "blocked"},
    {FindingState::Information, "information"},
}};
} // namespace

QString toString(FindingState state)
{
    for (const auto &[value, name] : stateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("information");
}

std::optional<FindingState> findingStateFromString(const QString &text)
{
    for (const auto &[value, name] : stateNames) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace vfio
