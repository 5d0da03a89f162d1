// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares: the input as text and as lines, a scratch system root, and a check that
// stops the run (libFuzzer then saves the input) when a promise the code makes does not hold.
#include "boot/KernelParameters.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace vfio::fuzz {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(bytes(data, size));
}

// The input cut at newlines: one argument or word a line, as a D-Bus string array would carry them.
inline QStringList lines(const QString &input)
{
    return input.split(QLatin1Char('\n'));
}

// The input cut at the first NUL byte: two independent texts (a command line and the words of a change).
inline std::pair<QString, QString> twoParts(const QString &input)
{
    const qsizetype cut = input.indexOf(QChar(u'\0'));
    if (cut < 0)
        return {input, QString()};
    return {input.left(cut), input.mid(cut + 1)};
}

// The lines of `lines` that are not blank: ManagedBlock may put one blank line in front of its block.
inline QStringList nonBlank(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            result.append(line);
    }
    return result;
}

[[noreturn]] inline void broken(const char *promise, const QString &detail)
{
    QString shown = detail; // control characters made visible, so that a NUL does not cut the report short
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const char16_t c = shown.at(i).unicode();
        if (c < 0x20 && c != u'\n' && c != u'\t')
            shown.replace(i, 1, QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0')));
    }
    std::fprintf(stderr, "promise broken: %s\n%s\n", promise, shown.toUtf8().constData());
    std::abort();
}

// The words of a change a line each ("-word" removes it): all of them, or only those the helper accepts.
CommandLineChange anyChange(const QString &words);
CommandLineChange allowedChange(const QString &words);

// A folder of its own for the run (removed at exit by the target that makes it).
QString scratchRoot();
bool writeFile(const QString &path, const QByteArray &content);

} // namespace vfio::fuzz

#define FUZZ_PROMISE(condition, detail)                                                                      \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::vfio::fuzz::broken(#condition, (detail));                                                      \
    } while (false)
