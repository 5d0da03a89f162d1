// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManagedBlock.h"

namespace vfio::ManagedBlock {

QString beginMarker()
{
    return QStringLiteral("# >>> VFIO Isolator: managed block, do not edit between these markers >>>");
}

QString endMarker()
{
    return QStringLiteral("# <<< VFIO Isolator: end of managed block <<<");
}

namespace {

struct Split
{
    QStringList before;
    QStringList block;
    QStringList after;
    bool found = false;
};

// Lines of `text`; a final newline does not make an extra empty line.
QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

Split split(const QString &text)
{
    Split result;
    enum class Where
    {
        Before,
        Inside,
        After
    } where = Where::Before;
    for (const QString &line : linesOf(text)) {
        const QString trimmed = line.trimmed();
        if (where == Where::Before && trimmed == beginMarker()) {
            where = Where::Inside;
            result.found = true;
            continue;
        }
        if (where == Where::Inside && trimmed == endMarker()) {
            where = Where::After;
            continue;
        }
        // A second block (someone copied ours) is treated as ours too, so it does not fight the first one.
        if (where == Where::After && trimmed == beginMarker()) {
            where = Where::Inside;
            continue;
        }
        switch (where) {
        case Where::Before:
            result.before.append(line);
            break;
        case Where::Inside:
            result.block.append(line);
            break;
        case Where::After:
            result.after.append(line);
            break;
        }
    }
    return result;
}

} // namespace

QString merge(const QString &existing, const QString &body)
{
    const Split parts = split(existing);
    QStringList lines = parts.before;
    if (!body.isEmpty()) {
        // A new block at the end of someone's file gets a blank line in front, for readability.
        if (!parts.found && !lines.isEmpty() && !lines.last().trimmed().isEmpty())
            lines.append(QString());
        lines.append(beginMarker());
        lines += linesOf(body);
        lines.append(endMarker());
    } else if (parts.found) {
        // Removing our block must not leave the blank line we may have put in front of it.
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty() && parts.after.isEmpty())
            lines.removeLast();
    }
    lines += parts.after;
    if (lines.isEmpty())
        return {};
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList outside(const QString &text)
{
    const Split parts = split(text);
    return parts.before + parts.after;
}

QStringList inside(const QString &text)
{
    return split(text).block;
}

bool contains(const QString &text)
{
    return split(text).found;
}

} // namespace vfio::ManagedBlock
