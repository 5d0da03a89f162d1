#include "DeviceState.h"

#include "policy/PlanTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace vfio {

namespace {
// The translation context of this file's sentences (lupdate reads Q_DECLARE_TR_FUNCTIONS).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::DeviceState)
};

bool isVfioDriver(const QString &driver)
{
    return driver == QLatin1String("vfio-pci") || driver == QLatin1String("vfio_pci");
}

std::optional<qint64> bootTime(const QString &root)
{
    QFile stat(underRoot(root, QStringLiteral("/proc/stat")));
    if (!stat.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    while (!stat.atEnd()) {
        const QByteArray line = stat.readLine().trimmed();
        if (line.startsWith("btime ")) {
            bool ok = false;
            const qint64 seconds = line.mid(6).trimmed().toLongLong(&ok);
            if (ok)
                return seconds;
        }
    }
    return std::nullopt;
}
} // namespace

DeviceState deviceState(const PciDevice &device, bool staysWithHost, const BootConfiguration &boot,
                        bool iommuActive)
{
    DeviceState state;
    const bool onVfio = isVfioDriver(device.driver);
    const QString driverWords =
        device.driver.isEmpty() ? Text::tr("no driver") : Text::tr("driver %1").arg(device.driver);

    if (staysWithHost) {
        state.kind = DeviceState::Kind::StaysWithHost;
        state.text = Text::tr("on the host (bridge)");
        state.detail =
            Text::tr("Bridges and root ports always stay with the host; the devices behind them can still "
                     "be given to a virtual machine.");
        return state;
    }
    if (!boot.config) {
        // Without the configuration only today's binding is known.
        state.kind = onVfio ? DeviceState::Kind::BoundToVfio : DeviceState::Kind::OnHost;
        state.text = onVfio ? Text::tr("bound to vfio-pci") : Text::tr("on the host");
        state.detail = onVfio ? Text::tr("vfio-pci holds it now; the configuration could not be read.")
                              : Text::tr("It uses %1 on the host now; the configuration could not be read.")
                                    .arg(driverWords);
        return state;
    }
    const bool configured = boot.config->binds(device);
    if (onVfio && configured) {
        state.kind = DeviceState::Kind::BoundToVfio;
        state.text = Text::tr("bound to vfio-pci");
        state.detail =
            Text::tr("vfio-pci holds it and the configuration keeps it so at every boot: it is ready for a "
                     "virtual machine.");
    } else if (onVfio) {
        state.kind = DeviceState::Kind::WillReturnToHost;
        state.text = Text::tr("will return to the host at next boot");
        state.detail =
            Text::tr("vfio-pci holds it now, but the configuration no longer names it: after a restart its "
                     "normal driver takes it back.");
    } else if (configured && boot.changedSinceBoot) {
        state.kind = DeviceState::Kind::WillBindAtBoot;
        state.text = Text::tr("will bind at next boot");
        state.detail = Text::tr("The configuration names it; vfio-pci takes it at the next boot (now: %1).")
                           .arg(driverWords);
    } else if (configured) {
        state.kind = DeviceState::Kind::ConfiguredNotBound;
        QString why;
        if (!iommuActive)
            why = Text::tr("the IOMMU is off, so vfio-pci cannot take it");
        else if (!boot.config->managed && boot.config->softdepModules.isEmpty())
            why = Text::tr("%1 claimed it first; vfio-pci is not loaded before it").arg(driverWords);
        else
            why = Text::tr("%1 claimed it first; the initramfs may predate the configuration (regenerate it)")
                      .arg(driverWords);
        state.text = Text::tr("configured but not bound (%1)").arg(why);
        state.detail =
            Text::tr("The configuration names it but it was not bound to vfio-pci at this boot: %1.")
                .arg(why);
    } else {
        state.kind = DeviceState::Kind::OnHost;
        state.text = Text::tr("on the host");
        state.detail =
            Text::tr("It uses %1 on the host and is not configured for vfio-pci.").arg(driverWords);
    }
    return state;
}

BootConfiguration readBootConfiguration(const QString &root)
{
    BootConfiguration boot;
    // Inside a Flatpak the sandbox's /etc is the runtime's; the host's is at /run/host/etc (host-etc:ro).
    const bool sandboxed = root == QLatin1String("/") && QFileInfo::exists(QStringLiteral("/.flatpak-info"));
    const QString path =
        sandboxed ? QStringLiteral("/run/host") + VfioConfig::path() : underRoot(root, VfioConfig::path());
    QFile file(path);
    if (!file.exists()) {
        boot.config = ConfiguredState{};
        return boot;
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return boot; // unreadable: say so through an empty optional
    boot.config = VfioConfig::parse(QString::fromUtf8(file.readAll()));
    // A snapshot without a boot time cannot tell; "will bind at next boot" is then the honest guess.
    const auto booted = bootTime(root);
    boot.changedSinceBoot = !booted || QFileInfo(path).lastModified().toSecsSinceEpoch() > *booted;
    return boot;
}

} // namespace vfio
