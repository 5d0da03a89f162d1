// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "policy/ApplyPlan.h"
#include "policy/SelectionRules.h"
#include "topology/Topology.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vfio {

// What Apply would do for a selection, as the helper sends it (Preview) and carries it out (Apply). It is
// made from the core policy's plan (src/core/policy); the helper adds no rules of its own. A refused plan
// still says what it found (its errors, warnings and what is configured now), so Preview can show why.
struct HelperPlan
{
    struct File
    {
        QString path; // on the target system, under /etc
        QString reason;
        std::optional<QString> oldContent; // nothing: the file does not exist yet
        QString newContent;
        bool remove = false;     // the file is deleted (newContent is then empty)
        std::optional<int> mode; // permission bits to write; nothing: keep the file's, 0644 for a new one
    };
    struct Device
    {
        QString address;
        QString id;                            // "vvvv:dddd"
        BindMethod binding = BindMethod::ById; // "ids" or "address" in the JSON (toString(BindMethod))
        QString reason;
    };

    // A device vfio-pci takes at the next boot with the configuration as it is now (before Apply).
    struct Configured
    {
        QString address;
        QString id;             // "vvvv:dddd"
        QString description;    // "02:00.0 (VGA compatible controller)"
        bool afterApply = true; // vfio-pci still takes it once Apply has written the plan's files
    };

    QStringList errors; // why Apply would refuse the plan, one sentence each; empty: it may carry it out
    QString errorName;  // the helpererrors name of that refusal (set with the errors)
    QStringList warnings;
    QStringList notices;  // about the plan, not the system (a snapshot planned for an assumed generator)
    QString distribution; // PRETTY_NAME of the target system
    QString initramfs;    // the initramfs generator used ("initramfs-tools", "dracut", ...)
    QList<File> files;
    QList<QStringList> commands;
    QList<Device> devices;
    QList<Configured> configured; // what is configured now, so a review can say kept / added / removed
    QString successMessage;       // what Finished says after a successful Apply

    bool ok() const { return errors.isEmpty(); }
    // Apply's answer to the plan: nothing, or the refusal (the errors, one a line, under errorName).
    Result<void> verdict() const;

    QJsonObject toJson() const;
    QJsonArray devicesJson() const;
    QJsonArray configuredJson() const;
};

// A core plan's file in the interface's form, and the interface's JSON of a list of them ("path", "reason",
// "old" (null for a new file), "new", "remove", "mode" (null: unchanged)): Preview and the kernel command
// line's preview show files the same way.
HelperPlan::File toPlanFile(const FileChange &change);
QJsonArray filesToJson(const QList<HelperPlan::File> &files);
// Commands as the interface sends them: one array per command, the absolute program first.
QJsonArray commandsToJson(const QList<QStringList> &commands);
QList<QStringList> toCommandLists(const QList<CommandStep> &steps);

// Builds the plan for `addresses` (already in strict PCI address form) on the system under `root`.
HelperPlan makeHelperPlan(const QString &root, const QStringList &addresses);
// The same on a topology already read from `root`; `options.backend` names the initramfs generator for a
// snapshot that has none under its root (the GUI's sample machine), otherwise it is detected;
// `options.fallbackBackend` (a snapshot's review) plans for an assumed one instead of refusing, with a
// notice.
HelperPlan makeHelperPlan(const Topology &topology, const QString &root, const QStringList &addresses,
                          const PlanOptions &options = {});

// The distribution the policy recognises under `root` ("debian", "arch", "fedora", ...; "" when unknown).
QString detectDistribution(const QString &root);

} // namespace vfio
