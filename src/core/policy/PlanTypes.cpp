// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTypes.h"

#include <QDir>

namespace vfio {

QString CommandStep::displayText() const
{
    QStringList parts{program};
    parts += arguments;
    return parts.join(QLatin1Char(' '));
}

} // namespace vfio
