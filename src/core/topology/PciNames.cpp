// SPDX-License-Identifier: GPL-3.0-or-later
#include "PciNames.h"

#include <QCoreApplication>
#include <QFile>

#include <csetjmp>
#include <cstdarg>
#include <cstdio>

extern "C" {
#include <pci/pci.h>
}

namespace vfio {

namespace {

// libpci reports through callbacks. Its `error` callback must not return (the default one exits the
// process, which a scan must never do), so it jumps back to the guarded call below instead. Only C frames
// (libpci) and a lambda without destructors lie between setjmp and longjmp, so no C++ destructor is
// skipped.
thread_local std::jmp_buf *activeJump = nullptr;
thread_local QStringList *activeProblems = nullptr;

// libpci's errors and warnings both end up in the active problem list.
void reportMessage(const char *format, std::va_list args)
{
    char buffer[512];
    std::vsnprintf(buffer, sizeof buffer, format, args);
    if (activeProblems)
        activeProblems->append(QString::fromLocal8Bit(buffer).trimmed());
}

// The GNU spelling: libpci declares the callback type with it, and clang counts it as part of the type.
__attribute__((noreturn)) void onPciError(char *format, ...)
{
    std::va_list args;
    va_start(args, format);
    reportMessage(format, args);
    va_end(args);
    if (activeJump)
        std::longjmp(*activeJump, 1);
    std::abort(); // unreachable: every libpci call below is guarded
}

void onPciWarning(char *format, ...)
{
    std::va_list args;
    va_start(args, format);
    reportMessage(format, args);
    va_end(args);
}

void onPciDebug(char *, ...) {}

// Runs `call` (one libpci call); false when libpci's error callback jumped back out of it. Plain-C-data frame
// for setjmp: nothing here, nor in `call` (a lambda holding references only), has a destructor.
template <typename Call> bool guarded(const Call &call)
{
    std::jmp_buf jump;
    std::jmp_buf *previous = activeJump;
    activeJump = &jump;
    if (setjmp(jump) != 0) {
        activeJump = previous;
        return false;
    }
    call();
    activeJump = previous;
    return true;
}

} // namespace

PciNames::PciNames()
{
    m_access = pci_alloc();
    if (!m_access) {
        m_broken = true;
        return;
    }
    m_access->error = onPciError;
    m_access->warning = onPciWarning;
    m_access->debug = onPciDebug;
    // Name lookups need no device access; naming the sysfs method avoids libpci probing the live machine.
    m_access->method = PCI_ACCESS_SYS_BUS_PCI;
    activeProblems = &m_problems;
    if (!guarded([this] { pci_init(m_access); }))
        m_broken = true;
    activeProblems = nullptr;
}

PciNames::~PciNames()
{
    if (m_access)
        pci_cleanup(m_access);
}

QString PciNames::lookup(int flags, int arg1, int arg2, int arg3, int arg4)
{
    if (m_broken)
        return {};
    char buffer[1024];
    const char *name = nullptr;
    activeProblems = &m_problems;
    const bool ok = guarded([&] {
        name = pci_lookup_name(m_access, buffer, sizeof buffer,
                               flags | PCI_LOOKUP_NO_NUMBERS | PCI_LOOKUP_NO_HWDB, arg1, arg2, arg3, arg4);
    });
    activeProblems = nullptr;
    if (!ok) {
        m_broken = true;
        m_problems.append(QCoreApplication::translate(
                              "vfio::PciNames", "The PCI ID database %1 is damaged; device names are not "
                                                "shown. Reinstall the pci.ids package.")
                              .arg(QFile::decodeName(m_access->id_file_name)));
        return {};
    }
    if (m_access->id_load_failed && m_problems.isEmpty()) {
        m_problems.append(QCoreApplication::translate(
                              "vfio::PciNames", "The PCI ID database %1 could not be read; device names "
                                                "are not shown. Install the pci.ids package.")
                              .arg(QFile::decodeName(m_access->id_file_name)));
    }
    return name ? QString::fromUtf8(name) : QString();
}

QString PciNames::vendor(quint16 vendorId)
{
    return lookup(PCI_LOOKUP_VENDOR, vendorId);
}

QString PciNames::device(quint16 vendorId, quint16 deviceId)
{
    return lookup(PCI_LOOKUP_DEVICE, vendorId, deviceId);
}

QString PciNames::deviceClass(quint16 classId)
{
    // When pci.ids knows the base class but not the subclass, libpci answers "<base name> [ffff]" even
    // without numbers; the caller adds the number itself, as for every other class.
    QString name = lookup(PCI_LOOKUP_CLASS, classId);
    const QString suffix = QStringLiteral(" [%1]").arg(classId, 4, 16, QLatin1Char('0'));
    if (name.endsWith(suffix))
        name.chop(suffix.size());
    return name;
}

QString PciNames::subsystem(quint16 vendorId, quint16 deviceId, quint16 subVendorId, quint16 subDeviceId)
{
    const QString vendorName = lookup(PCI_LOOKUP_SUBSYSTEM | PCI_LOOKUP_VENDOR, subVendorId);
    const QString deviceName =
        lookup(PCI_LOOKUP_SUBSYSTEM | PCI_LOOKUP_DEVICE, vendorId, deviceId, subVendorId, subDeviceId);
    if (vendorName.isEmpty() && deviceName.isEmpty())
        return {};
    const QString deviceText = deviceName.isEmpty() ? QStringLiteral("Device") : deviceName;
    return vendorName.isEmpty() ? deviceText : vendorName + QLatin1Char(' ') + deviceText;
}

} // namespace vfio
