// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemCheckJson.h"

#include <QJsonArray>

namespace vfio::cli {

namespace {
QJsonValue fixToJson(const FindingFix &fix)
{
    if (fix.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("description"), fix.description},
                       {QStringLiteral("add"), QJsonArray::fromStringList(fix.commandLine.add)},
                       {QStringLiteral("remove"), QJsonArray::fromStringList(fix.commandLine.remove)}};
}
} // namespace

QJsonObject systemCheckToJson(const SystemCheck &check)
{
    QJsonArray findings;
    for (const Finding &finding : check.findings)
        findings.append(QJsonObject{{QStringLiteral("id"), toString(finding.id)},
                                    {QStringLiteral("state"), toString(finding.state)},
                                    {QStringLiteral("message"), finding.message},
                                    {QStringLiteral("fix"), fixToJson(finding.fix)}});
    return QJsonObject{{QStringLiteral("findings"), findings}};
}

} // namespace vfio::cli
