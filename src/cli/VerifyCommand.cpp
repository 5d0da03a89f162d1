#include "VerifyCommand.h"

#include "CommandSupport.h"

#include "verify/MachineVerification.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vfio::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::VerifyCommand", text);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject verificationToJson(const Verification &verification)
{
    QJsonArray devices;
    for (const DeviceVerification &device : verification.relevant()) {
        devices.append(QJsonObject{
            {QStringLiteral("address"), device.address.toString()},
            {QStringLiteral("name"), device.name},
            {QStringLiteral("configured"), device.configured},
            {QStringLiteral("driver"), stringOrNull(device.driver)},
            {QStringLiteral("state"), toString(device.status)},
            {QStringLiteral("reason"), stringOrNull(toString(device.reason))},
            {QStringLiteral("message"), device.text},
        });
    }
    return QJsonObject{
        {QStringLiteral("devices"), devices},
        {QStringLiteral("overall"), toString(verification.overall())},
        {QStringLiteral("summary"), verification.summary()},
        {QStringLiteral("unmatched_ids"), QJsonArray::fromStringList(verification.unmatchedIds)},
        {QStringLiteral("safety_boot"), verification.safetyBoot},
    };
}

QString verificationToText(const Verification &verification)
{
    QString text;
    for (const DeviceVerification &device : verification.relevant()) {
        text += QStringLiteral("%1  %2\n    %3\n    %4\n")
                    .arg(device.address.toShortString(), device.name, device.text, device.detail);
    }
    for (const QString &id : verification.unmatchedIds)
        text +=
            tr("%1  matches no device on this computer: the configuration does nothing for it.\n").arg(id);
    return text + verification.summary() + QLatin1Char('\n');
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
