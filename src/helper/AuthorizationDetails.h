// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Authorizer.h"
#include "TransactionStore.h"

#include <optional>

namespace vfio {

// What the helper asks polkit before each change: the action and the details. The detail keys are part of the
// helper's contract with administrators: polkit shows them in the authentication dialog (the .policy
// messages spell them as $(addresses), $(add), $(remove)) and rules read them with action.lookup(...). An
// Apply's addresses are the whole selection it sets (it replaces the previous one); a revert's are the
// devices it gives back, with change "revert".
namespace authorizationdetail {
inline QString change() // what is asked: "apply", "cmdline" or "revert"
{
    return QStringLiteral("change");
}
inline QString addresses() // the devices, canonical and sorted: "0000:03:00.0, 0000:03:00.1"; or "none"
{
    return QStringLiteral("addresses");
}
inline QString add() // kernel command line words to add, or "none"
{
    return QStringLiteral("add");
}
inline QString remove() // kernel command line words to remove, or "none"
{
    return QStringLiteral("remove");
}
inline QString transaction() // for a revert: the transaction it undoes
{
    return QStringLiteral("transaction");
}
} // namespace authorizationdetail

AuthorizationRequest applyAuthorization(const QString &busName, const QStringList &addresses);
AuthorizationRequest commandLineAuthorization(const QString &busName, const CommandLineChange &change);
// Asked with the action of the change it undoes, and with that change's details (a command line change's
// words the other way round). Nothing to undo is still asked as apply: the refusal comes after the question.
AuthorizationRequest revertAuthorization(const QString &busName,
                                         const std::optional<TransactionRecord> &target);

} // namespace vfio
