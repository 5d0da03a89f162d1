// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HelperClient.h"

#include "base/Result.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace vfio::cli {

// One call to the privileged helper at a time, waited for in a local event loop: what the subcommands that
// talk to the helper share (preview, apply, revert, status, preview-iommu, enable-iommu). A refusal
// or an unreachable helper is printed to `err`, or with `json` as a JSON object on `out` (reportError); the
// answers carry it too, as a failure with the helper's error name.
class HelperSession
{
public:
    HelperSession(QTextStream &out, QTextStream &err, bool json = false);

    Result<QJsonObject> preview(const QStringList &addresses);
    Result<QJsonObject> commandLinePreview(const QStringList &add, const QStringList &remove);
    Result<QJsonObject> state();

    // A changing call (`start` makes it on the client: apply, setKernelCommandLine, revert): prints the
    // progress and the final message; returns an ExitCode.
    int transaction(const std::function<void(HelperClient &)> &start);

private:
    Result<QJsonObject> waitForJson(void (HelperClient::*ready)(const QJsonObject &),
                                    const std::function<void()> &call);

    QTextStream &m_out;
    QTextStream &m_err;
    HelperClient m_client;
    QEventLoop m_loop;
};

// Confirmation: --yes, or a "y" typed on a terminal. Without a terminal there is nobody to ask. Returns the
// exit code when the command must stop.
std::optional<int> confirm(bool yes, const QString &question, QTextStream &out, QTextStream &err);

// Prints a helper's plan for a person (printApplyPlan, printCommandLinePlan).
using PlanPrinter = void (*)(const QJsonObject &plan, QTextStream &out, QTextStream &err);

// A preview command's answer: the helper's `plan` as its JSON with `json`, else by `print`. Returns an
// ExitCode: Failure without a plan (the reason is already said) or when the helper refuses it.
int printHelperPlan(const Result<QJsonObject> &plan, bool json, PlanPrinter print, QTextStream &out,
                    QTextStream &err);

// Before a change asked for without --yes: shows exactly what will change (`plan`, by `print`), then asks
// `question`. Returns the exit code when the command must stop (no plan, a refused plan, no "yes").
std::optional<int> confirmPlan(const Result<QJsonObject> &plan, PlanPrinter print, const QString &question,
                               QTextStream &out, QTextStream &err);

} // namespace vfio::cli
