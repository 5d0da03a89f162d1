// SPDX-License-Identifier: GPL-3.0-or-later
// The service's own logic, without root (issue 11): HelperService in this process on a private bus of its
// own, with a scripted authorizer in place of polkit, on a copy of the seed fixture. The cases run in order
// and build on each other (the revert undoes the apply before it). Shows what is asked
// (action, caller, details) and when, that a "no" changes nothing, that replies go out on the caller's own
// connection (no system bus is reachable here), and that a second caller waits for nobody. Runs as a plain
// user: run-as-plain-user.sh drops root first. The real polkitd cases are in helper_fail_closed.
#include "AuthorizationDetails.h"
#include "HelperInterface.h"
#include "HelperService.h"
#include "HelperTestBed.h"
#include "ScriptedAuthorizer.h"
#include "ServicePublisher.h"

#include <QDBusConnection>
#include <QDBusPendingCall>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <QTemporaryFile>

#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

using namespace helpertest;
using vfio::AuthorizationRequest;

namespace {
const QString notAuthorized = QStringLiteral("io.github.vfio_isolator.Error.NotAuthorized");
const QString busy = QStringLiteral("io.github.vfio_isolator.Error.Busy");
const QString gpu = QStringLiteral("0000:03:00.0");
const QByteArray grubDefaults =
    "GRUB_DEFAULT=0\nGRUB_CMDLINE_LINUX_DEFAULT=\"quiet\"\nGRUB_CMDLINE_LINUX=\"\"\n";
// What this process writes to stderr (the audit lines, when JOURNAL_STREAM is unset) while it lives.
class StderrCapture
{
public:
    StderrCapture()
    {
        std::fflush(stderr);
        m_file.open();
        m_saved = ::dup(STDERR_FILENO);
        ::dup2(m_file.handle(), STDERR_FILENO);
    }
    ~StderrCapture() { restore(); }
    QByteArray text()
    {
        restore();
        m_file.seek(0);
        return m_file.readAll();
    }

private:
    void restore()
    {
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
        m_saved = -1;
    }
    QTemporaryFile m_file;
    int m_saved = -1;
};
} // namespace

// What the Finished signal said, as the client saw it.
class FinishedListener : public QObject
{
    Q_OBJECT
public:
    QStringList ids;
    QList<bool> successes;
    QStringList messages;

public slots:
    void onFinished(const QString &id, bool success, const QString &message)
    {
        ids.append(id);
        successes.append(success);
        messages.append(message);
    }
};

class HelperServiceLogic : public QObject
{
    Q_OBJECT

    HelperTestBed m_bed; // the fixture copy and the file helpers; no daemon of its own here
    QString m_root;
    QProcess m_bus;
    QString m_address;
    ScriptedAuthorizer m_authorizer;
    std::unique_ptr<vfio::HelperService> m_service;
    FinishedListener m_finished;

    QDBusConnection client(const QString &name) { return QDBusConnection::connectToBus(m_address, name); }

    QDBusPendingCall send(QDBusConnection connection, const QString &method, const QVariantList &arguments)
    {
        using namespace vfio::helperinterface;
        QDBusMessage message =
            QDBusMessage::createMethodCall(busName(), objectPath(), interfaceName(), method);
        message.setArguments(arguments);
        return connection.asyncCall(message, 30000);
    }

    // One call from the main client, waited for (the service answers from this thread's event loop).
    QDBusMessage call(const QString &method, const QVariantList &arguments = {})
    {
        QDBusPendingCall pending = send(client(QStringLiteral("client")), method, arguments);
        if (!QTest::qWaitFor([&] { return pending.isFinished(); }, 30000))
            return {};
        return pending.reply();
    }

    bool waitForFinished(qsizetype count)
    {
        return QTest::qWaitFor([&] { return m_finished.ids.size() >= count; }, 30000);
    }

    QStringList everything() const { return treeListing(m_root, {QStringLiteral("tool")}); }

    static QString describe(const QDBusMessage &reply)
    {
        return reply.type() == QDBusMessage::ErrorMessage
                   ? reply.errorName() + QStringLiteral(": ") + reply.errorMessage()
                   : reply.arguments().value(0).toString();
    }

    void startPrivateBus()
    {
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                     QStringLiteral("--print-address=1"),
                     QStringLiteral("--address=unix:path=") + m_bed.folder() + QStringLiteral("/bus")});
        QVERIFY2(m_bus.waitForStarted(10000), "dbus-daemon is missing: run scripts/setup.sh");
        QVERIFY(QTest::qWaitFor([&] { return m_bus.canReadLine(); }, 10000));
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    }

    void prepareSystem()
    {
        m_bed.copyFixture(QStringLiteral("seed"));
        if (QTest::currentTestFailed())
            return;
        m_root = m_bed.root();
        QVERIFY(m_bed.makeDebianWithGrub(grubDefaults));
        QVERIFY(m_bed.installFakeUpdateInitramfs());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(::geteuid() != 0,
                 "This test shows what needs no root: run it through run-as-plain-user.sh.");
        prepareSystem();
        if (QTest::currentTestFailed())
            return;
        startPrivateBus();
        if (QTest::currentTestFailed())
            return;
        vfio::HelperService::Options options;
        options.root = m_root;
        options.programOwnerUid = ::getuid(); // the fixture's stand-in tools are ours, not root's
        m_service = std::make_unique<vfio::HelperService>(options, m_authorizer);
        QDBusConnection serviceBus = QDBusConnection::connectToBus(m_address, QStringLiteral("service"));
        QVERIFY(serviceBus.isConnected());
        const vfio::Result<void> published = vfio::publishService(serviceBus, *m_service);
        QVERIFY2(published.ok(), qPrintable(published.ok() ? QString() : published.error()));
        QVERIFY(client(QStringLiteral("client"))
                    .connect({}, vfio::helperinterface::objectPath(), vfio::helperinterface::interfaceName(),
                             QStringLiteral("Finished"), &m_finished,
                             SLOT(onFinished(QString, bool, QString))));
    }

    void init() { m_authorizer.requests.clear(); }

    void theDetailsSpellTheDevicesOneWay()
    {
        // Case, order and repetition do not change what a rule reads.
        const AuthorizationRequest asked = vfio::applyAuthorization(
            QStringLiteral(":1.7"),
            {QStringLiteral("0000:0A:00.1"), QStringLiteral("0000:03:00.0"), QStringLiteral("0000:0a:00.1")});
        QCOMPARE(asked.details.value(QStringLiteral("addresses")),
                 QStringLiteral("0000:03:00.0, 0000:0a:00.1"));
        QCOMPARE(asked.details.value(QStringLiteral("change")), QStringLiteral("apply"));
        QCOMPARE(vfio::revertAuthorization(QStringLiteral(":1.7"), std::nullopt)
                     .details.value(QStringLiteral("addresses")),
                 QStringLiteral("none"));
    }

    void previewAsksNobody()
    {
        const QDBusMessage reply = call(QStringLiteral("Preview"), {QStringList{gpu}});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QVERIFY(reply.arguments().value(0).toString().contains(QStringLiteral("vfio.conf")));
        QVERIFY(m_authorizer.requests.isEmpty());
    }

    void addressesAreCheckedBeforeAnyQuestion_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("error");
        QTest::newRow("short") << QStringLiteral("1:0.0") << QStringLiteral("InvalidArgument");
        QTest::newRow("relative") << QStringLiteral("../0000:03:00.0") << QStringLiteral("InvalidArgument");
        QTest::newRow("absent") << QStringLiteral("0000:0f:00.0") << QStringLiteral("InvalidSelection");
    }

    void addressesAreCheckedBeforeAnyQuestion()
    {
        QFETCH(QString, address);
        QFETCH(QString, error);
        const QDBusMessage reply = call(QStringLiteral("Apply"), {QStringList{address}});
        QCOMPARE(reply.errorName(), vfio::helpererrors::namePrefix() + error);
        QVERIFY(m_authorizer.requests.isEmpty());
    }

    void aRefusedApplyChangesNothing()
    {
        m_authorizer.answer = ScriptedAuthorizer::Answer::No;
        const QStringList before = everything();
        StderrCapture audit;
        const QDBusMessage reply =
            call(QStringLiteral("Apply"), {QStringList{QStringLiteral("0000:04:00.0"), gpu, gpu}});
        QCOMPARE(reply.errorName(), notAuthorized);
        // The log names the caller's uid, which only the caller's own bus daemon knows.
        const QByteArray logged = audit.text();
        QVERIFY2(logged.contains(QByteArray("refused uid=") + QByteArray::number(::getuid()) + " Apply("),
                 logged.constData());
        QCOMPARE(reply.errorMessage(), ScriptedAuthorizer::refusal());
        QVERIFY2(everything() == before, qPrintable(difference(before, everything())));

        // Asked once, about this caller and exactly these devices.
        QCOMPARE(m_authorizer.requests.size(), 1);
        const AuthorizationRequest &asked = m_authorizer.requests.first();
        QCOMPARE(asked.actionId, vfio::helpererrors::applyAction());
        QCOMPARE(asked.busName, client(QStringLiteral("client")).baseService());
        QCOMPARE(asked.details.value(QStringLiteral("change")), QStringLiteral("apply"));
        QCOMPARE(asked.details.value(QStringLiteral("addresses")), gpu + QStringLiteral(", 0000:04:00.0"));
    }

    void anAllowedApplyRepliesOnTheCallersConnection()
    {
        // No system bus is reachable here (main() points it nowhere): the id and the signal arrive only if
        // the service answers on the connection the call came in on.
        m_authorizer.answer = ScriptedAuthorizer::Answer::Yes;
        const QDBusMessage reply = call(QStringLiteral("Apply"), {QStringList{gpu}});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        const QString id = reply.arguments().value(0).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(waitForFinished(1));
        QCOMPARE(m_finished.ids.last(), id);
        QVERIFY2(m_finished.successes.last(), qPrintable(m_finished.messages.last()));
        QVERIFY(readFile(m_root + QStringLiteral("/etc/modprobe.d/vfio.conf")).contains("vfio-pci"));
        QVERIFY(readFile(m_root + QStringLiteral("/tool.log")).contains("-u -k all"));
    }

    void revertIsAskedWithWhatItUndoes()
    {
        const QString applied = m_finished.ids.value(0);
        QVERIFY(!applied.isEmpty());
        m_authorizer.answer = ScriptedAuthorizer::Answer::No;
        QCOMPARE(call(QStringLiteral("Revert")).errorName(), notAuthorized);
        QCOMPARE(m_authorizer.requests.size(), 1);
        const AuthorizationRequest asked = m_authorizer.requests.first();
        QCOMPARE(asked.actionId, vfio::helpererrors::applyAction());
        QCOMPARE(asked.details.value(QStringLiteral("change")), QStringLiteral("revert"));
        QCOMPARE(asked.details.value(QStringLiteral("transaction")), applied);
        QCOMPARE(asked.details.value(QStringLiteral("addresses")), gpu);

        m_authorizer.answer = ScriptedAuthorizer::Answer::Yes;
        const QDBusMessage reply = call(QStringLiteral("Revert"));
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QVERIFY(waitForFinished(2));
        QVERIFY2(m_finished.successes.last(), qPrintable(m_finished.messages.last()));
        // One device asked for: the sentence speaks of one.
        QVERIFY2(m_finished.messages.last().contains(gpu + QStringLiteral(" uses its usual driver again")),
                 qPrintable(m_finished.messages.last()));
        QCOMPARE(readFile(m_root + QStringLiteral("/etc/modprobe.d/vfio.conf")), QByteArray("<missing>"));
    }

    void aCommandLineChangeIsAskedWithItsWords()
    {
        const QVariantList words{QStringList{QStringLiteral("intel_iommu=on")}, QStringList{}};
        m_authorizer.answer = ScriptedAuthorizer::Answer::No;
        const QStringList before = everything();
        QCOMPARE(call(QStringLiteral("SetKernelCommandLine"), words).errorName(), notAuthorized);
        QVERIFY2(everything() == before, qPrintable(difference(before, everything())));
        QCOMPARE(m_authorizer.requests.size(), 1);
        QCOMPARE(m_authorizer.requests.first().actionId, vfio::helpererrors::kernelCommandLineAction());
        QCOMPARE(m_authorizer.requests.first().details.value(QStringLiteral("change")),
                 QStringLiteral("cmdline"));
        QCOMPARE(m_authorizer.requests.first().details.value(QStringLiteral("add")),
                 QStringLiteral("intel_iommu=on"));
        QCOMPARE(m_authorizer.requests.first().details.value(QStringLiteral("remove")),
                 QStringLiteral("none"));

        m_authorizer.answer = ScriptedAuthorizer::Answer::Yes;
        const QDBusMessage reply = call(QStringLiteral("SetKernelCommandLine"), words);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(describe(reply)));
        QVERIFY(waitForFinished(3));
        QVERIFY2(m_finished.successes.last(), qPrintable(m_finished.messages.last()));
        QVERIFY(readFile(m_root + QStringLiteral("/etc/default/grub.d/vfio-isolator.cfg"))
                    .contains("intel_iommu=on"));

        // Its revert is asked as a command line change, with the words the other way round.
        m_authorizer.answer = ScriptedAuthorizer::Answer::No;
        QCOMPARE(call(QStringLiteral("Revert")).errorName(), notAuthorized);
        const AuthorizationRequest asked = m_authorizer.requests.last();
        QCOMPARE(asked.actionId, vfio::helpererrors::kernelCommandLineAction());
        QCOMPARE(asked.details.value(QStringLiteral("change")), QStringLiteral("revert"));
        QCOMPARE(asked.details.value(QStringLiteral("add")), QStringLiteral("none"));
        QCOMPARE(asked.details.value(QStringLiteral("remove")), QStringLiteral("intel_iommu=on"));
        QCOMPARE(asked.details.value(QStringLiteral("transaction")), m_finished.ids.last());
    }

    void theSecondOfTwoCallersAskedAtOnceIsBusy()
    {
        // Both are asked (a password dialog may take minutes, nobody waits for it); when both say yes, the
        // first to start runs and the other is told to wait, with nothing written for it.
        m_authorizer.answer = ScriptedAuthorizer::Answer::Later;
        QDBusPendingCall first =
            send(client(QStringLiteral("client")), QStringLiteral("Apply"), {QStringList{gpu}});
        // The first is being asked before the second is sent: the bus does not order two connections' calls.
        QVERIFY(QTest::qWaitFor([&] { return m_authorizer.heldCount() == 1; }, 10000));
        QDBusConnection other = client(QStringLiteral("other"));
        QDBusPendingCall second =
            send(other, QStringLiteral("Apply"), {QStringList{QStringLiteral("0000:04:00.0")}});
        QVERIFY(QTest::qWaitFor([&] { return m_authorizer.heldCount() == 2; }, 10000));
        QCOMPARE(m_authorizer.requests.at(1).busName, other.baseService());
        QVERIFY(!first.isFinished() && !second.isFinished());

        m_authorizer.answerHeld(true);
        QVERIFY(QTest::qWaitFor([&] { return first.isFinished() && second.isFinished(); }, 30000));
        QCOMPARE(first.reply().type(), QDBusMessage::ReplyMessage);
        QCOMPARE(second.reply().errorName(), busy);
        QVERIFY(waitForFinished(4));
        QVERIFY2(m_finished.successes.last(), qPrintable(m_finished.messages.last()));
        const QByteArray conf = readFile(m_root + QStringLiteral("/etc/modprobe.d/vfio.conf"));
        QVERIFY(conf.contains("vfio-pci"));
        QVERIFY2(!conf.contains("0000:04:00.0"), conf.constData());
        QDBusConnection::disconnectFromBus(QStringLiteral("other"));
    }

    void aProgramOthersMayChangeIsNotRunAfterAYes()
    {
        // The service's last check before any command, after polkit's yes: the tool became writable by
        // others, so nothing runs and nothing is written.
        m_authorizer.answer = ScriptedAuthorizer::Answer::Yes;
        QCOMPARE(call(QStringLiteral("Revert")).type(), QDBusMessage::ReplyMessage);
        QVERIFY(waitForFinished(5));
        const QString tool = m_root + QStringLiteral("/usr/sbin/update-initramfs");
        const QStringList before = everything();
        QVERIFY(QFile::setPermissions(tool, executablePermissions() | QFileDevice::WriteOther));
        const QDBusMessage reply = call(QStringLiteral("Apply"), {QStringList{gpu}});
        QVERIFY(QFile::setPermissions(tool, executablePermissions()));
        QCOMPARE(reply.errorName(), vfio::helpererrors::errorName(vfio::HelperError::Failed));
        QVERIFY2(reply.errorMessage().contains(QStringLiteral("others may change it")),
                 qPrintable(reply.errorMessage()));
        QVERIFY2(everything() == before, qPrintable(difference(before, everything())));
        QCOMPARE(m_authorizer.requests.size(), 2); // the revert above, then this Apply: asked, and said yes
    }

    void cleanupTestCase()
    {
        m_service.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("client"));
        QDBusConnection::disconnectFromBus(QStringLiteral("service"));
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
};

int main(int argc, char *argv[])
{
    // Nothing may reach a system bus by mistake: a reply sent there would never arrive.
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/vfio-isolator-test-bus");
    QCoreApplication app(argc, argv);
    HelperServiceLogic test;
    return QTest::qExec(&test, argc, argv);
}

#include "helper_service.moc"
