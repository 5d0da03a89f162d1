// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemCheckText.h"

#include <QCoreApplication>

#include <algorithm>

namespace vfio::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli", text);
}

constexpr qsizetype lineWidth = 100;

// `text` broken into lines of at most lineWidth columns (a longer word stays whole), each after `indent`.
QStringList wrapped(const QString &text, qsizetype indent)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > lineWidth) {
            lines.append(line);
            line.clear();
        }
        line += line.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QString fixLine(const Finding &finding)
{
    if (finding.state == FindingState::Information)
        return tr("Optional fix: %1").arg(finding.fix.description);
    return tr("Fix: %1").arg(finding.fix.description);
}

} // namespace

QString stateWords(FindingState state)
{
    switch (state) {
    case FindingState::Ok:
        return tr("OK");
    case FindingState::NeedsAction:
        return tr("Action needed");
    case FindingState::Blocked:
        return tr("Blocked");
    case FindingState::Information:
        break;
    }
    return tr("Note");
}

QList<Finding> findingsNotOk(const SystemCheck &check)
{
    QList<Finding> result;
    for (const Finding &finding : check.findings) {
        if (finding.state != FindingState::Ok)
            result.append(finding);
    }
    return result;
}

QString findingsToText(const QList<Finding> &findings)
{
    qsizetype labelWidth = 0;
    for (const FindingState state :
         {FindingState::Ok, FindingState::NeedsAction, FindingState::Blocked, FindingState::Information})
        labelWidth = std::max(labelWidth, stateWords(state).size());
    const qsizetype indent = labelWidth + 2;
    const QString blank(indent, QLatin1Char(' '));

    QString text;
    for (const Finding &finding : findings) {
        QStringList lines = wrapped(finding.message, indent);
        if (!finding.fix.isEmpty())
            lines += wrapped(fixLine(finding), indent);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            text += i == 0 ? stateWords(finding.state).leftJustified(indent) : blank;
            text += lines.at(i) + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace vfio::cli
