// SPDX-License-Identifier: GPL-3.0-or-later
#include "KernelParameters.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace vfio {

namespace {

const QString idsPrefix = QStringLiteral("vfio-pci.ids=");

bool isIdsWord(const QString &word)
{
    static const QRegularExpression pattern(
        QStringLiteral("^vfio-pci\\.ids=[0-9a-f]{4}:[0-9a-f]{4}(,[0-9a-f]{4}:[0-9a-f]{4})*$"));
    return pattern.match(word).hasMatch();
}

QStringList addableWords()
{
    return {kernelparam::intelIommuOn(), kernelparam::iommuPassthrough(), kernelparam::safetyOff()};
}

// One word of a command line and the white space in front of it, so that kept words keep their spacing.
struct Token
{
    QString separator; // cppcheck-suppress unusedStructMember ; read in applyChange()
    QString word;
};

QList<Token> tokenize(const QString &text, QString *trailing)
{
    QList<Token> tokens;
    static const QRegularExpression word(QStringLiteral("\\S+"));
    qsizetype end = 0;
    auto matches = word.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        tokens.append(Token{text.mid(end, match.capturedStart() - end), match.captured()});
        end = match.capturedEnd();
    }
    *trailing = text.mid(end);
    return tokens;
}

} // namespace

bool isAllowedKernelParameter(const QString &word)
{
    return addableWords().contains(word) || kernelparam::disabling().contains(word) || isIdsWord(word);
}

bool isValid(const CommandLineChange &change)
{
    qsizetype idsWords = 0;
    for (const QString &word : change.add) {
        if (!isAllowedKernelParameter(word) || kernelparam::disabling().contains(word) ||
            change.remove.contains(word))
            return false;
        idsWords += isIdsWord(word) ? 1 : 0;
    }
    for (const QString &word : change.remove) {
        if (!isAllowedKernelParameter(word))
            return false;
    }
    return idsWords <= 1;
}

QString applyChange(const QString &commandLine, const CommandLineChange &change)
{
    QString trailing;
    const QList<Token> tokens = tokenize(commandLine, &trailing);
    QStringList wanted;
    for (const QString &word : change.add) {
        if (!wanted.contains(word) && std::none_of(tokens.cbegin(), tokens.cend(),
                                                   [&](const Token &token) { return token.word == word; }))
            wanted.append(word);
    }
    // A new ids word takes the place of the first existing one; further ids words go.
    const auto newIds = std::find_if(wanted.cbegin(), wanted.cend(),
                                     [](const QString &word) { return word.startsWith(idsPrefix); });
    const QString replacement = newIds == wanted.cend() ? QString() : *newIds;
    bool placed = false;
    bool changed = false;
    QList<Token> kept;
    for (Token token : tokens) {
        if (!replacement.isEmpty() && token.word.startsWith(idsPrefix)) {
            changed = true;
            if (std::exchange(placed, true))
                continue;
            token.word = replacement;
        } else if (change.remove.contains(token.word)) {
            changed = true;
            continue;
        }
        kept.append(token);
    }
    if (placed)
        wanted.removeAll(replacement);
    if (!changed && wanted.isEmpty())
        return commandLine; // nothing to do: not even the white space changes
    QString result = tokens.isEmpty() ? QString() : tokens.first().separator;
    for (qsizetype i = 0; i < kept.size(); ++i)
        result += (i == 0 ? QString() : kept.at(i).separator) + kept.at(i).word;
    for (const QString &word : std::as_const(wanted))
        result += (result.trimmed().isEmpty() ? QString() : QStringLiteral(" ")) + word;
    return result + trailing;
}

CommandLineChange difference(const QString &from, const QString &to)
{
    const QStringList before = kernelWords(from);
    const QStringList after = kernelWords(to);
    CommandLineChange change;
    for (const QString &word : after) {
        if (!before.contains(word) && !change.add.contains(word))
            change.add.append(word);
    }
    for (const QString &word : before) {
        if (!after.contains(word) && !change.remove.contains(word))
            change.remove.append(word);
    }
    return change;
}

QStringList kernelWords(const QString &commandLine)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return commandLine.split(space, Qt::SkipEmptyParts);
}

} // namespace vfio
