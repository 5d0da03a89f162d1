// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The authorizer of the tests of the service's own logic: it records every question and answers as the test
// scripted it (yes, no, or not yet), later and in the service's thread like polkit.
#include "Authorizer.h"

#include <QList>
#include <QObject>

#include <utility>

namespace helpertest {

class ScriptedAuthorizer : public QObject, public vfio::Authorizer
{
public:
    enum class Answer
    {
        Yes,
        No,
        Later, // held until answerHeld()
    };

    Answer answer = Answer::Yes;
    QList<vfio::AuthorizationRequest> requests;

    static QString refusal() { return QStringLiteral("The scripted authorizer says no."); }

    void authorize(const vfio::AuthorizationRequest &request, Decision done) override
    {
        requests.append(request);
        if (answer == Answer::Later) {
            m_held.append(std::move(done));
            return;
        }
        answerLater(std::move(done), answer == Answer::Yes);
    }

    qsizetype heldCount() const { return m_held.size(); }
    void answerHeld(bool yes)
    {
        const QList<Decision> held = std::exchange(m_held, {});
        for (const Decision &done : held)
            answerLater(done, yes);
    }

private:
    void answerLater(Decision done, bool yes)
    {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done), yes] {
                done(yes ? vfio::Result<void>() : vfio::Result<void>(vfio::fail(refusal())));
            },
            Qt::QueuedConnection);
    }

    QList<Decision> m_held;
};

} // namespace helpertest
