#include "KernelModuleIndex.h"

#include "PlanTypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vfio {

namespace {

// "kernel/drivers/vfio/pci/vfio-pci.ko.zst" -> "vfio_pci"
QString moduleNameFromPath(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    QStringView base = slash >= 0 ? path.mid(slash + 1) : path;
    const qsizetype ko = base.indexOf(QLatin1String(".ko"));
    if (ko > 0)
        base = base.left(ko);
    return KernelModuleIndex::normalized(base.toString());
}

bool readLines(const QString &path, QList<QByteArray> *lines, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("%1 could not be read (%2).").arg(path, file.errorString());
        return false;
    }
    *lines = file.readAll().split('\n');
    return true;
}

} // namespace

KernelModuleIndex::KernelModuleIndex(QString release, QSet<QString> modules, QSet<QString> builtin)
    : m_release(std::move(release)), m_loaded(true)
{
    for (const QString &name : modules)
        m_modules.insert(normalized(name));
    for (const QString &name : builtin)
        m_builtin.insert(normalized(name));
}

QString KernelModuleIndex::normalized(const QString &name)
{
    QString result = name.trimmed();
    result.replace(QLatin1Char('-'), QLatin1Char('_'));
    return result;
}

KernelModuleIndex KernelModuleIndex::load(const QString &root, const QString &release)
{
    KernelModuleIndex index;
    index.m_release = release;
    if (index.m_release.isEmpty()) {
        QFile osrelease(underRoot(root, QStringLiteral("/proc/sys/kernel/osrelease")));
        if (osrelease.open(QIODevice::ReadOnly))
            index.m_release = QString::fromUtf8(osrelease.readAll()).trimmed();
    }
    if (index.m_release.isEmpty()) {
        index.m_problem = QStringLiteral("The running kernel's release is unknown (%1 is missing), so its "
                                         "modules cannot be checked.")
                              .arg(underRoot(root, QStringLiteral("/proc/sys/kernel/osrelease")));
        return index;
    }
    const QString dir = underRoot(root, QStringLiteral("/lib/modules/") + index.m_release);
    QList<QByteArray> lines;
    if (!readLines(dir + QStringLiteral("/modules.dep"), &lines, &index.m_problem)) {
        index.m_problem +=
            QStringLiteral(" The modules of kernel %1 are not installed under %2; install that "
                           "kernel's modules package or boot the kernel you want to configure.")
                .arg(index.m_release, dir);
        return index;
    }
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            index.m_modules.insert(moduleNameFromPath(QString::fromUtf8(line.left(colon))));
    }
    // modules.builtin is optional: a kernel with nothing built in as a "module" may lack it.
    QString ignored;
    if (readLines(dir + QStringLiteral("/modules.builtin"), &lines, &ignored)) {
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty())
                index.m_builtin.insert(moduleNameFromPath(QString::fromUtf8(line.trimmed())));
        }
    }
    index.m_loaded = true;
    index.readDriverModules(root);
    return index;
}

bool KernelModuleIndex::isModule(const QString &name) const
{
    return m_modules.contains(normalized(name));
}

bool KernelModuleIndex::isBuiltin(const QString &name) const
{
    return m_builtin.contains(normalized(name));
}

void KernelModuleIndex::readDriverModules(const QString &root)
{
    // Each loaded PCI driver links to its module: drivers/xhci_hcd/module -> ../../../../module/xhci_pci.
    const QDir drivers(underRoot(root, QStringLiteral("/sys/bus/pci/drivers")));
    for (const QString &driver : drivers.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString link = drivers.filePath(driver + QStringLiteral("/module"));
        QString target = QFileInfo(link).isSymLink() ? QFile::symLinkTarget(link) : QString();
        if (target.isEmpty())
            continue;
        m_driverModules.insert(driver, normalized(QFileInfo(target).fileName()));
    }
}

QString KernelModuleIndex::moduleForDriver(const QString &driver) const
{
    if (driver.isEmpty())
        return {};
    if (const auto it = m_driverModules.constFind(driver); it != m_driverModules.cend())
        return !m_loaded || isModule(*it) ? *it : QString();
    const QString name = normalized(driver);
    return isModule(name) ? name : QString();
}

QStringList KernelModuleIndex::vfioInitramfsModules() const
{
    QStringList result;
    // Order of loading; dependencies would be pulled in anyway, the order just reads like the guides.
    const QStringList wanted{QStringLiteral("vfio"), QStringLiteral("vfio_iommu_type1"),
                             QStringLiteral("vfio_virqfd"), QStringLiteral("vfio_pci")};
    for (const QString &name : wanted) {
        // vfio_virqfd became part of vfio in 6.2: listed only when this kernel still has the module.
        if (isModule(name))
            result.append(name);
    }
    return result;
}

} // namespace vfio
