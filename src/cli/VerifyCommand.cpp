// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyCommand.h"

#include "CommandSupport.h"
#include "VerificationJson.h"
#include "VerificationText.h"

#include "verify/MachineVerification.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vfio::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::VerifyCommand", text);
}

int exitCodeFor(Verification::Overall overall)
{
    switch (overall) {
    case Verification::Overall::Mismatch:
        return NotAsConfigured;
    case Verification::Overall::RestartPending:
        return RestartPending;
    case Verification::Overall::NothingConfigured:
    case Verification::Overall::AsConfigured:
        break;
    }
    return Success;
}

} // namespace

QString VerifyCommand::summary() const
{
    return tr("After a restart: check that every configured device is bound to vfio-pci, and say why not.");
}

int VerifyCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    RootCommandOptions options;
    if (const auto stop =
            parseRootCommand(summary(), tr("Print JSON instead of sentences."), arguments, out, err, options))
        return *stop;

    const MachineVerification machine = verifyMachine(options.root);
    if (options.json)
        out << QJsonDocument(verificationToJson(machine.verification)).toJson(QJsonDocument::Indented);
    else
        out << verificationToText(machine.verification);
    out.flush();
    return exitCodeFor(machine.verification.overall());
}

} // namespace vfio::cli
