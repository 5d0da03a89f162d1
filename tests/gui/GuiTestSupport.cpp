#include "GuiTestSupport.h"

#include "topology/TopologyScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace vfio::test {

QString fixture(const QString &name)
{
    return QStringLiteral(VFIO_TEST_DATA_DIR "/") + name;
}

QStringList fixtureNames()
{
    QStringList names;
    const QDir data(QStringLiteral(VFIO_TEST_DATA_DIR));
    for (const QString &name : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo(data.filePath(name) + QStringLiteral("/sys/bus/pci/devices")).isDir())
            names.append(name);
    }
    return names;
}

Topology scanFixture(const QString &name)
{
    return TopologyScanner(fixture(name)).scan();
}

void FakeHelper::preview(const QStringList &)
{
    ++previews;
    QTimer::singleShot(0, this, [this] { emit previewReady(planJson); });
}

void FakeHelper::apply(const QStringList &addresses)
{
    applied = addresses;
    replay(QStringLiteral("tx-apply"));
}

void FakeHelper::revert()
{
    ++reverts;
    replay(QStringLiteral("tx-revert"));
}

void FakeHelper::previewCommandLine(const CommandLineChange &change)
{
    ++previews;
    previewedChange = change;
    QTimer::singleShot(0, this, [this] { emit previewReady(planJson); });
}

void FakeHelper::setCommandLine(const CommandLineChange &change)
{
    ++commandLineSets;
    setChange = change;
    replay(QStringLiteral("tx-cmdline"));
}

void FakeHelper::requestState()
{
    QTimer::singleShot(0, this, [this] { emit stateReady(QStringLiteral("{}")); });
}

void FakeHelper::replay(const QString &id)
{
    QTimer::singleShot(0, this, [this, id] {
        emit transactionStarted(id);
        for (const QString &step : steps) {
            emit progress(id, step, QString());
            emit progress(id, step, QStringLiteral("output of: %1").arg(step));
        }
        emit finished(id, succeed, finishMessage);
    });
}

} // namespace vfio::test
