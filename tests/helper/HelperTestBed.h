// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The helper end to end, as on a real system, for the integration tests: a private `dbus-daemon` with a
// system-bus configuration that includes the project's bus policy, the real polkitd with our .policy and a
// test rule, the helper as root on a copy of a fixture (--root), and programs (the CLI, ...) run as the plain
// users vfio-test-allowed / vfio-test-denied. Needs root: polkit always allows root, so only plain users can
// show the refusals.
#include <QFileDevice>
#include <QHash>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>
#include <sys/types.h>

namespace helpertest {

struct User
{
    uid_t uid = 0;
    gid_t gid = 0;
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A file of the source tree (`path` from its top, "/tests/data/seed") and of tests/helper/data: under
// VFIO_TEST_SOURCE_DIR when set (a copy the plain user may read: run-as-plain-user.sh), else in the checkout.
QString sourceFile(const QString &path);
QString testData(const QString &path);

std::optional<User> lookUpUser(const char *name);
QByteArray readFile(const QString &path); // "<missing>" when it cannot be read
bool writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions);
QFileDevice::Permissions readablePermissions();   // 0644
QFileDevice::Permissions executablePermissions(); // 0755

// Every entry under `root` (paths, kinds, permissions, link targets, content hashes), one line each, sorted,
// except the entries whose relative path starts with one of `excluded`.
QStringList treeListing(const QString &root, const QStringList &excluded = {});
// The entries that differ between two listings, for a failure message.
QString difference(const QStringList &before, const QStringList &after);

// Owns the temporary folder, the daemons and the system files it installs; puts everything back when
// destroyed. Its set-up functions use QVERIFY: check QTest::currentTestFailed() after calling them.
class HelperTestBed : public QObject
{
    Q_OBJECT
public:
    explicit HelperTestBed(QObject *parent = nullptr);
    ~HelperTestBed() override;

    // The test users and polkitd must be there (scripts/setup-test-users.sh, scripts/setup.sh).
    void checkPrerequisites();
    // Copies tests/data/<fixture> to root(); the test then adds what its system needs.
    void copyFixture(const QString &fixture);
    // Makes the copy a Debian 12 with GRUB reading /etc/default/grub.d: os-release, /etc/default/grub with
    // `defaults`, a drop-in of the user's, and the stand-in update-grub (data/fake-update-grub, which logs to
    // ROOT/tool.log). False when a file could not be written.
    bool makeDebianWithGrub(const QByteArray &defaults);
    // Puts the stand-in update-initramfs (data/fake-update-initramfs, which logs to ROOT/tool.log) in the
    // copy.
    bool installFakeUpdateInitramfs();
    // Copies `program` into the temporary folder so that the test users can run it even when the build
    // folder is private; returns the copy's path.
    QString installProgram(const QString &program);
    // The bus, polkitd (our action, the test rule) and the helper on root().
    void startServices();
    // For the fail-closed cases: another rule in place of the test rule, our action file taken away, the
    // standard rule and action back, polkitd stopped. polkitd notices rule and action changes by itself;
    // each call waits until it has had the time to.
    bool replaceRule(const QByteArray &rule);
    bool removeAction();
    bool restoreStandardPolkit();
    void stopPolkit();
    void stop();

    QString root() const { return m_root; }
    QString folder() const { return m_dir.path(); }
    QString cli() const { return m_cli; }
    const User &allowed() const { return m_allowed; }
    const User &denied() const { return m_denied; }
    QProcessEnvironment environment() const;

    QProcess *startAs(const User &user, const QString &program, const QStringList &arguments);
    static Run finish(QProcess *process, int timeoutMs = 20000);
    Run cli(const User &user, const QStringList &arguments)
    {
        return finish(startAs(user, m_cli, arguments));
    }
    QByteArray file(const QString &systemPath) const { return readFile(m_root + systemPath); }
    bool waitForName(const QString &name, int timeoutMs);
    // The long-lived helper's tether, handed over (to stop it and start another).
    QProcess *takeHelper();
    // Another helper on root(), with `extra` added to its environment (an LD_PRELOAD shim); nullptr when it
    // did not take its bus name. stopHelper() ends it (or what is left of it after a crash).
    QProcess *startHelper(const QProcessEnvironment &extra = {});
    void stopHelper(QProcess *helper);

private:
    QProcess *startTethered(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &extra = {});
    bool installSystemFile(const QString &path, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_root;
    QString m_address; // of the private system bus
    QString m_cli;     // a copy of vfio-isolator-cli the test users can run
    User m_allowed, m_denied;
    QList<QProcess *> m_daemons;
    QProcess *m_polkitd = nullptr;
    QHash<QString, QByteArray> m_replacedSystemFiles; // system files we replaced, to put back
    QStringList m_installedSystemFiles;
};

} // namespace helpertest
