// SPDX-License-Identifier: GPL-3.0-or-later
// The names of the helper's D-Bus interface: the values docs/security.md gives, and the same names in the
// introspection XML, the bus policy, the activation file and the polkit actions.
#include "HelperInterface.h"

#include <QFile>
#include <QTest>

using namespace vfio;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

} // namespace

class TestInterfaceNames : public QObject
{
    Q_OBJECT

private slots:
    void theNamesAreTheDocumentedOnes()
    {
        QCOMPARE(helperinterface::busName(), QStringLiteral("io.github.vfio_isolator.Helper"));
        QCOMPARE(helperinterface::objectPath(), QStringLiteral("/io/github/vfio_isolator/Helper"));
        QCOMPARE(helperinterface::interfaceName(), QStringLiteral("io.github.vfio_isolator.Helper1"));
        QCOMPARE(helpererrors::errorName(HelperError::NotAuthorized),
                 QStringLiteral("io.github.vfio_isolator.Error.NotAuthorized"));
        QVERIFY(helpererrors::errorName(HelperError::Failed).startsWith(helpererrors::namePrefix()));
    }

    void theDataFilesSpellTheSameNames()
    {
        const QString xml = readFile(QStringLiteral(VFIO_HELPER_INTERFACE_XML));
        QVERIFY(xml.contains(QStringLiteral("<interface name=") + quoted(helperinterface::interfaceName())));
        const QString conf =
            readFile(QStringLiteral(VFIO_SOURCE_DIR "/resources/dbus/io.github.vfio_isolator.Helper.conf"));
        QVERIFY(conf.contains(QStringLiteral("own=") + quoted(helperinterface::busName())));
        QVERIFY(conf.contains(QStringLiteral("send_interface=") + quoted(helperinterface::interfaceName())));
        const QString service = readFile(
            QStringLiteral(VFIO_SOURCE_DIR "/resources/dbus/io.github.vfio_isolator.Helper.service.in"));
        QVERIFY(service.contains(QStringLiteral("Name=") + helperinterface::busName() + QLatin1Char('\n')));
        const QString policy =
            readFile(QStringLiteral(VFIO_SOURCE_DIR "/resources/polkit/io.github.vfio_isolator.policy"));
        QVERIFY(policy.contains(QStringLiteral("action id=") + quoted(helpererrors::applyAction())));
        QVERIFY(
            policy.contains(QStringLiteral("action id=") + quoted(helpererrors::kernelCommandLineAction())));
    }
};

QTEST_GUILESS_MAIN(TestInterfaceNames)
#include "tst_interface_names.moc"
