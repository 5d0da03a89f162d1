// SPDX-License-Identifier: GPL-3.0-or-later
// The atomic writer: content and permissions land exactly, no temporary file is left, failures are reported.
#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vfio;

class AtomicFileTest : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }

private slots:
    void writesNewFileWithModeAndParents()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("etc/modprobe.d/vfio.conf"));
        const auto result = atomicfile::write(path, "options vfio-pci ids=1234:1111\n", 0640);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(read(path), QByteArray("options vfio-pci ids=1234:1111\n"));
        QCOMPARE(atomicfile::permissions(path).value_or(0), mode_t(0640));
        // Only the target is left in the folder: the temporary file was renamed, not copied.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("etc/modprobe.d")))
                     .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("vfio.conf")});
    }

    void replacesExistingContentCompletely()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file"));
        QVERIFY(atomicfile::write(path, QByteArray(4096, 'x')).ok());
        QVERIFY(atomicfile::write(path, "short\n").ok());
        QCOMPARE(read(path), QByteArray("short\n"));
        QVERIFY(atomicfile::write(path, QByteArray()).ok());
        QCOMPARE(read(path), QByteArray());
        QCOMPARE(atomicfile::permissions(path).value_or(0), mode_t(0644));
    }

    void replacesSymlinkInsteadOfWritingThroughIt()
    {
        QTemporaryDir dir;
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(atomicfile::write(elsewhere, "precious\n").ok());
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(elsewhere, link));
        QVERIFY(atomicfile::write(link, "new\n").ok());
        QCOMPARE(read(elsewhere), QByteArray("precious\n"));
        QCOMPARE(read(link), QByteArray("new\n"));
        QVERIFY(!QFileInfo(link).isSymLink());
    }

    void reportsFailureWithPath()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("notafolder"));
        QVERIFY(atomicfile::write(blocker, "file\n").ok());
        const auto result = atomicfile::write(blocker + QStringLiteral("/vfio.conf"), "x");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("notafolder")), qPrintable(result.error()));
        QCOMPARE(read(blocker), QByteArray("file\n"));
    }

    void removesFilesAndToleratesMissingOnes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone"));
        QVERIFY(atomicfile::write(path, "x").ok());
        QVERIFY(atomicfile::remove(path).ok());
        QVERIFY(!QFile::exists(path));
        QVERIFY(atomicfile::remove(path).ok());
        QVERIFY(!atomicfile::permissions(path).has_value());
    }

    // What a write killed before its rename leaves, and only that, is removed by a repair.
    void removesTheLeftoversOfAKilledWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vfio.conf"));
        QVERIFY(atomicfile::write(path, "kept\n").ok());
        const QStringList leftovers{QStringLiteral(".vfio.conf.vfio-isolator-Ct3ZZa"),
                                    QStringLiteral(".vfio.conf.vfio-isolator-000000")};
        const QStringList others{QStringLiteral(".vfio.conf.vfio-isolator-toolongname"),
                                 QStringLiteral(".other.conf.vfio-isolator-Ct3ZZa"),
                                 QStringLiteral("vfio.conf~")};
        for (const QString &name : leftovers + others) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QCOMPARE(atomicfile::removeLeftovers(path), 2);
        for (const QString &name : leftovers)
            QVERIFY(!QFile::exists(dir.filePath(name)));
        for (const QString &name : others)
            QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
        QCOMPARE(QFile(path).exists(), true);
        QCOMPARE(atomicfile::removeLeftovers(path), 0);
    }
};

QTEST_GUILESS_MAIN(AtomicFileTest)
#include "helper_atomic_file.moc"
