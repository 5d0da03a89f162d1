// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "DeviceFilterModel.h"
#include "DeviceTreeModel.h"
#include "MainWindow.h"
#include "topology/TopologyScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTimer>
#include <QTreeView>

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

QModelIndex rowOf(MainWindow &window, const char *address, int column)
{
    const QModelIndex source =
        window.model()->indexOf(*PciAddress::parse(QString::fromLatin1(address)), column);
    return window.filterModel()->mapFromSource(source);
}

Qt::CheckState checkOf(MainWindow &window, const char *address)
{
    return static_cast<Qt::CheckState>(rowOf(window, address).data(Qt::CheckStateRole).toInt());
}

void clickCheckBox(QTreeView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
}

} // namespace vfio::test
