// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QMap>
#include <QString>

#include <functional>

namespace vfio {

// What the helper asks before it changes anything: may the caller behind `busName` perform `actionId`?
// `details` says what exactly (the addresses, the words, the transaction); polkit shows them in its
// authentication dialog and passes them to the administrator's rules (action.lookup("addresses")).
struct AuthorizationRequest
{
    QString actionId;
    QString busName; // the caller's unique bus name, which the bus daemon vouches for
    QMap<QString, QString> details;
};

// The helper's one question to the outside before a change, as an interface: polkit on a real system
// (PolkitAuthorizer), a scripted answer in the tests of the service's own logic, which run as a plain user.
class Authorizer
{
public:
    using Decision = std::function<void(Result<void>)>;

    virtual ~Authorizer() = default;
    // Answers through `done`, later and in the caller's thread, exactly once; anything but a clear "yes" is a
    // failure whose sentence says why not.
    virtual void authorize(const AuthorizationRequest &request, Decision done) = 0;

protected:
    Authorizer() = default;
    Authorizer(const Authorizer &) = default;
    Authorizer &operator=(const Authorizer &) = default;
};

} // namespace vfio
