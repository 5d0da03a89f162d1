// SPDX-License-Identifier: GPL-3.0-or-later
#include "HardwareReportDialogs.h"

#include "report/HardwareReport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>

namespace vfio {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio", text);
}
} // namespace

QString defaultReportFile()
{
    return QDir::home().filePath(QStringLiteral("vfio-isolator-report.tar.gz"));
}

bool makeHardwareReport(QWidget *parent, const QString &root, const QString &file)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<qint64> written = report::writeHardwareReport(root, file);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, tr("The hardware report was not written"), written.error());
        return false;
    }
    QMessageBox::information(
        parent, tr("Hardware report written"),
        tr("%1 (%2) holds the PCI devices, IOMMU groups, kernel module index, kernel command line and "
           "vfio and initramfs configuration of what this window shows. It holds no serial numbers, MAC "
           "addresses, host name or user names.\n\nAttach it to your bug report. File > Open a hardware "
           "report shows what it holds.")
            .arg(QDir::toNativeSeparators(file), QLocale().formattedDataSize(*written)));
    return true;
}

std::optional<QString> openHardwareReport(QWidget *parent, const QString &file)
{
    const Result<QString> opened = report::openSystemRoot(file);
    if (!opened) {
        QMessageBox::warning(parent, tr("The hardware report could not be opened"), opened.error());
        return std::nullopt;
    }
    return *opened;
}

} // namespace vfio
