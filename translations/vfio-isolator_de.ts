<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Nur &amp;Grafikkarten</translation>
    </message>
    <message>
        <source>Hide &amp;bridges</source>
        <translation>&amp;Brücken ausblenden</translation>
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
        <source>Show this computer&apos;s devices anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a &amp;sample machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>Letzte Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Restore the files the last Apply replaced, in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Prüfen und anwenden …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
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
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu einlesen</translation>
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
    <message>
        <source>%1 has the same ID %2 as %3, which stays on the host: it will be bound by its address, and %3 keeps its driver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::DbusHelperService</name>
    <message>
        <source>The VFIO Isolator helper is not installed on this computer (no service io.github.vfio_isolator.Helper on the system bus). Install VFIO Isolator from your distribution&apos;s package, or run &quot;sudo cmake --install build&quot; from a source build: it puts the helper, its D-Bus service file and its polkit policy in place. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation>Adresse</translation>
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
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver in use</source>
        <translation>Verwendeter Treiber</translation>
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
        <translation>Kernelmodule</translation>
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
</context>
<context>
    <name>vfio::DeviceState</name>
    <message>
        <source>no driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver %1</source>
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
        <translation>an vfio-pci gebunden</translation>
    </message>
    <message>
        <source>on the host</source>
        <translation>beim Host</translation>
    </message>
    <message>
        <source>vfio-pci holds it now; the configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses %1 on the host now; the configuration could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfio-pci holds it and the configuration keeps it so at every boot: it is ready for a virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will return to the host at next boot</source>
        <translation>kehrt beim nächsten Start zum Host zurück</translation>
    </message>
    <message>
        <source>vfio-pci holds it now, but the configuration no longer names it: after a restart its normal driver takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will bind at next boot</source>
        <translation>wird beim nächsten Start gebunden</translation>
    </message>
    <message>
        <source>The configuration names it; vfio-pci takes it at the next boot (now: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IOMMU is off, so vfio-pci cannot take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed it first; vfio-pci is not loaded before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed it first; the initramfs may predate the configuration (regenerate it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured but not bound (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration names it but it was not bound to vfio-pci at this boot: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses %1 on the host and is not configured for vfio-pci.</source>
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
        <source> (host needs it: %1)</source>
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
        <source>%1 devices here share the ID %2; if only some of them are ticked, those are bound by address and the others keep their driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device in this group is a bridge or root port; they stay with the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Vendor:device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Driver in use</source>
        <translation>Verwendeter Treiber</translation>
    </message>
    <message>
        <source>Kernel modules</source>
        <translation>Kernelmodule</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>vfio::IommuExplanation</name>
    <message>
        <source>This computer has no active IOMMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IOMMU keeps a device given to a virtual machine from reaching the host&apos;s memory. Without it the kernel makes no IOMMU groups, and no device can be bound to vfio-pci safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware does not announce an IOMMU (no ACPI DMAR or IVRS table): it is switched off in the firmware settings, or this hardware has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-time setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart into the firmware settings (often Del or F2 at power-on) and enable &quot;VT-d&quot; (Intel) or &quot;AMD-Vi&quot; / &quot;IOMMU&quot; (AMD); save and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Intel machines add intel_iommu=on (AMD turns it on by itself), and iommu=pt for speed, to GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub; then run &quot;sudo update-grub&quot; (Debian, Ubuntu) or &quot;sudo grub2-mkconfig -o /boot/grub2/grub.cfg&quot; (Fedora).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart, open VFIO Isolator again: the devices then appear in their IOMMU groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware announces an IOMMU (its ACPI %1 table is there), but the kernel command line turns it off with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware announces an IOMMU (its ACPI %1 table is there), but the kernel did not turn it on: Intel machines need intel_iommu=on on the kernel command line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vfio::LocalPlanService</name>
    <message>
        <source>Not PCI addresses: %1.</source>
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
        <source>VFIO Isolator — SAMPLE machine (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SAMPLE machine&lt;/b&gt; — a built-in example to explore (a GPU with its audio function, two identical network cards, a PCI bridge). Nothing here changes this computer; Apply is disabled. File &amp;gt; Open this computer goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VFIO Isolator — snapshot %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshot&lt;/b&gt; of %1 — read-only: reviewing works, applying does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VFIO Isolator</source>
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
        <source>&lt;p&gt;Select a device to see everything known about it.&lt;/p&gt;&lt;p&gt;Tick a device to give it to virtual machines: its whole IOMMU group is ticked with it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked: tick the devices to give to virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 device ticked for vfio-pci: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices ticked for vfio-pci: %2</source>
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
        <source>&lt;p&gt;&lt;b&gt;These devices go to vfio-pci at the next boot&lt;/b&gt;%1:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (on %1)</source>
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
</context>
<context>
    <name>vfio::UdevMonitor</name>
    <message>
        <source>Live updates are off: the udev device monitor could not be started (is systemd-udevd running?). Use View &gt; Rescan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
