// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoaderEntries.h"

#include "policy/InitramfsBackend.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace vfio::loaderentries {

namespace {

// "options  quiet splash" -> {"options  ", "quiet splash"}; not an options line -> nullopt.
std::optional<std::pair<QString, QString>> optionsLine(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\s*options(?:\\s+|$))(.*)$"));
    const auto match = pattern.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return std::make_pair(match.captured(1), match.captured(2));
}

} // namespace

QString entriesDirectory(const QString &root, const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        if (QFileInfo(underRoot(root, candidate + QStringLiteral("/loader"))).isDir())
            return candidate + QStringLiteral("/loader/entries");
    }
    return {};
}

QList<Entry> entries(const QString &root, const QString &directory)
{
    QList<Entry> result;
    if (directory.isEmpty())
        return result;
    const QDir dir(underRoot(root, directory));
    QStringList names = dir.entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name);
    for (const QString &name : std::as_const(names)) {
        const QString path = directory + QLatin1Char('/') + name;
        if (const auto text = readTargetFile(root, path))
            result.append(Entry{path, *text});
    }
    return result;
}

QString options(const QString &text)
{
    QStringList values;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (const auto parts = optionsLine(line))
            values.append(parts->second.trimmed());
    }
    return values.join(QLatin1Char(' '));
}

QString editOptions(const QString &text, const CommandLineChange &change)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype last = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (optionsLine(lines.at(i)))
            last = i;
    }
    const CommandLineChange removals{{}, change.remove};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto parts = optionsLine(lines.at(i));
        if (!parts)
            continue;
        QString head = parts->first;
        const QString value = applyChange(parts->second, i == last ? change : removals);
        if (value == parts->second)
            continue;
        if (!head.at(head.size() - 1).isSpace() && !value.isEmpty())
            head += QLatin1Char(' '); // a bare "options" line that now gets words
        lines[i] = head + value;
    }
    QString result = lines.join(QLatin1Char('\n'));
    const QString added = applyChange(QString(), CommandLineChange{change.add, {}});
    if (last < 0 && !added.isEmpty()) {
        if (!result.isEmpty() && !result.endsWith(QLatin1Char('\n')))
            result += QLatin1Char('\n');
        result += QStringLiteral("options ") + added + QLatin1Char('\n');
    }
    return result;
}

QString field(const QString &text, const QString &key)
{
    const QRegularExpression pattern(QStringLiteral("^\\s*%1\\s+(.*)$").arg(QRegularExpression::escape(key)));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const auto match = pattern.match(line);
        if (match.hasMatch())
            return match.captured(1).trimmed();
    }
    return {};
}

QString withField(const QString &text, const QString &key, const QString &value)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    const QRegularExpression pattern(QStringLiteral("^\\s*%1(\\s|$)").arg(QRegularExpression::escape(key)));
    for (QString &line : lines) {
        if (pattern.match(line).hasMatch()) {
            line = key + QLatin1Char(' ') + value;
            return lines.join(QLatin1Char('\n'));
        }
    }
    lines.prepend(key + QLatin1Char(' ') + value);
    return lines.join(QLatin1Char('\n'));
}

bool isSafetyEntry(const QString &path)
{
    return path.endsWith(safetySuffix() + QStringLiteral(".conf"));
}

bool versionLess(const QString &left, const QString &right)
{
    static const QRegularExpression parts(QStringLiteral("\\d+|\\D+"));
    auto a = parts.globalMatch(left);
    auto b = parts.globalMatch(right);
    while (a.hasNext() && b.hasNext()) {
        const QString x = a.next().captured();
        const QString y = b.next().captured();
        if (x == y)
            continue;
        if (x.at(0).isDigit() && y.at(0).isDigit())
            return x.toULongLong() < y.toULongLong();
        return x < y;
    }
    return !a.hasNext() && b.hasNext();
}

} // namespace vfio::loaderentries
