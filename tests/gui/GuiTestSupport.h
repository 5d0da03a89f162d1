// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SystemChangeService.h"
#include "topology/Topology.h"

#include <QModelIndex>
#include <QString>
#include <QStringList>

class QTreeView;

namespace vfio {
class MainWindow;
}

namespace vfio::test {

QString fixture(const QString &name); // VFIO_TEST_DATA_DIR/name
QStringList fixtureNames();           // every folder under tests/data that holds sys/bus/pci/devices
Topology scanFixture(const QString &name);

// The window's row (in its filter model) of a device, and its check state.
QModelIndex rowOf(MainWindow &window, const char *address, int column = 0);
Qt::CheckState checkOf(MainWindow &window, const char *address);
// Clicks the check box of a row with the mouse, where the style draws it.
void clickCheckBox(QTreeView *view, const QModelIndex &index);

// An in-process helper for dialog tests: answers Preview with `planJson`, and Apply/Revert by replaying
// `steps` as Progress signals and then Finished(success, message), each after an event-loop turn, like the
// bus would.
class FakeHelper : public SystemChangeService
{
    Q_OBJECT

public:
    QString planJson;
    QStringList steps{QStringLiteral("Writing /etc/modprobe.d/vfio.conf"),
                      QStringLiteral("Regenerating the initramfs with update-initramfs")};
    bool succeed = true;
    QString finishMessage = QStringLiteral("02:00.0 and 02:00.1 go to vfio-pci at the next boot.");
    QStringList applied; // addresses of the last Apply
    int previews = 0;
    int reverts = 0;
    CommandLineChange previewedChange; // of the last previewCommandLine
    CommandLineChange setChange;       // of the last setCommandLine
    int commandLineSets = 0;

    void preview(const QStringList &addresses) override;
    void apply(const QStringList &addresses) override;
    void revert() override;
    void requestState() override;
    void previewCommandLine(const CommandLineChange &change) override;
    void setCommandLine(const CommandLineChange &change) override;

private:
    void replay(const QString &id);
};

} // namespace vfio::test
