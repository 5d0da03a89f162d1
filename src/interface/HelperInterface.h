// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/EnumNames.h"

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

namespace vfio {
// The helper's refusals and failures, each sent as namePrefix() + its word ("NotAuthorized", ...).
enum class HelperError
{
    NotAuthorized,
    InvalidArgument,
    InvalidSelection,
    Busy,
    UnsupportedSystem,
    Failed,
};

} // namespace vfio

// The D-Bus error names and polkit actions of the interface.
namespace vfio::helpererrors {

// What every error name below starts with ("io.github.vfio_isolator.Error.NotAuthorized", ...): an error with
// it is a refusal by the helper, not a failure to reach it.
inline QString namePrefix()
{
    return QStringLiteral("io.github.vfio_isolator.Error.");
}

inline QString errorName(HelperError error)
{
    static constexpr EnumNames<HelperError, 6> words{{{HelperError::NotAuthorized, "NotAuthorized"},
                                                      {HelperError::InvalidArgument, "InvalidArgument"},
                                                      {HelperError::InvalidSelection, "InvalidSelection"},
                                                      {HelperError::Busy, "Busy"},
                                                      {HelperError::UnsupportedSystem, "UnsupportedSystem"},
                                                      {HelperError::Failed, "Failed"}}};
    return namePrefix() + nameOf(words, error);
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
