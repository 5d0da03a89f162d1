// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayContent.h"

#include <QCoreApplication>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::TrayContent)
};

TrayStatus statusFor(Verification::Overall overall)
{
    switch (overall) {
    case Verification::Overall::AsConfigured:
        return TrayStatus::AsConfigured;
    case Verification::Overall::RestartPending:
        return TrayStatus::RestartPending;
    case Verification::Overall::Mismatch:
        return TrayStatus::NotBound;
    case Verification::Overall::NothingConfigured:
        break;
    }
    return TrayStatus::NothingConfigured;
}

QString titleFor(TrayStatus status)
{
    switch (status) {
    case TrayStatus::AsConfigured:
        return Text::tr("VFIO passthrough: every device as configured");
    case TrayStatus::RestartPending:
        return Text::tr("VFIO passthrough: restart to finish");
    case TrayStatus::NotBound:
        return Text::tr("VFIO passthrough: a configured device is not bound");
    case TrayStatus::NothingConfigured:
        break;
    }
    return Text::tr("VFIO passthrough: nothing configured");
}

TrayDeviceLine lineFor(const DeviceVerification &device)
{
    TrayDeviceLine line;
    line.address = device.address;
    line.problem = device.status == DeviceStatus::NotBound;
    line.status = line.problem                           ? TrayStatus::NotBound
                  : device.status == DeviceStatus::Bound ? TrayStatus::AsConfigured
                                                         : TrayStatus::RestartPending;
    const QString state = line.problem ? Text::tr("not bound: %1").arg(device.why) : device.text;
    line.text = QStringLiteral("%1 %2: %3").arg(device.address.toShortString(), device.name, state);
    return line;
}

} // namespace

QString toString(TrayStatus status)
{
    switch (status) {
    case TrayStatus::AsConfigured:
        return QStringLiteral("as-configured");
    case TrayStatus::RestartPending:
        return QStringLiteral("restart-pending");
    case TrayStatus::NotBound:
        return QStringLiteral("not-bound");
    case TrayStatus::NothingConfigured:
        break;
    }
    return QStringLiteral("nothing-configured");
}

TrayContent trayContent(const Verification &verification)
{
    TrayContent content;
    content.status = statusFor(verification.overall());
    content.title = titleFor(content.status);
    content.summary = verification.summary();
    QStringList problems;
    for (const DeviceVerification &device : verification.relevant()) {
        content.devices.append(lineFor(device));
        if (device.status == DeviceStatus::NotBound)
            problems.append(device.address.toString() + QLatin1Char('=') + toString(device.reason));
    }
    for (const QString &id : verification.unmatchedIds)
        problems.append(QStringLiteral("id=") + id);
    if (content.status == TrayStatus::NotBound)
        content.problemKey = problems.join(QLatin1Char(' '));
    return content;
}

QString TrayContent::toolTip() const
{
    QStringList lines{title};
    for (const TrayDeviceLine &line : devices)
        lines.append(line.text);
    return lines.join(QLatin1Char('\n'));
}

QIcon trayIcon(TrayStatus status)
{
    // The theme may carry our icons under these names (installed with the app); ours are the fallback.
    const QString name = toString(status);
    return QIcon::fromTheme(QStringLiteral("io.github.vfio_isolator-") + name,
                            QIcon(QStringLiteral(":/icons/tray/%1.svg").arg(name)));
}

} // namespace vfio
