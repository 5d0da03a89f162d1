// SPDX-License-Identifier: GPL-3.0-or-later
// `vfio-isolator-cli preview-iommu` and `enable-iommu` before they reach the helper: the words come from the
// system check of the --root given, and when nothing is needed they say so and exit 0 without calling the
// helper. The system bus is pointed at a socket that does not exist, so any call to the helper would fail
// with "no connection"; the helper side is tested in tests/helper/helper_cmdline_integration.
#include "CliRun.h"

#include <QProcess>
#include <QTest>

namespace {

// No system bus: any call that reached the helper would fail.
vfio::test::CliRun runCli(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/bus"));
    return vfio::test::runCli(arguments, environment);
}

QString fixture(const char *name)
{
    return QStringLiteral(VFIO_TEST_DATA_DIR "/") + QLatin1String(name);
}

} // namespace

class CliIommu : public QObject
{
    Q_OBJECT

private slots:
    void nothingNeededNeverCallsTheHelper()
    {
        // seed: the IOMMU is on. Without a bus, a call to the helper would fail.
        const QStringList root{QStringLiteral("--root"), fixture("seed")};
        const QList<QStringList> commands{
            QStringList{QStringLiteral("enable-iommu"), QStringLiteral("--yes")} + root,
            QStringList{QStringLiteral("preview-iommu")} + root};
        for (const QStringList &arguments : commands) {
            const vfio::test::CliRun run = runCli(arguments);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.startsWith(QStringLiteral("Nothing to change")), qPrintable(run.out + run.err));
            QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        }
    }

    void wordsComeFromTheSystemCheck()
    {
        // noiommu: the check wants intel_iommu=on and intel_iommu=off gone; then the helper is asked.
        const vfio::test::CliRun run = runCli({QStringLiteral("enable-iommu"), QStringLiteral("--yes"),
                                               QStringLiteral("--root"), fixture("noiommu")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(
                     QStringLiteral("Kernel command line: add intel_iommu=on; remove intel_iommu=off")),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("no connection to the system bus")), qPrintable(run.err));
    }

    void passthroughModeAddsIommuPt()
    {
        // seed boots with intel_iommu=on: it is kept next to the new word, as a GRUB drop-in holds them all.
        const vfio::test::CliRun run =
            runCli({QStringLiteral("preview-iommu"), QStringLiteral("--passthrough-mode"),
                    QStringLiteral("--root"), fixture("seed")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(QStringLiteral("Kernel command line: add iommu=pt intel_iommu=on\n")),
                 qPrintable(run.out));
    }

    void usageErrors()
    {
        const vfio::test::CliRun extra = runCli({QStringLiteral("enable-iommu"), QStringLiteral("now")});
        QCOMPARE(extra.exitCode, 2);
        QVERIFY(extra.err.contains(QStringLiteral("Unexpected argument 'now'")));
        const vfio::test::CliRun root = runCli(
            {QStringLiteral("preview-iommu"), QStringLiteral("--root"), QStringLiteral("/nonexistent/r")});
        QCOMPARE(root.exitCode, 2);
        QVERIFY(root.err.contains(QStringLiteral("/nonexistent/r does not exist")));
    }
};

QTEST_GUILESS_MAIN(CliIommu)
#include "tst_cli_iommu.moc"
