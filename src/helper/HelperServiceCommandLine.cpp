// SPDX-License-Identifier: GPL-3.0-or-later
// HelperService's kernel command line methods: D-Bus and polkit around KernelCommandLineJob.
#include "HelperService.h"

#include "AuthorizationDetails.h"
#include "HelperInterface.h"
#include "KernelCommandLineJob.h"
#include "plan/CommandLinePlanJson.h"

#include <QJsonDocument>

namespace vfio {

QString HelperService::PreviewKernelCommandLine(const QStringList &add, const QStringList &remove)
{
    touch();
    const CommandLineChange change{add, remove};
    if (refusedNow(checkCommandLineRequest(change)))
        return {};
    const SystemCommandLinePlan planned = planCommandLineForSystem(m_options.root, change);
    return QString::fromUtf8(QJsonDocument(commandLinePlanToJson(planned.bootLoader, planned.plan))
                                 .toJson(QJsonDocument::Compact));
}

QString HelperService::SetKernelCommandLine(const QStringList &add, const QStringList &remove)
{
    touch();
    const CommandLineChange change{add, remove};
    // The words first, then whether this system can take the change at all: no password is asked for a
    // request that would be refused anyway.
    if (refusedNow(checkCommandLineRequest(change)))
        return {};
    if (const auto planned = planCommandLineForSystem(m_options.root, change); !planned.plan.ok()) {
        refuseNow(fail(planned.plan.error(), helpererrors::errorName(HelperError::UnsupportedSystem)));
        return {};
    }
    authorizeThen(Call{TransactionKind::KernelCommandLine, {}, change, {}},
                  commandLineAuthorization(message().service(), change));
    return {};
}

void HelperService::startKernelCommandLine(const PendingCall &request, const CommandLineChange &change)
{
    // Planned again: the files may have changed while polkit asked for the password.
    auto prepared = prepareCommandLineChange(m_store, change);
    if (!prepared) {
        replyError(request, prepared.failure());
        return;
    }
    PreparedTransaction &transaction = *prepared;
    startTransaction(request, std::move(transaction.record), std::move(transaction.changes),
                     transaction.successMessage, bootToolStep());
}

} // namespace vfio
