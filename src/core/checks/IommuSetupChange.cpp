// SPDX-License-Identifier: GPL-3.0-or-later
#include "IommuSetupChange.h"

namespace vfio {

CommandLineChange iommuSetupChange(const SystemCheck &check, const QString &runningCommandLine,
                                   bool passthrough)
{
    CommandLineChange change = check.commandLineFix();
    const QStringList running = kernelWords(runningCommandLine);
    if (passthrough && !running.contains(kernelparam::iommuPassthrough()) &&
        !change.add.contains(kernelparam::iommuPassthrough()))
        change.add.append(kernelparam::iommuPassthrough());
    if (change.isEmpty())
        return change;
    for (const QString &word : {kernelparam::intelIommuOn(), kernelparam::iommuPassthrough()}) {
        if (running.contains(word) && !change.add.contains(word) && !change.remove.contains(word))
            change.add.append(word);
    }
    return change;
}

} // namespace vfio
