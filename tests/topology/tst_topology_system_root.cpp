// SPDX-License-Identifier: GPL-3.0-or-later
// underRoot(): the one join of a system root and a path on the target system, used by the scan, the policy,
// the boot loader detection and the helper alike.

#include "topology/SystemRoot.h"

#include <QTest>

using namespace vfio;

class TopologySystemRoot : public QObject
{
    Q_OBJECT

private slots:
    void joinsRootAndPath_data();
    void joinsRootAndPath();
};

void TopologySystemRoot::joinsRootAndPath_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("joined");
    QTest::newRow("snapshot") << QStringLiteral("/tmp/r") << QStringLiteral("/etc/x")
                              << QStringLiteral("/tmp/r/etc/x");
    QTest::newRow("trailing slash") << QStringLiteral("/tmp/r/") << QStringLiteral("/etc/x")
                                    << QStringLiteral("/tmp/r/etc/x");
    QTest::newRow("trailing slashes")
        << QStringLiteral("/tmp/r//") << QStringLiteral("/etc/x") << QStringLiteral("/tmp/r/etc/x");
    QTest::newRow("machine") << QStringLiteral("/") << QStringLiteral("/etc/x") << QStringLiteral("/etc/x");
    QTest::newRow("machine, doubled slash")
        << QStringLiteral("//") << QStringLiteral("/etc/x") << QStringLiteral("/etc/x");
    QTest::newRow("empty root is the machine")
        << QString() << QStringLiteral("/etc/x") << QStringLiteral("/etc/x");
    QTest::newRow("relative path") << QStringLiteral("/tmp/r") << QStringLiteral("etc/x")
                                   << QStringLiteral("/tmp/r/etc/x");
    QTest::newRow("machine, relative path")
        << QStringLiteral("/") << QStringLiteral("etc/x") << QStringLiteral("/etc/x");
    QTest::newRow("relative root") << QStringLiteral("tests/data/seed") << QStringLiteral("/sys/bus/pci")
                                   << QStringLiteral("tests/data/seed/sys/bus/pci");
}

void TopologySystemRoot::joinsRootAndPath()
{
    QFETCH(QString, root);
    QFETCH(QString, path);
    QFETCH(QString, joined);
    QCOMPARE(underRoot(root, path), joined);
}

QTEST_GUILESS_MAIN(TopologySystemRoot)
#include "tst_topology_system_root.moc"
