#pragma once

#include <QString>

// The names of the helper's D-Bus interface (docs/security.md, io.github.vfio_isolator.Helper1.xml beside
// this file): the contract both ends share, the helper owning and raising them and the clients calling and
// matching on them. The bus's data files (.service, .conf, .policy) spell them too and must stay in step.
namespace vfio::helperinterface {

// The helper's well-known name on the system bus. Its one object and its interface are named after it, as
// D-Bus has it: "/io/github/vfio_isolator/Helper" and "io.github.vfio_isolator.Helper1" (version 1).
inline QString busName()
{
    return QStringLiteral("io.github.vfio_isolator.Helper");
}
inline QString objectPath()
{
    return QLatin1Char('/') + busName().replace(QLatin1Char('.'), QLatin1Char('/'));
}
inline QString interfaceName()
{
    return busName() + QLatin1Char('1');
}

} // namespace vfio::helperinterface

// The D-Bus error names and polkit actions of the interface.
namespace vfio::helpererrors {

// What every error name below starts with ("io.github.vfio_isolator.Error.NotAuthorized", ...): an error with
// it is a refusal by the helper, not a failure to reach it.
inline QString namePrefix()
{
    return QStringLiteral("io.github.vfio_isolator.Error.");
}

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
