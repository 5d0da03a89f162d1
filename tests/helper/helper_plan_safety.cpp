// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's last checks before it runs a program as root (issue 11): only a program a backend names, by
// the absolute path in that backend's own list, and only when it is a regular file owned by root that its
// group and others cannot change, in a folder of the same kind.
#include "PlanSafety.h"
#include "TransactionStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vfio;

namespace {
bool writeProgram(const QString &path, QFileDevice::Permissions permissions)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\nexit 0\n") < 0)
        return false;
    file.close();
    return QFile::setPermissions(path, permissions);
}

const QFileDevice::Permissions rwxr_xr_x =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
    QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
} // namespace

class HelperPlanSafety : public QObject
{
    Q_OBJECT

private slots:
    // One predicate for "inside this folder": what a record may name (isManagedPath) and which files State()
    // reads vfio-pci ids from (isPathUnder /etc/modprobe.d). A plain prefix test said yes to the ".." cases.
    void aPathIsUnderAFolderOnlyWithoutDetours_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("managed");
        QTest::addColumn<bool>("modprobe");
        QTest::newRow("modprobe file") << QStringLiteral("/etc/modprobe.d/x.conf") << true << true;
        QTest::newRow("boot entry") << QStringLiteral("/boot/loader/entries/x.conf") << true << false;
        QTest::newRow("efi") << QStringLiteral("/efi/loader/entries/x.conf") << true << false;
        QTest::newRow("out of /etc") << QStringLiteral("/etc/../x") << false << false;
        QTest::newRow("out of modprobe.d") << QStringLiteral("/etc/modprobe.d/../../x") << false << false;
        QTest::newRow("dot") << QStringLiteral("/etc/modprobe.d/./x.conf") << false << false;
        QTest::newRow("empty segment") << QStringLiteral("/etc/modprobe.d//x.conf") << false << false;
        QTest::newRow("the folder itself") << QStringLiteral("/etc/modprobe.d/") << false << false;
        QTest::newRow("/etc alone") << QStringLiteral("/etc") << false << false;
        QTest::newRow("/etcfoo") << QStringLiteral("/etcfoo") << false << false;
        QTest::newRow("modprobe.dx") << QStringLiteral("/etc/modprobe.dx/x.conf") << true << false;
        QTest::newRow("relative") << QStringLiteral("etc/modprobe.d/x.conf") << false << false;
        QTest::newRow("dot relative") << QStringLiteral("./etc/modprobe.d/x.conf") << false << false;
        QTest::newRow("elsewhere") << QStringLiteral("/usr/lib/modprobe.d/x.conf") << false << false;
    }

    void aPathIsUnderAFolderOnlyWithoutDetours()
    {
        QFETCH(QString, path);
        QFETCH(bool, managed);
        QFETCH(bool, modprobe);
        QCOMPARE(isManagedPath(path), managed);
        QCOMPARE(isPathUnder(path, QStringLiteral("/etc/modprobe.d")), modprobe);
    }

    void onlyTheBackendsProgramsMayRun_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("update-initramfs") << QStringLiteral("/usr/sbin/update-initramfs") << true;
        QTest::newRow("dracut") << QStringLiteral("/usr/bin/dracut") << true;
        QTest::newRow("booster's script") << QStringLiteral("/usr/lib/booster/regenerate_images") << true;
        QTest::newRow("update-grub") << QStringLiteral("/usr/sbin/update-grub") << true;
        QTest::newRow("grub2-mkconfig") << QStringLiteral("/usr/sbin/grub2-mkconfig") << true;
        QTest::newRow("grubby") << QStringLiteral("/usr/bin/grubby") << true;
        QTest::newRow("kernel-install") << QStringLiteral("/usr/bin/kernel-install") << true;
        QTest::newRow("kernelstub") << QStringLiteral("/usr/bin/kernelstub") << true;
        // Programs in the system's folders that no backend names (all allowed by the old folder pattern).
        QTest::newRow("a shell") << QStringLiteral("/usr/bin/sh") << false;
        QTest::newRow("rm") << QStringLiteral("/bin/rm") << false;
        QTest::newRow("update-initramfs elsewhere")
            << QStringLiteral("/usr/local/sbin/update-initramfs") << false;
        QTest::newRow("relative") << QStringLiteral("update-initramfs") << false;
        QTest::newRow("dot-dot") << QStringLiteral("/usr/sbin/../bin/sh") << false;
    }

    void onlyTheBackendsProgramsMayRun()
    {
        QFETCH(QString, program);
        QFETCH(bool, allowed);
        QCOMPARE(isBackendProgram(program), allowed);
    }

    void onlyRootsUnwritableFilesMayRun()
    {
        if (::geteuid() != 0)
            QSKIP("Files owned by root can only be made by root; CI runs the suite as root.");
        QTemporaryDir root;
        const TransactionStore store(root.path());
        const QString tool = QStringLiteral("/usr/sbin/update-initramfs");
        const QString path = store.hostPath(tool);
        const QList<QStringList> commands{{tool, QStringLiteral("-u")}};
        QVERIFY(writeProgram(path, rwxr_xr_x));
        QVERIFY2(checkProgramTrusted(path, 0).ok(), qPrintable(checkProgramTrusted(path, 0).error()));
        QVERIFY(checkCommandsMayRun(store, commands, 0).ok());

        QVERIFY(QFile::setPermissions(path, rwxr_xr_x | QFileDevice::WriteGroup)); // group may change it
        QVERIFY(checkProgramTrusted(path, 0).error().contains(QStringLiteral("others may change it")));
        const auto refusal = checkCommandsMayRun(store, commands, 0);
        QVERIFY(!refusal.ok());
        QVERIFY2(refusal.error().contains(tool) && refusal.error().contains(QStringLiteral("was not run")),
                 qPrintable(refusal.error()));

        QVERIFY(QFile::setPermissions(path, rwxr_xr_x));
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0); // nobody's file
        QVERIFY(!checkProgramTrusted(path, 0).ok());
        QVERIFY(::chown(QFile::encodeName(path).constData(), 0, 0) == 0);

        const QString folder = QFileInfo(path).absolutePath(); // anyone may swap the file in its folder
        QVERIFY(QFile::setPermissions(folder, rwxr_xr_x | QFileDevice::WriteOther));
        QVERIFY(checkProgramTrusted(path, 0).error().contains(QStringLiteral("folder")));
        QVERIFY(QFile::setPermissions(folder, rwxr_xr_x));

        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkpath(path)); // a folder where the program should be
        QVERIFY(checkProgramTrusted(path, 0).error().contains(QStringLiteral("regular file")));
    }

    void aProgramNoBackendNamesIsRefusedWhateverItsFile()
    {
        QTemporaryDir root;
        const TransactionStore store(root.path());
        const auto refusal =
            checkCommandsMayRun(store, {{QStringLiteral("/usr/bin/touch"), QStringLiteral("/x")}}, 0);
        QVERIFY(!refusal.ok());
        QVERIFY2(refusal.error().contains(QStringLiteral("no backend")), qPrintable(refusal.error()));
    }
};

QTEST_GUILESS_MAIN(HelperPlanSafety)
#include "helper_plan_safety.moc"
