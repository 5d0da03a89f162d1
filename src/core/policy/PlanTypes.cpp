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
