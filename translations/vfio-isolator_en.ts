<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>VFIO Isolator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selection changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, address, ID, class, driver or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPUs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOMMU groups and their devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the current device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a &amp;sample machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the files the last Apply replaced, in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a system &amp;snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse all groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VFIO Isolator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the devices anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time &amp;setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks this computer, switches the IOMMU on, and walks through choosing, applying and restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passthrough status in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a tray icon at login that says whether the configured devices are bound to vfio-pci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a hardware &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report made with Help &gt; Make a hardware report or vfio-isolator-cli report, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a hardware &amp;report for a bug report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PCI devices, IOMMU groups and configuration of what this window shows in one file, without serial numbers, MAC addresses or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this window shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the devices whose name, address, ID, class, driver or state contains the text. Ctrl+F comes here; Down or Enter goes to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the IOMMU groups that hold a graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the bridges and root ports, which always stay with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move, Space ticks or unticks a device and its whole group, Enter opens the review of the ticked devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything known about the device or group that is current in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no device can be given to a virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the device list, for looking only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a built-in example machine, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every file that would be written for the ticked devices, then applies them. Enter in the list does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the keyboard to the filter field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the helper what it would write…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New content of the selected file, as a diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of the tools the helper runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lines of the selected file mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose the file whose changes are shown next to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands the helper runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupApplyPage</name>
    <message>
        <source>Review and apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written before you have seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every file that will be written and the command that will run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupChecksPage</name>
    <message>
        <source>Check this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What passthrough needs, and what VFIO Isolator can switch on for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System check findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also use IOMMU &amp;passthrough mode (iommu=pt): faster host devices, same isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch the IOMMU on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the change to the kernel command line, then makes it through the helper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupChoosePage</name>
    <message>
        <source>Choose what to give to virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a group: a group goes to a virtual machine whole. Graphics cards that are not showing this screen come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOMMU groups that can be passed through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupRestartPage</name>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change takes effect when the computer starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the system to restart (your desktop may ask you to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupVerifyPage</name>
    <message>
        <source>After the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the configuration asked for, and what the kernel did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification per device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the display %1 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfio-isolator: %1. Start it from a desktop session, or use vfio-isolator-cli in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in sample machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick ADDRESS at start, as a click would: with its group; a group the host needs asks for your confirmation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details of ADDRESS at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the system tray, without a window until asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first-time setup assistant at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give PCI devices to virtual machines: pick them by IOMMU group, review, apply through the helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample machine is not installed; set VFIO_ISOLATOR_SAMPLE_DIR or reinstall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--root %1: no such folder; give the folder that holds the snapshot&apos;s sys/ and proc/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tick %1: there is no such device here (see the addresses in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the system below DIR (a snapshot folder, or a hardware report file) instead of this computer; read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio</name>
    <message>
        <source>&quot;%1&quot; is not a PCI address: use the form 0000:01:00.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart to finish: after the next boot %1 will use vfio-pci; check with `lspci -nnk` (&quot;Kernel driver in use: vfio-pci&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfio-pci is built into this kernel: also add %1 to the kernel command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel release is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (the modules of kernel %2 are not installed there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libkmod could not use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module index in %1 could not be loaded (%2); running depmod %3 rebuilds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardware report was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware report written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) holds the PCI devices, IOMMU groups, kernel module index, kernel command line and vfio and initramfs configuration of what this window shows. It holds no serial numbers, MAC addresses, host name or user names.

Attach it to your bug report. File &gt; Open a hardware report shows what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardware report could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::Autostart</name>
    <message>
        <source>Shows in the system tray whether the devices given to virtual machines are bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1; remove it by hand to stop the tray at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 (%2); check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::BannerStyle</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::BootLoaderDetection</name>
    <message>
        <source>/etc/default/grub, /boot/loader/entries/*.conf and %1 exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/default/grub and the folder /etc/default/grub.d exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/default/grub exists, /etc/default/grub.d does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/usr/bin/kernelstub exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and /etc/kernel/cmdline exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists, /etc/kernel/cmdline does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of /usr/bin/kernelstub, /etc/default/grub, /boot/efi/loader/loader.conf, /boot/loader/loader.conf or /efi/loader/loader.conf exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::BootPlanSupport</name>
    <message>
        <source>Rebuild the GRUB menu with the new command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither update-grub nor grub-mkconfig was found in /usr/sbin or /usr/bin, so the GRUB menu cannot be rebuilt. Install your distribution&apos;s GRUB package (grub2-common or grub2-tools). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the GRUB menu (%1) with the new command line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::CheckedSelection</name>
    <message>
        <source>Not ticked: the group of %1 holds a device this computer needs. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked %1 of IOMMU group %2: a group goes to a virtual machine whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has the same ID %2 as %3 on the host: it will be bound by its address, and the host&apos;s driver keeps %3.</source>
        <translation>
            <numerusform>%1 has the same ID %2 as %3 on the host: it will be bound by its address, and the host&apos;s driver keeps %3.</numerusform>
            <numerusform>%1 has the same ID %2 as %3 on the host: it will be bound by its address, and the host&apos;s driver keeps %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If %1 is ticked without %3 (the same ID %2), it is bound by its address, and the host&apos;s driver keeps %3.</source>
        <translation>
            <numerusform>If %1 is ticked without %3 (the same ID %2), it is bound by its address, and the host&apos;s driver keeps %3.</numerusform>
            <numerusform>If %1 is ticked without %3 (the same ID %2), it is bound by its address, and the host&apos;s driver keeps %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfio::CommandRunner</name>
    <message>
        <source>Refusing to run %1: only programs given by their absolute path are run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or not executable: install the package that provides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::DbusHelperService</name>
    <message>
        <source>The system bus cannot be reached, so the helper cannot be asked. Start the D-Bus system daemon (&quot;sudo systemctl start dbus&quot;), or, inside a container or Flatpak, give the application access to the system bus. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper did not answer in time. Check &quot;journalctl -u vfio-isolator-helper&quot; and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system bus refused the call (%1). The helper&apos;s D-Bus policy may be missing: reinstall VFIO Isolator. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper is busy with another change: %1 Wait for it to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::DesktopNotifier</name>
    <message>
        <source>Open VFIO Isolator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::DeviceDetails</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no IOMMU group because the IOMMU is not active on this boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is alone in IOMMU group %1: the IOMMU can isolate it from every other device, so it can go to a virtual machine by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with %2 because they are functions of the same card (slot %3), which the IOMMU cannot keep apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with the bridge %2 above it%3: devices behind such a bridge (without ACS isolation) can reach each other directly, so the IOMMU treats them as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and the other devices behind it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with %2 because they sit behind the same bridge %3, which does not isolate the devices below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with %2 because the path between them offers no isolation (no ACS), so the IOMMU cannot keep them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host needs it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in pci.ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the device cannot be reset on its own, which some virtual machines dislike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: the firmware shows its console on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe root port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (root bus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its IOMMU group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — stays with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scan could not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOMMU group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices without an IOMMU group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group is the smallest set of devices the IOMMU can isolate: ticking one device ticks every device of its group; bridges and root ports stay with the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an IOMMU group no device can be given to a virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the IOMMU itself (%1): it stays with the host and is not in a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no IOMMU group although the IOMMU is on: the kernel put it in none, so it cannot be given to a virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::DeviceTreeModel</name>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IOMMU group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · ticked for vfio-pci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticked for vfio-pci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These devices have no IOMMU group: the IOMMU is off, so none of them can be given to a virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device in group %1 is a bridge or root port; they stay with the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticking the group ticks every device in it: a group goes to a virtual machine whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device in this group is a bridge or root port; they stay with the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor:device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — needed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 device [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel put these devices in no IOMMU group (the IOMMU&apos;s own PCI function never is in one): they stay with the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n devices here share the ID %1; if only some of them are ticked, those are bound by address and the others keep their driver.</source>
        <translation>
            <numerusform>%n device here has the ID %1; if only some of them are ticked, those are bound by address and the others keep their driver.</numerusform>
            <numerusform>%n devices here share the ID %1; if only some of them are ticked, those are bound by address and the others keep their driver.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::GrubBls</name>
    <message>
        <source>grubby was not found in /usr/sbin or /usr/bin; it changes the kernel command line of this system&apos;s boot entries. Install the grubby package. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boot entry was readable in /boot/loader/entries, so Revert will take out every word this change adds, even one that was there before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kernel command line of every boot entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::GrubDefaults</name>
    <message>
        <source>GRUB_CMDLINE_LINUX or GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub has a value over several lines, or one that mixes quoted and unquoted parts, which VFIO Isolator does not rewrite. Put the value on one line in one pair of quotes, or change it by hand (add %1, remove %2) and run update-grub. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist, so the GRUB kernel command line cannot be changed there. Add %2 to the kernel command line by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel command line of the normal boot entries is set here; only its words change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::GrubDropIn</name>
    <message>
        <source>VFIO Isolator adds no kernel parameter any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 to the kernel command line of the normal boot entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRUB_CMDLINE_LINUX or GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub has a value over several lines, or one that mixes quoted and unquoted parts, which VFIO Isolator does not rewrite. Remove %1 there by hand, or put the value on one line in one pair of quotes. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes %1 from the kernel command line set here; every other line stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::GrubSafetyScript</name>
    <message>
        <source>%1 — without VFIO passthrough</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::HelperClient</name>
    <message>
        <source>The VFIO Isolator helper is not installed: there is no io.github.vfio_isolator.Helper on the system bus. With a packaged VFIO Isolator, install the package that provides the helper; from a source build, configure it with -DCMAKE_INSTALL_PREFIX=/usr (the bus policy and the polkit actions are read only from /usr/share), build it, and run &apos;sudo cmake --install build&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VFIO Isolator helper is not installed on this computer: there is no io.github.vfio_isolator.Helper on the system bus. The Flatpak cannot bring it, because it changes the boot configuration as root outside the sandbox. Install your distribution&apos;s vfio-isolator-helper package (on Debian and Ubuntu: sudo apt install vfio-isolator-helper, or the .deb from the project&apos;s releases), then restart VFIO Isolator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::HelperService</name>
    <message>
        <source>%1 was changed after %2; its current content is kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper stopped during this transaction; the previous files were put back when it started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper stopped during this transaction and could not put every previous file back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PCI device %1 on this system: check the address with `lspci -D`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is in progress (transaction %1): wait for it to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initramfs must be regenerated for the change to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to revert: no change made by VFIO Isolator is in place on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change is now transaction %1, not the one you were asked about: run Revert again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart to finish: after the next boot %1 use their usual drivers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PCI address given: name at least one device, e.g. 0000:01:00.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many addresses (%1): a selection has at most 256 devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PCI address: use the full form domain:bus:device.function, e.g. 0000:01:00.0, as `lspci -D` prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart to finish: after the next boot %1 uses its usual driver again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::HostCriticalDevices</name>
    <message>
        <source>Boot GPU unknown: no PCI display device says boot_vga=1 (normal when the console is not on a PCI graphics card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block device of / (%1) is not on a PCI controller this program can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block device of / (%1) is not on a PCI controller this program can follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 controls %2, which holds the root file system (/); without it the host cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root disk controller unknown: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and root=%1 on the kernel command line names no device node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither %1 nor %2 could be read or names the mount of /%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mounts of this system could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mounts could be read, and root=%1 on the kernel command line does not lead to a block device under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel command line says root=%1, but /sys has no block device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ is mounted from &quot;%1&quot;%2, which does not lead to a block device under %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ is mounted from %1, which is not a block device this program can follow to its controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default-route network card unknown: %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no default route, so no network card is needed to reach the outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default-route network card unknown: interface %1 is not on a PCI device (virtual, or %2 is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the boot GPU (boot_vga is 1): the firmware and the console draw on it, so taking it from the host can leave the screen black while the system starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::KernelCommandLineBackend</name>
    <message>
        <source>The kernel command line change (add: %1; remove: %2) contains a word VFIO Isolator does not change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::KernelCommandLineJob</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux with %1 on its command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux without %1 on its command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux with %1 and without %2 on its command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it rebuilds the boot configuration with the new command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many words (%1): a kernel command line change has at most %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kernel parameter VFIO Isolator changes: it adds only %2 and vfio-pci.ids=vvvv:dddd[,vvvv:dddd...], and removes only %3. Change other parameters in your boot loader&apos;s configuration yourself. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change (add: %1; remove: %2) contradicts itself: a word is both added and removed, a word that switches the IOMMU off is added, or more than one vfio-pci.ids= is added. Name each word once. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the boot configuration already gives the kernel command line this change (add: %1; remove: %2). No file was written and no tool was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not put back on the kernel command line: it switches the IOMMU off. Add it in your boot loader yourself if you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the boot configuration with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux with the kernel command line from before %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::KernelModules</name>
    <message>
        <source>Kernel modules are not shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::Kernelstub</name>
    <message>
        <source>kernelstub was not found in /usr/bin; it changes the kernel command line on this system. Install the kernelstub package. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/kernelstub/configuration was not readable, so Revert will take out every word this change adds, even one that was there before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the kernel command line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::MainWindow</name>
    <message>
        <source>The sample machine is not installed (share/vfio-isolator/sample); reinstall VFIO Isolator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the SAMPLE machine: you can explore and review, but nothing can be applied to it. Use File &gt; Open this computer to work on your own machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a snapshot of a system (%1): the review shows what would be written there, but changes can only be applied to the running computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SAMPLE machine&lt;/b&gt; — a built-in example to explore (a GPU with its audio function, two identical network cards, a PCI bridge). Nothing here changes this computer; Apply is disabled. File &amp;gt; Open this computer goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshot&lt;/b&gt; of %1 — read-only: reviewing works, applying does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices rescanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices rescanned; no longer ticked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked: tick the devices to give to virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See exactly what will be written before anything is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be applied without an active IOMMU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer needs this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Tick it anyway? Only do this if the host has another way to show its screen, reach its disk or its network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the next restart the host will no longer have this device. If something goes wrong, start from a live USB stick and remove /etc/modprobe.d/vfio.conf.

Tick %1 and its group anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a system snapshot (a folder with sys/ and proc/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VFIO Isolator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;VFIO Isolator %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gives PCI devices to virtual machines safely: whole IOMMU groups, bridges left with the host, every file shown before it is written.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the ticks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now nothing is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticks you changed here have not been applied. %1 Opening %2 drops them.

Open %2 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMPLE machine (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not a system snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File &gt; Open a system snapshot… to choose another folder, or File &gt; Open this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device to see everything known about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a device to give it to virtual machines: its whole IOMMU group is ticked with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an active IOMMU no device can be given to a virtual machine; the list is for looking only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an active IOMMU nothing can be given to a virtual machine: this list is for looking only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked for vfio-pci, as configured now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked for vfio-pci: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a hardware report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware reports (*.tar.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a hardware report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is ticked: tick a device with Space first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::PciNames</name>
    <message>
        <source>The PCI ID database %1 is damaged; device names are not shown. Reinstall the pci.ids package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PCI ID database %1 could not be read; device names are not shown. Install the pci.ids package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::PlanSafety</name>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not owned by root, or others may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is not owned by root, or others may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the plan names %1, which is outside /etc, /boot and /efi; nothing was written. Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the plan names an unexpected program (%1); nothing was written. Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: install the package that provides it (%2). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backend of VFIO Isolator runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not run: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::PolkitAuthorizer</name>
    <message>
        <source>The authorisation service (polkit) could not be asked: %1. Make sure polkitd is installed and running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication is required and no authentication agent answered: run the command from a desktop session or with an agent (pkttyagent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to change the VFIO configuration of this system (polkit action %1): ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polkit gave no answer for %1: not authorised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::PreviewPlan</name>
    <message>
        <source>The helper&apos;s plan could not be read (%1); the helper and this program may be different versions: reinstall both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::ReviewDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper restores exactly the files the last Apply replaced and regenerates the initramfs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing is ticked:&lt;/b&gt; applying removes VFIO Isolator&apos;s configuration and every device returns to the host at the next boot.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is bound %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Read this first:&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No command runs.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Then the helper runs:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This selection cannot be applied:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Apply asks for your password, writes these files and runs the command; your current configuration is kept so that Undo can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (- removed, + added):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The changes cannot be shown.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The helper is not reachable.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was changed.&lt;/b&gt; %1&lt;br&gt;Your previous configuration is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for authorisation and the helper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart to finish.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;It did not work.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Your previous configuration is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: when vfio-pci loads, it takes every device with one of these vendor:device IDs (%2), the numbers in square brackets in the device list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for %2): when one of these drivers, which would otherwise take a ticked device, is about to load, vfio-pci is loaded first, so that it claims the device before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (one long line in the file, wrapped here): the shell command modprobe runs instead of simply loading vfio-pci; it does nothing when the kernel command line holds %2 (the boot menu&apos;s entry without VFIO passthrough, so every device keeps its usual driver), and otherwise loads vfio-pci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (one long line in the file, wrapped here): the shell command modprobe runs instead of simply loading vfio-pci; it does nothing when the kernel command line holds %2 (the boot menu&apos;s entry without VFIO passthrough), and otherwise writes vfio-pci into the %3 file of %4, so that vfio-pci takes exactly these cards and not the identical ones that stay on the host, then loads vfio-pci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (one long line, wrapped here): vfio-pci is built into this kernel, so before %2 loads this writes vfio-pci into the %3 file of %4 and has the kernel look at them again (the built-in vfio-pci takes them), then loads %2 for the cards that stay on the host; with %5 it only loads %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (one module a line): initramfs-tools puts each module named here into the initramfs and loads it early in the boot, before the usual drivers, so that vfio-pci is there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mkinitcpio puts these modules (%2) into the initramfs and loads them early, before the usual drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mkinitcpio copies these files (%2) into the initramfs, so that their settings apply there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dracut puts these modules (%2) into the initramfs and loads them early, before the usual drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dracut copies these files (%2) into the initramfs, so that their settings apply there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: booster puts these modules (%2) into its initramfs and loads them early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two %1 marker lines enclose what VFIO Isolator manages; lines outside them are yours and stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines starting with %1 are comments: they explain and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The initramfs is the small file system the kernel starts from, which loads the first drivers, so it has to load vfio-pci first as well.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initramfs is the small file system the kernel starts from, which loads the first drivers, so it has to load vfio-pci first as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This system builds its initramfs with %1 (%2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 builds its initramfs with %2 (%3).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removes &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the IOMMU on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper changes the kernel command line your boot loader uses and regenerates its menu. The change takes effect at the next restart; Undo last change restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The kernel command line changes:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;About this review:&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ticked:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;These devices go to vfio-pci at the next boot:&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Added&lt;/b&gt; (newly ticked): vfio-pci takes them from the next boot.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kept&lt;/b&gt; (configured already and still ticked): they stay with vfio-pci.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Removed&lt;/b&gt; (configured now, no longer ticked): they return to the host at the next boot.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not removed&lt;/b&gt; (no longer ticked, but a line in %1 that VFIO Isolator does not manage still gives them to vfio-pci; delete that line by hand to return them to the host):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No device changes hands: the ticks are what is configured already.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is removed. It held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the lines mean&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin:0&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores the files the last Apply replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for your password, then writes the files shown and runs the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this window; Escape does the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SafetyBootEntry</name>
    <message>
        <source>VFIO Isolator does not recognise this system&apos;s boot loader, so it cannot add a boot entry without VFIO passthrough. To boot once without it, add %1 to the kernel command line in the boot menu (in GRUB: press e on the entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — without VFIO passthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boot entry without VFIO passthrough written by VFIO Isolator; not needed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the boot menu entry without VFIO passthrough (vfio_isolator=off) when the GRUB menu is rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot menu entry without VFIO passthrough is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boot entry was found in loader/entries (in /boot/efi, /boot or /efi) to copy for a boot entry without VFIO passthrough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the default boot entry with VFIO passthrough switched off (vfio_isolator=off).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SafetyEntryForApply</name>
    <message>
        <source>No boot entry without VFIO passthrough can be made here: %1 If the screen stays black after the restart, add vfio_isolator=off to the kernel command line in the boot menu for one start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SelectionRules</name>
    <message>
        <source>by ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no PCI device at this address on this machine; rescan and choose from the devices listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe root port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the IOMMU itself (%2), the unit that isolates the other devices: it stays with the host and is not in a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no IOMMU group although the IOMMU is on: the kernel put it in none, so it cannot be given to a VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in IOMMU group %2 with %3; a group is the smallest unit a VM can get, so it goes to vfio-pci too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in IOMMU group %2 with %3 but is not selected; a group is the smallest unit a VM can get: select all of %4, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is bound by its ID %2: no device that stays on the host has this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is bound by its address: it shares the ID %3 with %2 on the host, so the ID cannot go into ids= (vfio-pci would take every card with it). The other card keeps its driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (driver %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SetupApplyPage</name>
    <message>
        <source>&lt;p&gt;These devices will go to vfio-pci at every boot:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Review and apply&lt;/b&gt; shows each file and the command first; your password is asked before anything is written.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Applied.&lt;/b&gt; Go on to restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SetupAssistant</name>
    <message>
        <source>First-time setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SetupChecksPage</name>
    <message>
        <source>&amp;Change the kernel command line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The IOMMU cannot be switched on from here.&lt;/b&gt; Follow the blocked steps above, then start the setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; The IOMMU comes on at the next restart; then open the setup again to choose the devices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SetupChoosePage</name>
    <message>
        <source>Group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the host needs it: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks the group under the cursor; the arrows move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To give it anyway, use the main window, which asks twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SetupRestartPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;If the screen stays black:&lt;/b&gt; this boot loader is not one VFIO Isolator knows, so it has no safety entry. Add &lt;code&gt;vfio_isolator=off&lt;/code&gt; to the kernel command line in the boot menu for one start: every device then gets its normal driver, and Undo last change gives them back for good.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;If the screen stays black&lt;/b&gt; or the computer does not start normally: restart and choose the entry ending in &lt;i&gt;“without VFIO passthrough”&lt;/i&gt; in the boot menu (hold Shift or press Esc while the computer starts to see the menu). That start gives every device its normal driver; then open VFIO Isolator and choose &lt;b&gt;Undo last change&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the system to restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;At the next start the kernel switches the IOMMU on and makes the IOMMU groups. Open the setup again afterwards to choose the devices.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;At the next start vfio-pci takes the chosen devices. &lt;b&gt;The screen connected to %1 goes dark&lt;/b&gt;: that card now waits for a virtual machine. Keep a screen on the graphics card that shows this window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;At the next start vfio-pci takes the chosen devices; the host no longer uses them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;After the restart VFIO Isolator checks by itself that every device was bound, and says why where one was not.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SetupVerifyPage</name>
    <message>
        <source>[!] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[✓] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;[!] %1&lt;/b&gt; matches no device on this computer: that part of the configuration does nothing. Apply again from the main window to write it anew.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::Sysfs</name>
    <message>
        <source>`%1` is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SystemChangeService</name>
    <message>
        <source>The helper cannot change the kernel command line here; add the words by hand as the check says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SystemCheck</name>
    <message>
        <source>an IOMMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/cpuinfo could not be read, so it is unknown whether the processor&apos;s virtualisation (Intel VT-x or AMD-V) is on. Check that it is enabled in the firmware setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor can run virtual machines at full speed (Intel VT-x is on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor can run virtual machines at full speed (AMD-V is on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor shows no hardware virtualisation (no vmx or svm flag in /proc/cpuinfo). Restart into the firmware setup (often Del or F2 at power-on) and enable Intel VT-x or AMD-V (&quot;SVM mode&quot;); without it a virtual machine cannot use a passed-through device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware announces %1 (its ACPI %2 table is there), so the hardware has an IOMMU and the firmware has it enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware&apos;s IOMMU table (ACPI DMAR or IVRS) is not visible here, but the kernel runs an IOMMU, so the firmware has it enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware does not announce an IOMMU (there is no ACPI DMAR or IVRS table). Restart into the firmware setup (often Del or F2 at power-on), enable &quot;VT-d&quot; (Intel) or &quot;AMD-Vi&quot; / &quot;IOMMU&quot; (AMD), save and restart. If there is no such setting, this computer cannot pass devices through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IOMMU is on: Linux has put the devices into IOMMU groups, so they can be isolated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IOMMU is off: Linux made no IOMMU groups, so no device can be handed to a virtual machine safely. The firmware has it, so the kernel command line decides: see the kernel parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IOMMU is off: Linux made no IOMMU groups, so no device can be handed to a virtual machine safely. It stays off until the firmware announces an IOMMU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel command line switches the IOMMU off with %1 (%2 is there too, but the later word wins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel command line switches the IOMMU off with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel leaves Intel VT-d off unless %1 is given (%2 does not set %3=y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel&apos;s build configuration (%1) is not there to tell whether it turns Intel VT-d on by itself, so %2 is needed to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the line and stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line and add %2, then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line (%2 is already there and stays), then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line, then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the kernel command line, then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kernel parameter is needed: this kernel turns Intel VT-d on by itself (%1 sets %2=y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kernel parameter is needed: Linux turns AMD-Vi on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the kernel command line switches the IOMMU off. Which parameters are needed can be told once the firmware announces an IOMMU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kernel parameter is needed: the IOMMU is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set: the devices the host keeps skip IOMMU address translation, which keeps them fast; passed-through devices stay isolated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a speed option for IOMMU machines, matters only once the firmware announces an IOMMU; nothing is offered until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may add %1: it lets the devices the host keeps skip IOMMU address translation, which can make them faster; passed-through devices stay isolated. It is not needed, and only added if you choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secure Boot state is not shown (no SecureBoot variable in /%1). Either way vfio-pci works: it is part of the kernel and signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No EFI variables are visible (no /sys/firmware/efi): the system started the legacy BIOS way, or this snapshot lacks them. Secure Boot does not stand in the way of vfio-pci in any case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secure Boot variable /%1 has an unexpected form (%2 bytes instead of 5), so its state is unknown. vfio-pci works either way: it is part of the kernel and signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot is on. That is fine: vfio-pci is part of the kernel and signed with it, so it loads with Secure Boot on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot is off. Nothing to do: vfio-pci works with Secure Boot on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graphics device is marked as the one the firmware started the screen on (boot_vga), so it is unknown which GPU the host&apos;s display needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen you see now comes from %1; passing it through leaves the host without a display, unless another graphics card takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRUB, configured through /etc/default/grub.d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRUB, configured in /etc/default/grub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRUB with Boot Loader Specification entries, changed through grubby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd-boot, with the command line in /etc/kernel/cmdline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd-boot, with the command line in its loader entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernelstub (Pop!_OS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown boot loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s vfio modules could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1 lacks %2, which passthrough needs. Install your distribution&apos;s standard kernel (it has them), or build this one with CONFIG_VFIO and CONFIG_VFIO_PCI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1 has the vfio modules passthrough needs (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel %1 has the vfio modules passthrough needs (%2); built into the kernel itself: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initramfs (the small system that starts Linux) is built with %1 (%2): the app adds vfio-pci there, so the devices are claimed before their usual drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system root has no /usr, so its initramfs tool could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app cannot make a vfio-pci binding last across restarts here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel command line is set by %1 (found because %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot loader was not recognised (%1). Nothing on the kernel command line needs changing now; should that change, edit it by hand in your boot loader&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot loader was not recognised (%1), so the app cannot change the kernel command line itself. Make the change above by hand in your boot loader&apos;s configuration (your distribution&apos;s guide calls it &quot;kernel parameters&quot;), then restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SystemCheckHtml</name>
    <message>
        <source>This computer is not ready for passthrough yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot is not ready for passthrough yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is ready for passthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot is ready for passthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[✓] OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[!] Action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[✗] Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[i] Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IOMMU keeps a device given to a virtual machine from reaching the host&apos;s memory. This is what was checked, and what to change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the changes, restart and open VFIO Isolator again: the devices then appear in their IOMMU groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SystemRestart</name>
    <message>
        <source>The system did not restart (%1). Restart from your desktop&apos;s menu; VFIO Isolator checks the devices when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SystemRoot</name>
    <message>
        <source>The folder %1 does not exist. Use the folder that holds sys/, proc/ and lib/modules/ of a system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable directory. Check its permissions, or use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no readable sys/bus/pci/devices, so it is not a system root. On this machine, is /sys mounted? For a hardware report, use the folder that contains sys/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SystemdBootEntries</name>
    <message>
        <source>No systemd-boot entry (loader/entries/*.conf in /boot/efi, /boot or /efi) was found. Add %1 to the `options` line of your boot entry by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd-boot starts the kernel with this entry&apos;s `options` line; only its words change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::SystemdBootKernelCmdline</name>
    <message>
        <source>%1 does not exist, so the kernel command line cannot be changed there. Add %2 to the `options` line of your boot entry by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel-install puts this command line into the boot entries it writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot entry of kernel %1 cannot be regenerated: kernel-install (in /usr/bin) or the kernel image (/usr/lib/modules/%1/vmlinuz or /boot/vmlinuz-%1) is missing. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the boot entry of kernel %1 again with the new command line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::TopologyScanner</name>
    <message>
        <source>`config` holds only %1 bytes, not a PCI header; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`modalias` holds %1, which is not a PCI modalias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`modalias` names %1 but config space says %2:%3; the snapshot may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` holds %2, which is not a hexadecimal ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` is there but is not a link the scanner can read; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`iommu_group` points to &quot;%1&quot;, which does not end in a group number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 is not named like a PCI device (dddd:bb:dd.f); it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sys/bus/pci/devices/%1 is not a link to the device, so its parent bridge is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device disappeared during the scan (or its directory cannot be read: %1); only its address is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel release is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PCI devices could be listed: %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::TransactionRunner</name>
    <message>
        <source>Keeping a copy of the current files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the previous files back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: your previous configuration is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some previous files could not be put back: %1 The copies are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerating the initramfs with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::TransactionStore</name>
    <message>
        <source>Cannot read %1 to keep a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the content from before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing: it did not exist before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 kept by transaction %2 is missing in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::TrayContent</name>
    <message>
        <source>VFIO passthrough: every device as configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VFIO passthrough: restart to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VFIO passthrough: a configured device is not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VFIO passthrough: nothing configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not bound: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::TrayController</name>
    <message>
        <source>Open VFIO Isolator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::UdevMonitor</name>
    <message>
        <source>Live updates are off: the udev device monitor could not be started (is systemd-udevd running?). Use View &gt; Rescan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::UnknownBootLoader</name>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VFIO Isolator does not recognise how this system builds its kernel command line (it supports GRUB, GRUB with grubby, systemd-boot and kernelstub), so it changes nothing. Change it by hand: %1 in your boot loader&apos;s kernel command line (for GRUB, GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub, then update-grub), and reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::Verification</name>
    <message>
        <source>no driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started without VFIO passthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This boot was started with vfio_isolator=off (the safety entry): every device kept its normal driver. Restart normally to pass it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IOMMU is off, so vfio-pci cannot take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfio-pci is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has no vfio-pci driver at this boot. Apply again to put it into the initramfs, then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfio-pci or vfio.conf is missing from the initramfs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initramfs was built without them, so %1 came first. Apply again to regenerate the initramfs, then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed it first; vfio-pci is not loaded before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration was written by hand without softdep lines. Apply it with VFIO Isolator to load vfio-pci first, then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initramfs may predate the configuration: apply again to regenerate it, then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no driver took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither vfio-pci nor another driver holds it; the kernel log (journalctl -k) says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the host (bridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges and root ports always stay with the host; the devices behind them can still be given to a virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound to vfio-pci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfio-pci holds it and the configuration keeps it so at every boot: it is ready for a virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfio-pci holds it now; the configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will return to the host at next boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfio-pci holds it now, but the configuration no longer names it: after a restart its normal driver takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will bind at next boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration names it; vfio-pci takes it at the next boot (now: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured but not bound (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration names it but it was not bound to vfio-pci at this boot: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses %1 on the host and is not configured for vfio-pci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses %1 on the host now; the configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device is configured for vfio-pci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured device is bound to vfio-pci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration changed after this boot: restart to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration names %1, which no device on this computer has: check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started without VFIO passthrough (vfio_isolator=off): devices kept their normal drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configured device is not bound to vfio-pci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every configured device is bound to vfio-pci (%n devices).</source>
        <translation>
            <numerusform>Every configured device is bound to vfio-pci (%n device).</numerusform>
            <numerusform>Every configured device is bound to vfio-pci (%n devices).</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch the IOMMU on with the first-time setup (File &gt; First-time setup…), then restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli</name>
    <message>
        <source>Boot loader: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the boot configuration already has these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Run &apos;%2 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one PCI address, e.g. 0000:01:00.0 (see &apos;vfio-isolator-cli list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PCI address: write it as 0000:01:00.0, or 01:00.0 as lspci prints it (see &apos;vfio-isolator-cli list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the helper&apos;s JSON answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add %1: the devices the host keeps skip IOMMU address translation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work the words out from the system below DIR (a snapshot) instead of this machine. The helper still changes the system it runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1; remove %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the kernel command line already has what the IOMMU needs on this system (see &apos;vfio-isolator-cli check&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel command line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed file %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file %1 (%2%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed file %1 (%2%3), - removed, + added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1 (initramfs: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 [%2]: bound by %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address (driver_override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID (ids=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOMMU Group %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices without an IOMMU group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  matches no device on this computer: the configuration does nothing for it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one file at most; &apos;%1&apos; is one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the system below DIR (a snapshot folder with sys/, proc/ and lib/modules/, or a report file made by &apos;report&apos;) instead of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli::ApplyCommand</name>
    <message>
        <source>Reserve devices for vfio-pci from the next boot on (asks for confirmation unless --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI addresses, e.g. 0000:02:00.0; every endpoint of their IOMMU groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply without asking for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli::CheckCommand</name>
    <message>
        <source>Check whether this system is ready for PCI passthrough, and what to change if not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System check of this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System check of the snapshot %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet: change what is marked Blocked or Action needed, then run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: nothing stands in the way of passing devices through.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli::EnableIommuCommand</name>
    <message>
        <source>Switch the IOMMU on through the kernel command line from the next boot (asks unless --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kernel command line without asking for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kernel command line?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli::HelperSession</name>
    <message>
        <source>Transaction %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helper stopped before finishing transaction %1. Run &apos;vfio-isolator-cli status&apos; to see what is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asking for confirmation without a terminal: add --yes to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli::ListCommand</name>
    <message>
        <source>Show the IOMMU groups and their PCI devices, drivers and kernel modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of the listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli::PreviewCommand</name>
    <message>
        <source>Show the files and commands that apply would write and run (changes nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI addresses, e.g. 0000:02:00.0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli::PreviewIommuCommand</name>
    <message>
        <source>Show how enable-iommu would change the kernel command line (changes nothing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli::ReportCommand</name>
    <message>
        <source>Write a hardware report for a bug report: the PCI devices, IOMMU groups, kernel modules and the configuration, without serial numbers, MAC addresses, host or user names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the report (default: vfio-isolator-report.tar.gz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2). Attach it to your bug report; &quot;vfio-isolator-cli list --root %1&quot; shows what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli::RevertCommand</name>
    <message>
        <source>Undo the last change (apply or enable-iommu): put back the files it replaced, rerun its tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert without asking for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the last change?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli::StatusCommand</name>
    <message>
        <source>Show what is configured now: devices, IDs, files, the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device is reserved for vfio-pci by VFIO Isolator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved: %1 [%2], bound by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfio-pci ids= in the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::cli::VerifyCommand</name>
    <message>
        <source>After a restart: check that every configured device is bound to vfio-pci, and say why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of sentences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::report</name>
    <message>
        <source>No temporary folder could be made (%1). Free some space in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created (%2). Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a hardware report of VFIO Isolator (%2). Make a new one with &quot;vfio-isolator-cli report&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies outside %2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link %1 leads outside the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a file, a folder nor a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to more than 512 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be unpacked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::report::SnapshotFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 could not be created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
