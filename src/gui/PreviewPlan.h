// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/LineDiff.h" // lineDiff(), which the review dialog shows
#include "policy/SelectionRules.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vfio {

// The helper's Preview answer (JSON text, see docs/security.md), read into plain types for the review dialog.
struct PreviewPlan
{
    struct File
    {
        QString path;
        QString reason;
        std::optional<QString> oldContent; // none: the file is new
        QString newContent;
        bool remove = false; // the plan deletes the file (newContent is empty then)
    };
    struct Device
    {
        QString address;
        BindMethod binding = BindMethod::ById; // "ids" or "address" in the JSON
        QString reason;
    };

    // Configured now: vfio-pci takes it at the next boot with the files as they are.
    struct Configured
    {
        QString address;
        QString id;
        QString description;
        bool afterApply = true; // still taken once Apply has written the plan (a hand-written line keeps it)
    };

    bool ok = false;
    QStringList errors;
    QStringList warnings;
    QStringList notices;  // about the plan itself (a snapshot planned for an assumed initramfs generator)
    QString distribution; // the target system's name (os-release PRETTY_NAME), may be empty
    QString initramfs;    // the initramfs generator the plan is for ("initramfs-tools", "dracut", ...)
    QList<File> files;
    QList<QStringList> commands;
    QList<Device> devices;
    QList<Configured> configured;
    bool knowsConfigured = false; // the helper sent "configuredNow" (an older one does not)

    bool isConfigured(const QString &address) const;

    // Malformed JSON gives ok = false and one error naming the problem.
    static PreviewPlan fromJson(const QString &json);
};

} // namespace vfio
