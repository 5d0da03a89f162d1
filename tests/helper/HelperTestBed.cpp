// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelperTestBed.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace helpertest {

namespace {
const QString actionFile = QStringLiteral("/usr/share/polkit-1/actions/io.github.vfio_isolator.policy");
const QString ruleFile = QStringLiteral("/etc/polkit-1/rules.d/49-vfio-isolator-test.rules");
const QString helperName = QStringLiteral("io.github.vfio_isolator.Helper");
} // namespace

QString sourceFile(const QString &path)
{
    const QString copy = qEnvironmentVariable("VFIO_TEST_SOURCE_DIR");
    return (copy.isEmpty() ? QStringLiteral(VFIO_SOURCE_DIR) : copy) + path;
}

QString testData(const QString &path)
{
    return sourceFile(QStringLiteral("/tests/helper/data") + path);
}

std::optional<User> lookUpUser(const char *name)
{
    const passwd *entry = ::getpwnam(name);
    if (!entry)
        return std::nullopt;
    return User{entry->pw_uid, entry->pw_gid};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

bool writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    file.close();
    return QFile::setPermissions(path, permissions);
}

QFileDevice::Permissions readablePermissions()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
}

QFileDevice::Permissions executablePermissions()
{
    return readablePermissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
}

QStringList treeListing(const QString &root, const QStringList &excluded)
{
    QStringList lines;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (std::any_of(excluded.begin(), excluded.end(),
                        [&](const QString &e) { return relative.startsWith(e); }))
            continue;
        const QFileInfo info(path);
        const QString mode = QString::number(static_cast<int>(info.permissions()), 16);
        if (info.isSymLink())
            lines << QStringLiteral("L %1 %2").arg(relative, info.symLinkTarget());
        else if (info.isDir())
            lines << QStringLiteral("D %1 %2").arg(relative, mode);
        else
            lines << QStringLiteral("F %1 %2 %3")
                         .arg(relative, mode,
                              QString::fromLatin1(
                                  QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256)
                                      .toHex()));
    }
    lines.sort();
    return lines;
}

QString difference(const QStringList &before, const QStringList &after)
{
    QStringList lines;
    for (const QString &line : before) {
        if (!after.contains(line))
            lines << QStringLiteral("- ") + line;
    }
    for (const QString &line : after) {
        if (!before.contains(line))
            lines << QStringLiteral("+ ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

HelperTestBed::HelperTestBed(QObject *parent) : QObject(parent)
{
    // VFIO_KEEP_TEST_DIR=1 keeps the folder with the daemons' logs (the helper's, polkitd's) for a look.
    m_dir.setAutoRemove(qEnvironmentVariableIntValue("VFIO_KEEP_TEST_DIR") != 1);
}

HelperTestBed::~HelperTestBed()
{
    stop();
}

void HelperTestBed::checkPrerequisites()
{
    const auto allowed = lookUpUser("vfio-test-allowed");
    const auto denied = lookUpUser("vfio-test-denied");
    QVERIFY2(allowed && denied, "The test users are missing: run scripts/setup-test-users.sh (as root).");
    m_allowed = *allowed;
    m_denied = *denied;
    QVERIFY2(QFileInfo(QStringLiteral("/usr/lib/polkit-1/polkitd")).isExecutable(),
             "polkitd is missing: run scripts/setup.sh");
    QVERIFY(m_dir.isValid());
    // The test users must reach the socket and the program copies inside.
    QVERIFY(QFile::setPermissions(m_dir.path(), executablePermissions()));
}

bool HelperTestBed::makeDebianWithGrub(const QByteArray &defaults)
{
    return writeFile(m_root + QStringLiteral("/etc/os-release"),
                     "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n", readablePermissions()) &&
           writeFile(m_root + QStringLiteral("/etc/default/grub"), defaults, readablePermissions()) &&
           writeFile(m_root + QStringLiteral("/etc/default/grub.d/50-user.cfg"), "GRUB_TIMEOUT=3\n",
                     readablePermissions()) &&
           writeFile(m_root + QStringLiteral("/usr/sbin/update-grub"),
                     readFile(testData(QStringLiteral("/fake-update-grub"))), executablePermissions());
}

bool HelperTestBed::installFakeUpdateInitramfs()
{
    return writeFile(m_root + QStringLiteral("/usr/sbin/update-initramfs"),
                     readFile(testData(QStringLiteral("/fake-update-initramfs"))), executablePermissions());
}

void HelperTestBed::copyFixture(const QString &fixture)
{
    m_root = m_dir.filePath(QStringLiteral("root"));
    QProcess copy;
    copy.start(QStringLiteral("/bin/cp"),
               {QStringLiteral("-a"), sourceFile(QStringLiteral("/tests/data/")) + fixture, m_root});
    QVERIFY(copy.waitForFinished(30000) && copy.exitCode() == 0);
}

QString HelperTestBed::installProgram(const QString &program)
{
    const QString copy = m_dir.filePath(QFileInfo(program).fileName());
    if (!QFile::copy(program, copy) || !QFile::setPermissions(copy, executablePermissions()))
        return {};
    return copy;
}

QProcessEnvironment HelperTestBed::environment() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_address);
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/"));
    return env;
}

// A daemon tethered to this test: a small shell holds it and stops it when our end of its stdin closes,
// which also happens when the test dies, so no daemon outlives the test.
QProcess *HelperTestBed::startTethered(const QString &program, const QStringList &arguments,
                                       const QProcessEnvironment &extra)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = environment();
    env.insert(extra);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(m_dir.filePath(QFileInfo(program).fileName() + QStringLiteral(".log")));
    process->start(QStringLiteral("/bin/sh"),
                   QStringList{QStringLiteral("-c"),
                               QStringLiteral("\"$@\" & child=$!; cat >/dev/null; kill -TERM $child "
                                              "2>/dev/null; wait $child 2>/dev/null"),
                               QStringLiteral("tether"), program} +
                       arguments);
    m_daemons.append(process);
    return process;
}

bool HelperTestBed::installSystemFile(const QString &path, const QByteArray &content)
{
    if (QFile::exists(path) && !m_replacedSystemFiles.contains(path))
        m_replacedSystemFiles.insert(path, readFile(path));
    m_installedSystemFiles.append(path);
    return writeFile(path, content, readablePermissions());
}

void HelperTestBed::startServices()
{
    m_cli = installProgram(QStringLiteral(VFIO_CLI_PATH));
    QVERIFY(!m_cli.isEmpty());
    // The system bus: the real daemon, a system-bus configuration, our bus policy and polkit's.
    const QString socket = m_dir.filePath(QStringLiteral("system_bus_socket"));
    m_address = QStringLiteral("unix:path=") + socket;
    const QString busConfig =
        QString::fromUtf8(readFile(testData(QStringLiteral("/system-bus.conf.in"))))
            .arg(socket, sourceFile(QStringLiteral("/resources/dbus/io.github.vfio_isolator.Helper.conf")));
    const QString busConfigPath = m_dir.filePath(QStringLiteral("bus.conf"));
    QVERIFY(writeFile(busConfigPath, busConfig.toUtf8(), readablePermissions()));
    startTethered(QStringLiteral("/usr/bin/dbus-daemon"),
                  {QStringLiteral("--config-file=") + busConfigPath, QStringLiteral("--nofork")});
    QDeadlineTimer busDeadline(10000);
    while (!QFileInfo::exists(socket) && !busDeadline.hasExpired())
        QTest::qWait(20);
    QVERIFY2(QFileInfo::exists(socket), "dbus-daemon did not start");

    // polkit: our actions and a rule that allows one test user and denies the other.
    QVERIFY(installSystemFile(actionFile, readFile(sourceFile(QStringLiteral(
                                              "/resources/polkit/io.github.vfio_isolator.policy")))));
    QVERIFY(installSystemFile(ruleFile, readFile(testData(QStringLiteral("/49-vfio-isolator-test.rules")))));
    // polkitd starts as root and switches to its own user itself.
    m_polkitd = startTethered(QStringLiteral("/usr/lib/polkit-1/polkitd"), {QStringLiteral("--no-debug")});
    QVERIFY2(waitForName(QStringLiteral("org.freedesktop.PolicyKit1"), 10000),
             readFile(m_dir.filePath(QStringLiteral("polkitd.log")))
                 .prepend("polkitd did not start: ")
                 .constData());

    QVERIFY2(startHelper(), readFile(m_dir.filePath(QStringLiteral("vfio-isolator-helper.log")))
                                .prepend("the helper did not take its bus name: ")
                                .constData());
}

namespace {
// polkitd reloads rules and actions on an inotify event, a moment later.
void letPolkitReload()
{
    QTest::qWait(1500);
}
} // namespace

bool HelperTestBed::replaceRule(const QByteArray &rule)
{
    const bool written = installSystemFile(ruleFile, rule);
    letPolkitReload();
    return written;
}

bool HelperTestBed::removeAction()
{
    const bool removed = QFile::remove(actionFile);
    letPolkitReload();
    return removed;
}

bool HelperTestBed::restoreStandardPolkit()
{
    const bool written =
        installSystemFile(
            actionFile,
            readFile(sourceFile(QStringLiteral("/resources/polkit/io.github.vfio_isolator.policy")))) &&
        installSystemFile(ruleFile, readFile(testData(QStringLiteral("/49-vfio-isolator-test.rules"))));
    letPolkitReload();
    return written;
}

void HelperTestBed::stopPolkit()
{
    if (!m_polkitd)
        return;
    m_polkitd->closeWriteChannel(); // the tether stops polkitd
    m_polkitd->waitForFinished(5000);
    m_daemons.removeAll(m_polkitd);
    delete m_polkitd;
    m_polkitd = nullptr;
    QDeadlineTimer deadline(5000);
    while (waitForName(QStringLiteral("org.freedesktop.PolicyKit1"), 100) && !deadline.hasExpired())
        QTest::qWait(100);
}

void HelperTestBed::stop()
{
    m_polkitd = nullptr;
    for (QProcess *process : std::as_const(m_daemons)) {
        process->closeWriteChannel();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    qDeleteAll(m_daemons);
    m_daemons.clear();
    for (const QString &path : std::as_const(m_installedSystemFiles)) {
        if (m_replacedSystemFiles.contains(path))
            writeFile(path, m_replacedSystemFiles.value(path), readablePermissions());
        else
            QFile::remove(path);
    }
    m_installedSystemFiles.clear();
}

bool HelperTestBed::waitForName(const QString &name, int timeoutMs)
{
    const QString connectionName = QStringLiteral("helper_test_bed");
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QDBusConnection bus = QDBusConnection::connectToBus(m_address, connectionName);
        if (bus.isConnected() && bus.interface()->isServiceRegistered(name))
            return true;
        if (!bus.isConnected()) // a failed connection is cached under its name: forget it and retry
            QDBusConnection::disconnectFromBus(connectionName);
        QTest::qWait(50);
    }
    return false;
}

QProcess *HelperTestBed::startAs(const User &user, const QString &program, const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment());
    process->setWorkingDirectory(QStringLiteral("/"));
    process->setStandardInputFile(QProcess::nullDevice()); // no terminal: --yes is needed
    const User who = user;
    process->setChildProcessModifier([who] {
        // Drop to the plain user for good before exec; a failure must not leave us root.
        if (::setgroups(0, nullptr) != 0 || ::setgid(who.gid) != 0 || ::setuid(who.uid) != 0)
            ::_exit(127);
        // Set after the change of user (which clears it): the client dies with the test.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    process->start(program, arguments);
    return process;
}

Run HelperTestBed::finish(QProcess *process, int timeoutMs)
{
    Run run;
    if (!process->waitForFinished(timeoutMs)) {
        process->kill();
        process->waitForFinished(2000);
    }
    run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = QString::fromUtf8(process->readAllStandardOutput());
    run.err = QString::fromUtf8(process->readAllStandardError());
    process->deleteLater();
    return run;
}

QProcess *HelperTestBed::takeHelper()
{
    return m_daemons.takeLast();
}

QProcess *HelperTestBed::startHelper(const QProcessEnvironment &extra)
{
    // A helper that was killed leaves its name a moment later: wait, so the new one is not mistaken for it.
    QDeadlineTimer gone(5000);
    while (waitForName(helperName, 50) && !gone.hasExpired())
        QTest::qWait(50);
    QProcess *helper =
        startTethered(QStringLiteral(VFIO_HELPER_PATH),
                      {QStringLiteral("--root"), m_root, QStringLiteral("--idle-timeout"),
                       QStringLiteral("120"), QStringLiteral("--command-timeout"), QStringLiteral("20")},
                      extra);
    return waitForName(helperName, 10000) ? helper : nullptr;
}

void HelperTestBed::stopHelper(QProcess *helper)
{
    if (!helper)
        return;
    m_daemons.removeAll(helper);
    helper->closeWriteChannel();
    if (!helper->waitForFinished(5000)) {
        helper->kill();
        helper->waitForFinished(2000);
    }
    delete helper;
}

} // namespace helpertest
