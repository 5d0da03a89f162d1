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
    <name>vfio</name>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If %1 is ticked without %3 (the same ID %2), it is bound by its address, and the host&apos;s driver keeps %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>%1 devices here share the ID %2; if only some of them are ticked, those are bound by address and the others keep their driver.</source>
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
</context>
<context>
    <name>vfio::Options</name>
    <message>
        <source>Read the system below DIR (a snapshot) instead of this computer; read-only.</source>
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
</context>
<context>
    <name>vfio::Parser</name>
    <message>
        <source>Give PCI devices to virtual machines: pick them by IOMMU group, review, apply through the helper.</source>
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
    <name>vfio::SystemChangeService</name>
    <message>
        <source>The helper cannot change the kernel command line here; add the words by hand as the check says.</source>
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
</TS>
