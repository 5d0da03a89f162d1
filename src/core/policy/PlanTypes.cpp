#include "PlanTypes.h"

#include <QDir>

namespace vfio {

QString underRoot(const QString &root, const QString &absolutePath)
{
    QString base = root.isEmpty() ? QStringLiteral("/") : root;
    while (base.size() > 1 && base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base == QStringLiteral("/"))
        return absolutePath;
    return base +
           (absolutePath.startsWith(QLatin1Char('/')) ? absolutePath : QLatin1Char('/') + absolutePath);
}

QString CommandStep::displayText() const
{
    QStringList parts{program};
    parts += arguments;
    return parts.join(QLatin1Char(' '));
}

} // namespace vfio
