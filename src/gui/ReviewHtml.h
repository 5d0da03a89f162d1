// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The small pieces of HTML the review dialog's texts are made of.
namespace vfio::reviewhtml {

inline QString htmlList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style='margin:0'>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

inline QString code(const QString &text)
{
    return QStringLiteral("<code>%1</code>").arg(text.toHtmlEscaped());
}

inline QString codeList(const QStringList &items)
{
    QStringList coded;
    for (const QString &item : items)
        coded.append(code(item));
    return coded.join(QStringLiteral(", "));
}

} // namespace vfio::reviewhtml
