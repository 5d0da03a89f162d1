// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthorizationDetails.h"

#include "HelperInterface.h"
#include "boot/BootPlanSupport.h"
#include "topology/PciAddress.h"

namespace vfio {

namespace {
// polkit leaves "$(key)" in the dialog when a detail is missing: every key the messages use gets a value.
// A fixed word, not translated: rules compare it.
QString listed(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("none") : items.join(QStringLiteral(", "));
}

// One spelling for the same devices, so that a rule comparing strings cannot be dodged by case, order or
// repetition: the canonical form of each address, sorted, each once. (The addresses were validated before.)
QStringList canonical(const QStringList &addresses)
{
    QStringList result;
    for (const QString &text : addresses) {
        const auto address = PciAddress::parse(text);
        result.append(address ? address->toString() : text);
    }
    result.sort();
    result.removeDuplicates();
    return result;
}

AuthorizationRequest devicesRequest(const QString &busName, const QStringList &addresses, const char *kind)
{
    return {helpererrors::applyAction(),
            busName,
            {{authorizationdetail::change(), QString::fromLatin1(kind)},
             {authorizationdetail::addresses(), listed(canonical(addresses))}}};
}

AuthorizationRequest commandLineRequest(const QString &busName, const CommandLineChange &change,
                                        const char *kind)
{
    return {helpererrors::kernelCommandLineAction(),
            busName,
            {{authorizationdetail::change(), QString::fromLatin1(kind)},
             {authorizationdetail::add(), listed(change.add)},
             {authorizationdetail::remove(), listed(change.remove)}}};
}
} // namespace

AuthorizationRequest applyAuthorization(const QString &busName, const QStringList &addresses)
{
    return devicesRequest(busName, addresses, "apply");
}

AuthorizationRequest commandLineAuthorization(const QString &busName, const CommandLineChange &change)
{
    return commandLineRequest(busName, change, "cmdline");
}

AuthorizationRequest revertAuthorization(const QString &busName,
                                         const std::optional<TransactionRecord> &target)
{
    if (!target)
        return devicesRequest(busName, {}, "revert");
    AuthorizationRequest request = target->kind == TransactionKind::KernelCommandLine
                                       ? commandLineRequest(busName, inverse(target->commandLine), "revert")
                                       : devicesRequest(busName, target->addresses, "revert");
    request.details.insert(authorizationdetail::transaction(), target->id);
    return request;
}

} // namespace vfio
