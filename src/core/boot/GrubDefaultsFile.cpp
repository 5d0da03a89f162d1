// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrubDefaultsFile.h"

#include <QRegularExpression>

#include <optional>

namespace vfio::grubdefaults {

namespace {

// One `VARIABLE=value` line split so that only the value between the quotes is replaced.
struct Assignment
{
    QString head;  // "GRUB_CMDLINE_LINUX_DEFAULT=" with any indentation or `export `
    QChar quote;   // '"', '\'' or null for an unquoted value
    QString value; // between the quotes
    QString tail;  // after the closing quote (or after an unquoted value): comments, spaces
};

QRegularExpressionMatch matchAssignment(const QString &line, const QString &variable)
{
    const QRegularExpression pattern(
        QStringLiteral("^(\\s*(?:export\\s+)?%1=)(.*)$").arg(QRegularExpression::escape(variable)));
    return pattern.match(line);
}

std::optional<Assignment> parse(const QString &line, const QString &variable)
{
    const auto match = matchAssignment(line, variable);
    if (!match.hasMatch())
        return std::nullopt;
    Assignment result{match.captured(1), QChar(), QString(), QString()};
    const QString rest = match.captured(2);
    if (rest.startsWith(QLatin1Char('"')) || rest.startsWith(QLatin1Char('\''))) {
        result.quote = rest.at(0);
        qsizetype close = 1;
        while (close < rest.size() &&
               (rest.at(close) != result.quote ||
                (result.quote == QLatin1Char('"') && rest.at(close - 1) == QLatin1Char('\\'))))
            ++close;
        if (close >= rest.size())
            return std::nullopt; // a value running on over several lines: not ours to rewrite
        result.value = rest.mid(1, close - 1);
        result.tail = rest.mid(close + 1);
        // `"quiet"" splash"`: the shell joins the parts; rewriting only the first would lose the rest.
        if (!result.tail.isEmpty() && !result.tail.at(0).isSpace() && result.tail.at(0) != QLatin1Char(';'))
            return std::nullopt;
        return result;
    }
    const qsizetype end = rest.indexOf(QRegularExpression(QStringLiteral("\\s")));
    result.value = end < 0 ? rest : rest.left(end);
    result.tail = end < 0 ? QString() : rest.mid(end);
    // `quiet" splash"` or `a\ b`: quoting inside an unquoted value; quotes of our own would break it.
    if (result.value.contains(QLatin1Char('"')) || result.value.contains(QLatin1Char('\'')) ||
        result.value.contains(QLatin1Char('\\')))
        return std::nullopt;
    return result;
}

QString render(const Assignment &assignment, const QString &value)
{
    QChar quote = assignment.quote;
    if (quote.isNull() && value.contains(QLatin1Char(' ')))
        quote = QLatin1Char('"');
    const QString quoteText = quote.isNull() ? QString() : QString(quote);
    return assignment.head + quoteText + value + quoteText + assignment.tail;
}

} // namespace

QString editVariable(const QString &text, const QString &variable, const CommandLineChange &change,
                     bool appendIfMissing)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype last = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (parse(lines.at(i), variable))
            last = i;
    }
    const CommandLineChange removals{{}, change.remove};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto assignment = parse(lines.at(i), variable);
        if (!assignment)
            continue;
        const QString value = applyChange(assignment->value, i == last ? change : removals);
        if (value != assignment->value)
            lines[i] = render(*assignment, value);
    }
    QString result = lines.join(QLatin1Char('\n'));
    const QString added = applyChange(QString(), CommandLineChange{change.add, {}});
    if (last < 0 && appendIfMissing && !added.isEmpty()) {
        if (!result.isEmpty() && !result.endsWith(QLatin1Char('\n')))
            result += QLatin1Char('\n');
        result += variable + QStringLiteral("=\"") + added + QStringLiteral("\"\n");
    }
    return result;
}

QStringList values(const QString &text, const QString &variable)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (const auto assignment = parse(line, variable))
            result.append(assignment->value);
    }
    return result;
}

bool isEditable(const QString &text, const QString &variable)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (matchAssignment(line, variable).hasMatch() && !parse(line, variable))
            return false;
    }
    return true;
}

QStringList missingWords(const QString &text, const QStringList &words)
{
    const QStringList present =
        kernelWords((values(text, linuxVariable()) + values(text, defaultVariable())).join(QLatin1Char(' ')));
    QStringList result;
    for (const QString &word : words) {
        if (!present.contains(word) && !result.contains(word))
            result.append(word);
    }
    return result;
}

} // namespace vfio::grubdefaults
