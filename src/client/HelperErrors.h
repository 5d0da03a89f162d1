#pragma once

#include <QString>

// The D-Bus error names and polkit actions of the helper's interface (docs/security.md): the contract both
// ends share, the helper raising them and the clients matching on them.
namespace vfio::helpererrors {

inline QString notAuthorized()
{
    return QStringLiteral("io.github.vfio_isolator.Error.NotAuthorized");
}
inline QString invalidArgument()
{
    return QStringLiteral("io.github.vfio_isolator.Error.InvalidArgument");
}
inline QString invalidSelection()
{
    return QStringLiteral("io.github.vfio_isolator.Error.InvalidSelection");
}
inline QString busy()
{
    return QStringLiteral("io.github.vfio_isolator.Error.Busy");
}
inline QString unsupportedSystem()
{
    return QStringLiteral("io.github.vfio_isolator.Error.UnsupportedSystem");
}
inline QString failed()
{
    return QStringLiteral("io.github.vfio_isolator.Error.Failed");
}

inline QString applyAction()
{
    return QStringLiteral("io.github.vfio_isolator.apply");
}
// SetKernelCommandLine, and Revert when the change it undoes is a kernel command line change.
inline QString kernelCommandLineAction()
{
    return QStringLiteral("io.github.vfio_isolator.cmdline");
}

} // namespace vfio::helpererrors
