// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrubSafetyScript.h"

#include "boot/KernelParameters.h"

#include <QCoreApplication>

namespace vfio {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vfio::GrubSafetyScript)
};

// A shell word in single quotes holding `text` as is.
QString shellQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The menu title around the distribution's name, translated now (the script runs without our catalogue).
QString titleAssignment()
{
    const QString title = Text::tr("%1 — without VFIO passthrough");
    const qsizetype at = title.indexOf(QLatin1String("%1"));
    const QString before = at < 0 ? QString() : title.left(at);
    const QString after = at < 0 ? QLatin1Char(' ') + title : title.mid(at + 2);
    return QStringLiteral("title=%1\"${OS}\"%2\n").arg(shellQuoted(before), shellQuoted(after));
}

// What 10_linux does for the root= parameter and the OS name, reduced to the common cases.
const char *const scriptHead = R"(#! /bin/sh
set -e
# Written by VFIO Isolator: a boot menu entry for the newest kernel with VFIO passthrough switched off for
# one boot (vfio_isolator=off). Remove this file in VFIO Isolator, or delete it and run update-grub.

prefix="/usr"
exec_prefix="/usr"
datarootdir="/usr/share"
. "$pkgdatadir/grub-mkconfig_lib"

if [ "x${GRUB_DISTRIBUTOR}" = "x" ] ; then
  OS=GNU/Linux
else
  case ${GRUB_DISTRIBUTOR} in
    Ubuntu|Kubuntu) OS="${GRUB_DISTRIBUTOR}" ;;
    *) OS="${GRUB_DISTRIBUTOR} GNU/Linux" ;;
  esac
fi

if [ "x${GRUB_DEVICE_UUID}" = "x" ] || [ "x${GRUB_DISABLE_LINUX_UUID}" = "xtrue" ] \
    || ! test -e "/dev/disk/by-uuid/${GRUB_DEVICE_UUID}" ; then
  LINUX_ROOT_DEVICE=${GRUB_DEVICE}
else
  LINUX_ROOT_DEVICE=UUID=${GRUB_DEVICE_UUID}
fi
if [ "x${GRUB_FS}" = xbtrfs ] ; then
  rootsubvol="`make_system_path_relative_to_its_root /`"
  rootsubvol="${rootsubvol#/}"
  if [ "x${rootsubvol}" != x ] ; then
    GRUB_CMDLINE_LINUX="rootflags=subvol=${rootsubvol} ${GRUB_CMDLINE_LINUX}"
  fi
fi
)";

const char *const scriptBody = R"(
list=
for i in "${boot_directory}"/vmlinuz-* ; do
  if grub_file_is_not_garbage "$i" ; then list="$list $i" ; fi
done
if [ "x$list" = x ] ; then
  exit 0
fi
linux=`version_find_latest $list`
basename=`basename "$linux"`
dirname=`dirname "$linux"`
rel_dirname=`make_system_path_relative_to_its_root "$dirname"`
version=`echo "$basename" | sed -e "s,^[^0-9]*-,,g"`
initrd=
for i in "initrd.img-${version}" "initramfs-${version}.img" "initrd-${version}.img" "initrd-${version}" ; do
  if test -e "${dirname}/${i}" ; then
    initrd="${i}"
    break
  fi
done
echo "Found linux image for the VFIO Isolator safety entry: $linux" >&2

# A vfio-pci built into the kernel takes vfio-pci.ids= from the command line, which vfio_isolator=off cannot
# switch off: this entry leaves those words out (no globbing while the words are split).
set -f
safe_cmdline=
for word in ${GRUB_CMDLINE_LINUX} ${GRUB_CMDLINE_LINUX_DEFAULT} ; do
  case "$word" in
    vfio-pci.ids=*|vfio_pci.ids=*) ;;
    *) safe_cmdline="${safe_cmdline} ${word}" ;;
  esac
done
set +f

echo "menuentry '$(echo "$title" | grub_quote)' --class gnu-linux --class os \$menuentry_id_option 'vfio-isolator-safe-${version}' {"
if [ "x${dirname}" = "x/" ] ; then
  prepare_grub_to_access_device ${GRUB_DEVICE} | grub_add_tab
else
  prepare_grub_to_access_device ${GRUB_DEVICE_BOOT} | grub_add_tab
fi
echo "	linux	${rel_dirname}/${basename} root=${LINUX_ROOT_DEVICE} ro${safe_cmdline} ${safety_word}"
if [ "x${initrd}" != x ] ; then
  echo "	initrd	${rel_dirname}/${initrd}"
fi
echo "}"
)";

} // namespace

QString grubSafetyScript(const QString &bootDirectory)
{
    return QString::fromUtf8(scriptHead) + QLatin1Char('\n') + titleAssignment() +
           QStringLiteral("boot_directory=%1\n").arg(shellQuoted(bootDirectory)) +
           QStringLiteral("safety_word=%1\n").arg(kernelparam::safetyOff()) + QString::fromUtf8(scriptBody);
}

} // namespace vfio
