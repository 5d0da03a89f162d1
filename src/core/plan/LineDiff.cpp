// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/LineDiff.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace vfio {

QString lineDiff(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const auto n = static_cast<size_t>(a.size());
    const auto m = static_cast<size_t>(b.size());
    // Longest common subsequence table, filled from the end.
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a.at(static_cast<qsizetype>(i)) == b.at(static_cast<qsizetype>(j))
                            ? lcs[i + 1][j + 1] + 1
                            : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList out;
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(static_cast<qsizetype>(i)) == b.at(static_cast<qsizetype>(j))) {
            out.append(QStringLiteral("  ") + a.at(static_cast<qsizetype>(i)));
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out.append(QStringLiteral("- ") + a.at(static_cast<qsizetype>(i)));
            ++i;
        } else {
            out.append(QStringLiteral("+ ") + b.at(static_cast<qsizetype>(j)));
            ++j;
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace vfio
