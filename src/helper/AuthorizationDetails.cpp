#include "AuthorizationDetails.h"

#include "HelperInterface.h"
#include "boot/BootPlanSupport.h"

#include <QCoreApplication>

namespace vfio {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::AuthorizationDetails)
};

// polkit leaves "$(key)" in the dialog when a detail is missing: every key the messages use gets a value.
QString listed(const QStringList &items)
{
    return items.isEmpty() ? Text::tr("none") : items.join(QStringLiteral(", "));
}
} // namespace

AuthorizationRequest applyAuthorization(const QString &busName, const QStringList &addresses)
{
    return {helpererrors::applyAction(), busName, {{authorizationdetail::addresses(), listed(addresses)}}};
}

AuthorizationRequest commandLineAuthorization(const QString &busName, const CommandLineChange &change)
{
    return {helpererrors::kernelCommandLineAction(),
            busName,
            {{authorizationdetail::add(), listed(change.add)},
             {authorizationdetail::remove(), listed(change.remove)}}};
}

AuthorizationRequest revertAuthorization(const QString &busName,
                                         const std::optional<TransactionRecord> &target)
{
    if (!target)
        return applyAuthorization(busName, {});
    AuthorizationRequest request = target->kind == TransactionKind::KernelCommandLine
                                       ? commandLineAuthorization(busName, inverse(target->commandLine))
                                       : applyAuthorization(busName, target->addresses);
    request.details.insert(authorizationdetail::transaction(), target->id);
    return request;
}

} // namespace vfio
