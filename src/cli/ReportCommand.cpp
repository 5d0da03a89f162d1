// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CommandSupport.h"

#include "report/HardwareReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace vfio::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vfio::cli::ReportCommand", text);
}
} // namespace

QString ReportCommand::summary() const
{
    return tr("Write a hardware report for a bug report: the PCI devices, IOMMU groups, kernel modules and "
              "the configuration, without serial numbers, MAC addresses, host or user names.");
}

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption(rootOption());
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("Where to write the report (default: vfio-isolator-report.tar.gz)."),
                                 QStringLiteral("[FILE]"));
    if (const auto stop = parseArguments(parser, arguments, out, err, Positionals::OptionalFile))
        return *stop;
    const auto root = checkedRoot(parser, out, err);
    if (!root)
        return UsageError;
    const QStringList files = parser.positionalArguments();
    const QString file = files.isEmpty() ? QStringLiteral("vfio-isolator-report.tar.gz") : files.first();

    const Result<qint64> written = report::writeHardwareReport(*root, file);
    if (!written) {
        err << written.error() << Qt::endl;
        return Failure;
    }
    out << tr("Wrote %1 (%2). Attach it to your bug report; \"vfio-isolator-cli list --root %1\" shows "
              "what it holds.")
               .arg(QDir::toNativeSeparators(file), QLocale().formattedDataSize(*written))
        << Qt::endl;
    return Success;
}

} // namespace vfio::cli
