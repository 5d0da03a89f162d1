<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MainWindow</name>
    <message>
        <source>VFIO Isolator</source>
        <translation>VFIO Isolator</translation>
    </message>
    <message>
        <source>Why the selection changed</source>
        <translation>Warum sich die Auswahl geändert hat</translation>
    </message>
    <message>
        <source>Filter by name, address, ID, class, driver or state</source>
        <translation>Nach Name, Adresse, ID, Klasse, Treiber oder Zustand filtern</translation>
    </message>
    <message>
        <source>&amp;GPUs only</source>
        <translation>Nur &amp;GPUs</translation>
    </message>
    <message>
        <source>Hide &amp;bridges</source>
        <translation>&amp;Bridges ausblenden</translation>
    </message>
    <message>
        <source>IOMMU groups and their devices</source>
        <translation>IOMMU-Gruppen und ihre Geräte</translation>
    </message>
    <message>
        <source>Details of the current device</source>
        <translation>Details des aktuellen Geräts</translation>
    </message>
    <message>
        <source>Explore a &amp;sample machine</source>
        <translation>&amp;Beispielrechner erkunden</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>Letzte Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Restore the files the last Apply replaced, in one step</source>
        <translation>Die Dateien, die das letzte Anwenden ersetzt hat, in einem Schritt wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Prüfen und anwenden…</translation>
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
        <translation>&amp;Diesen Computer öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;sample machine</source>
        <translation>&amp;Beispielrechner öffnen</translation>
    </message>
    <message>
        <source>Open a system &amp;snapshot…</source>
        <translation>&amp;Systemabbild öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>Neu ein&amp;lesen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Expand all groups</source>
        <translation>Alle Gruppen &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse all groups</source>
        <translation>Alle Gruppen &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;About VFIO Isolator</source>
        <translation>&amp;Über VFIO Isolator</translation>
    </message>
    <message>
        <source>Show the devices anyway</source>
        <translation>Geräte trotzdem anzeigen</translation>
    </message>
    <message>
        <source>First-time &amp;setup…</source>
        <translation>&amp;Ersteinrichtung…</translation>
    </message>
    <message>
        <source>Checks this computer, switches the IOMMU on, and walks through choosing, applying and restarting</source>
        <translation>Prüft diesen Computer, schaltet die IOMMU ein und führt durch Auswählen, Anwenden und Neustart</translation>
    </message>
    <message>
        <source>Show the passthrough status in the system tray</source>
        <translation>Passthrough-Status im Systembereich der Kontrollleiste anzeigen</translation>
    </message>
    <message>
        <source>Starts a tray icon at login that says whether the configured devices are bound to vfio-pci</source>
        <translation>Startet bei der Anmeldung ein Symbol im Systembereich, das zeigt, ob die konfigurierten Geräte an vfio-pci gebunden sind</translation>
    </message>
    <message>
        <source>Open a hardware &amp;report…</source>
        <translation>Einen &amp;Hardwarebericht öffnen…</translation>
    </message>
    <message>
        <source>Open a report made with Help &gt; Make a hardware report or vfio-isolator-cli report, read-only</source>
        <translation>Einen mit Hilfe &gt; Hardwarebericht erstellen oder vfio-isolator-cli report erstellten Bericht öffnen, nur lesend</translation>
    </message>
    <message>
        <source>Make a hardware &amp;report for a bug report…</source>
        <translation>&amp;Hardwarebericht für einen Fehlerbericht erstellen…</translation>
    </message>
    <message>
        <source>Save the PCI devices, IOMMU groups and configuration of what this window shows in one file, without serial numbers, MAC addresses or names</source>
        <translation>Die PCI-Geräte, IOMMU-Gruppen und die Konfiguration dessen, was dieses Fenster zeigt, in einer Datei speichern, ohne Seriennummern, MAC-Adressen oder Namen</translation>
    </message>
    <message>
        <source>What this window shows</source>
        <translation>Was dieses Fenster zeigt</translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation>Die Geräte filtern</translation>
    </message>
    <message>
        <source>Shows only the devices whose name, address, ID, class, driver or state contains the text. Ctrl+F comes here; Down or Enter goes to the list.</source>
        <translation>Zeigt nur die Geräte, deren Name, Adresse, ID, Klasse, Treiber oder Zustand den Text enthält. Strg+F springt hierher; Pfeil nach unten oder Eingabe geht zur Liste.</translation>
    </message>
    <message>
        <source>Shows only the IOMMU groups that hold a graphics card</source>
        <translation>Zeigt nur die IOMMU-Gruppen, die eine Grafikkarte enthalten</translation>
    </message>
    <message>
        <source>Hides the bridges and root ports, which always stay with the host</source>
        <translation>Blendet die Brücken und Root-Ports aus, die immer beim Host bleiben</translation>
    </message>
    <message>
        <source>Arrows move, Space ticks or unticks a device and its whole group, Enter opens the review of the ticked devices</source>
        <translation>Pfeiltasten bewegen, Leertaste hakt ein Gerät und seine ganze Gruppe an oder ab, Eingabe öffnet die Überprüfung der angehakten Geräte</translation>
    </message>
    <message>
        <source>Everything known about the device or group that is current in the list</source>
        <translation>Alles, was über das in der Liste aktuelle Gerät oder die Gruppe bekannt ist</translation>
    </message>
    <message>
        <source>Why no device can be given to a virtual machine</source>
        <translation>Warum kein Gerät an eine virtuelle Maschine gegeben werden kann</translation>
    </message>
    <message>
        <source>Shows the device list, for looking only</source>
        <translation>Zeigt die Geräteliste, nur zum Ansehen</translation>
    </message>
    <message>
        <source>Opens a built-in example machine, read-only</source>
        <translation>Öffnet eine eingebaute Beispielmaschine, nur lesend</translation>
    </message>
    <message>
        <source>Ticked devices</source>
        <translation>Angehakte Geräte</translation>
    </message>
    <message>
        <source>Shows every file that would be written for the ticked devices, then applies them. Enter in the list does the same.</source>
        <translation>Zeigt jede Datei, die für die angehakten Geräte geschrieben würde, und wendet sie dann an. Eingabe in der Liste tut dasselbe.</translation>
    </message>
    <message>
        <source>&amp;Filter the devices</source>
        <translation>Die Geräte &amp;filtern</translation>
    </message>
    <message>
        <source>Moves the keyboard to the filter field</source>
        <translation>Setzt die Tastatur in das Filterfeld</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Asking the helper what it would write…</source>
        <translation>Der Helfer wird gefragt, was er schreiben würde…</translation>
    </message>
    <message>
        <source>Files that will be written</source>
        <translation>Dateien, die geschrieben werden</translation>
    </message>
    <message>
        <source>New content of the selected file, as a diff</source>
        <translation>Neuer Inhalt der gewählten Datei, als Diff</translation>
    </message>
    <message>
        <source>Output of the tools the helper runs</source>
        <translation>Ausgabe der Werkzeuge, die der Helfer ausführt</translation>
    </message>
    <message>
        <source>What the lines of the selected file mean</source>
        <translation>Was die Zeilen der gewählten Datei bedeuten</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Up and Down choose the file whose changes are shown next to the list</source>
        <translation>Pfeil nach oben und unten wählen die Datei, deren Änderungen neben der Liste gezeigt werden</translation>
    </message>
    <message>
        <source>Commands the helper runs</source>
        <translation>Befehle, die der Helfer ausführt</translation>
    </message>
    <message>
        <source>Status of the change</source>
        <translation>Stand der Änderung</translation>
    </message>
    <message>
        <source>Progress of the change</source>
        <translation>Fortschritt der Änderung</translation>
    </message>
</context>
<context>
    <name>SetupApplyPage</name>
    <message>
        <source>Review and apply</source>
        <translation>Prüfen und anwenden</translation>
    </message>
    <message>
        <source>Nothing is written before you have seen it.</source>
        <translation>Nichts wird geschrieben, bevor Sie es gesehen haben.</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Prüfen und anwenden…</translation>
    </message>
    <message>
        <source>Shows every file that will be written and the command that will run</source>
        <translation>Zeigt jede Datei, die geschrieben wird, und den Befehl, der ausgeführt wird</translation>
    </message>
</context>
<context>
    <name>SetupChecksPage</name>
    <message>
        <source>Check this computer</source>
        <translation>Diesen Computer prüfen</translation>
    </message>
    <message>
        <source>What passthrough needs, and what VFIO Isolator can switch on for you.</source>
        <translation>Was Passthrough braucht und was VFIO Isolator für Sie einschalten kann.</translation>
    </message>
    <message>
        <source>System check findings</source>
        <translation>Ergebnisse der Systemprüfung</translation>
    </message>
    <message>
        <source>Also use IOMMU &amp;passthrough mode (iommu=pt): faster host devices, same isolation</source>
        <translation>Auch den IOMMU-&amp;Passthrough-Modus verwenden (iommu=pt): schnellere Host-Geräte, gleiche Isolation</translation>
    </message>
    <message>
        <source>&amp;Switch the IOMMU on…</source>
        <translation>IOMMU ein&amp;schalten…</translation>
    </message>
    <message>
        <source>Shows the change to the kernel command line, then makes it through the helper</source>
        <translation>Zeigt die Änderung der Kernel-Befehlszeile und nimmt sie dann über den Helfer vor</translation>
    </message>
</context>
<context>
    <name>SetupChoosePage</name>
    <message>
        <source>Choose what to give to virtual machines</source>
        <translation>Wählen, was virtuelle Maschinen bekommen</translation>
    </message>
    <message>
        <source>Tick a group: a group goes to a virtual machine whole. Graphics cards that are not showing this screen come first.</source>
        <translation>Haken Sie eine Gruppe an: Eine Gruppe geht immer ganz an eine virtuelle Maschine. Grafikkarten, die diesen Bildschirm nicht anzeigen, stehen oben.</translation>
    </message>
    <message>
        <source>IOMMU groups that can be passed through</source>
        <translation>IOMMU-Gruppen, die durchgereicht werden können</translation>
    </message>
</context>
<context>
    <name>SetupRestartPage</name>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>The change takes effect when the computer starts again.</source>
        <translation>Die Änderung wird wirksam, wenn der Computer neu startet.</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>Asks the system to restart (your desktop may ask you to confirm)</source>
        <translation>Bittet das System um einen Neustart (Ihre Arbeitsumgebung fragt eventuell nach einer Bestätigung)</translation>
    </message>
</context>
<context>
    <name>SetupVerifyPage</name>
    <message>
        <source>After the restart</source>
        <translation>Nach dem Neustart</translation>
    </message>
    <message>
        <source>What the configuration asked for, and what the kernel did.</source>
        <translation>Was die Konfiguration verlangt hat und was der Kernel getan hat.</translation>
    </message>
    <message>
        <source>Verification per device</source>
        <translation>Überprüfung pro Gerät</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation>es gibt keine Anzeige für das Fenster (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt)</translation>
    </message>
    <message>
        <source>the display %1 cannot be reached</source>
        <translation>die Anzeige %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>vfio-isolator: %1. Start it from a desktop session, or use vfio-isolator-cli in a terminal.</source>
        <translation>vfio-isolator: %1. Starten Sie es aus einer Desktop-Sitzung oder verwenden Sie vfio-isolator-cli in einem Terminal.</translation>
    </message>
    <message>
        <source>Open the built-in sample machine.</source>
        <translation>Den eingebauten Beispielrechner öffnen.</translation>
    </message>
    <message>
        <source>Tick ADDRESS at start, as a click would: with its group; a group the host needs asks for your confirmation first.</source>
        <translation>ADDRESS beim Start anhaken wie mit einem Klick: mit seiner Gruppe; eine Gruppe, die der Host braucht, fragt zuerst nach Ihrer Bestätigung.</translation>
    </message>
    <message>
        <source>Show the details of ADDRESS at start.</source>
        <translation>Beim Start die Details von ADDRESS anzeigen.</translation>
    </message>
    <message>
        <source>Start in the system tray, without a window until asked.</source>
        <translation>Im Systembereich starten, ohne Fenster, bis eines verlangt wird.</translation>
    </message>
    <message>
        <source>Open the first-time setup assistant at start.</source>
        <translation>Beim Start den Assistenten für die Ersteinrichtung öffnen.</translation>
    </message>
    <message>
        <source>Give PCI devices to virtual machines: pick them by IOMMU group, review, apply through the helper.</source>
        <translation>PCI-Geräte an virtuelle Maschinen geben: nach IOMMU-Gruppe auswählen, prüfen, über den Helfer anwenden.</translation>
    </message>
    <message>
        <source>The sample machine is not installed; set VFIO_ISOLATOR_SAMPLE_DIR or reinstall.</source>
        <translation>Der Beispielrechner ist nicht installiert; setzen Sie VFIO_ISOLATOR_SAMPLE_DIR oder installieren Sie neu.</translation>
    </message>
    <message>
        <source>--root %1: no such folder; give the folder that holds the snapshot&apos;s sys/ and proc/.</source>
        <translation>--root %1: kein solcher Ordner; geben Sie den Ordner an, der sys/ und proc/ des Abbilds enthält.</translation>
    </message>
    <message>
        <source>--tick %1: there is no such device here (see the addresses in the list).</source>
        <translation>--tick %1: ein solches Gerät gibt es hier nicht (siehe die Adressen in der Liste).</translation>
    </message>
    <message>
        <source>Read the system below DIR (a snapshot folder, or a hardware report file) instead of this computer; read-only.</source>
        <translation>Das System unterhalb von DIR (ein Schnappschuss-Ordner oder eine Hardwarebericht-Datei) statt dieses Computers lesen; nur lesend.</translation>
    </message>
</context>
<context>
    <name>vfio</name>
    <message>
        <source>&quot;%1&quot; is not a PCI address: use the form 0000:01:00.0.</source>
        <translation>„%1“ ist keine PCI-Adresse: verwenden Sie die Form 0000:01:00.0.</translation>
    </message>
    <message>
        <source>Restart to finish: after the next boot %1 will use vfio-pci; check with `lspci -nnk` (&quot;Kernel driver in use: vfio-pci&quot;).</source>
        <translation>Zum Abschluss neu starten: Nach dem nächsten Start verwendet %1 vfio-pci; prüfen Sie mit `lspci -nnk` („Kernel driver in use: vfio-pci“).</translation>
    </message>
    <message>
        <source>vfio-pci is built into this kernel: also add %1 to the kernel command line.</source>
        <translation>vfio-pci ist in diesen Kernel eingebaut: fügen Sie außerdem %1 zur Kernel-Befehlszeile hinzu.</translation>
    </message>
    <message>
        <source>the kernel release is unknown</source>
        <translation>die Kernel-Version ist unbekannt</translation>
    </message>
    <message>
        <source>%1 does not exist (the modules of kernel %2 are not installed there)</source>
        <translation>%1 existiert nicht (die Module von Kernel %2 sind dort nicht installiert)</translation>
    </message>
    <message>
        <source>libkmod could not use %1</source>
        <translation>libkmod konnte %1 nicht verwenden</translation>
    </message>
    <message>
        <source>the module index in %1 could not be loaded (%2); running depmod %3 rebuilds it</source>
        <translation>der Modulindex in %1 konnte nicht geladen werden (%2); depmod %3 baut ihn neu auf</translation>
    </message>
    <message>
        <source>The hardware report was not written</source>
        <translation>Der Hardwarebericht wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Hardware report written</source>
        <translation>Hardwarebericht geschrieben</translation>
    </message>
    <message>
        <source>%1 (%2) holds the PCI devices, IOMMU groups, kernel module index, kernel command line and vfio and initramfs configuration of what this window shows. It holds no serial numbers, MAC addresses, host name or user names.

Attach it to your bug report. File &gt; Open a hardware report shows what it holds.</source>
        <translation>%1 (%2) enthält die PCI-Geräte, IOMMU-Gruppen, den Kernelmodul-Index, die Kernel-Befehlszeile sowie die vfio- und initramfs-Konfiguration dessen, was dieses Fenster zeigt. Er enthält keine Seriennummern, MAC-Adressen, Rechnernamen oder Benutzernamen.

Hängen Sie ihn an Ihren Fehlerbericht an. Datei &gt; Einen Hardwarebericht öffnen zeigt, was er enthält.</translation>
    </message>
    <message>
        <source>The hardware report could not be opened</source>
        <translation>Der Hardwarebericht konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>vfio::Autostart</name>
    <message>
        <source>Shows in the system tray whether the devices given to virtual machines are bound</source>
        <translation>Zeigt im Systembereich, ob die Geräte für virtuelle Maschinen gebunden sind</translation>
    </message>
    <message>
        <source>Could not remove %1; remove it by hand to stop the tray at login.</source>
        <translation>%1 konnte nicht entfernt werden; entfernen Sie es von Hand, damit das Symbol bei der Anmeldung nicht mehr startet.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); check that the folder is writable.</source>
        <translation>%1 konnte nicht geschrieben werden (%2); prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>vfio::BannerStyle</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesend</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>vfio::BootLoaderDetection</name>
    <message>
        <source>/etc/default/grub, /boot/loader/entries/*.conf and %1 exist</source>
        <translation>/etc/default/grub, /boot/loader/entries/*.conf und %1 existieren</translation>
    </message>
    <message>
        <source>/etc/default/grub and the folder /etc/default/grub.d exist</source>
        <translation>/etc/default/grub und der Ordner /etc/default/grub.d existieren</translation>
    </message>
    <message>
        <source>/etc/default/grub exists, /etc/default/grub.d does not</source>
        <translation>/etc/default/grub existiert, /etc/default/grub.d nicht</translation>
    </message>
    <message>
        <source>/usr/bin/kernelstub exists</source>
        <translation>/usr/bin/kernelstub existiert</translation>
    </message>
    <message>
        <source>%1 and /etc/kernel/cmdline exist</source>
        <translation>%1 und /etc/kernel/cmdline existieren</translation>
    </message>
    <message>
        <source>%1 exists, /etc/kernel/cmdline does not</source>
        <translation>%1 existiert, /etc/kernel/cmdline nicht</translation>
    </message>
    <message>
        <source>none of /usr/bin/kernelstub, /etc/default/grub, /boot/efi/loader/loader.conf, /boot/loader/loader.conf or /efi/loader/loader.conf exists</source>
        <translation>keines von /usr/bin/kernelstub, /etc/default/grub, /boot/efi/loader/loader.conf, /boot/loader/loader.conf oder /efi/loader/loader.conf existiert</translation>
    </message>
</context>
<context>
    <name>vfio::BootPlanSupport</name>
    <message>
        <source>Rebuild the GRUB menu with the new command line.</source>
        <translation>Das GRUB-Menü mit der neuen Befehlszeile neu erzeugen.</translation>
    </message>
    <message>
        <source>Neither update-grub nor grub-mkconfig was found in /usr/sbin or /usr/bin, so the GRUB menu cannot be rebuilt. Install your distribution&apos;s GRUB package (grub2-common or grub2-tools). Nothing was changed.</source>
        <translation>Weder update-grub noch grub-mkconfig wurde in /usr/sbin oder /usr/bin gefunden, daher kann das GRUB-Menü nicht neu erzeugt werden. Installieren Sie das GRUB-Paket Ihrer Distribution (grub2-common oder grub2-tools). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Rebuild the GRUB menu (%1) with the new command line.</source>
        <translation>Das GRUB-Menü (%1) mit der neuen Befehlszeile neu erzeugen.</translation>
    </message>
</context>
<context>
    <name>vfio::CheckedSelection</name>
    <message>
        <source>Not ticked: the group of %1 holds a device this computer needs. %2</source>
        <translation>Nicht angehakt: Die Gruppe von %1 enthält ein Gerät, das dieser Computer braucht. %2</translation>
    </message>
    <message>
        <source>Ticked %1.</source>
        <translation>%1 angehakt.</translation>
    </message>
    <message>
        <source>Unticked %1 of IOMMU group %2: a group goes to a virtual machine whole or not at all.</source>
        <translation>%1 der IOMMU-Gruppe %2 abgehakt: Eine Gruppe geht ganz oder gar nicht an eine virtuelle Maschine.</translation>
    </message>
    <message>
        <source>Unticked %1.</source>
        <translation>%1 abgehakt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has the same ID %2 as %3 on the host: it will be bound by its address, and the host&apos;s driver keeps %3.</source>
        <translation>
            <numerusform>%1 hat dieselbe ID %2 wie %3 auf dem Host: Es wird über seine Adresse gebunden, und der Treiber des Hosts behält %3.</numerusform>
            <numerusform>%1 hat dieselbe ID %2 wie %3 auf dem Host: Es wird über seine Adresse gebunden, und der Treiber des Hosts behält %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If %1 is ticked without %3 (the same ID %2), it is bound by its address, and the host&apos;s driver keeps %3.</source>
        <translation>
            <numerusform>Wird %1 ohne %3 (dieselbe ID %2) angehakt, wird es über seine Adresse gebunden, und der Treiber des Hosts behält %3.</numerusform>
            <numerusform>Wird %1 ohne %3 (dieselbe ID %2) angehakt, wird es über seine Adresse gebunden, und der Treiber des Hosts behält %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfio::CommandRunner</name>
    <message>
        <source>Refusing to run %1: only programs given by their absolute path are run.</source>
        <translation>Ausführung von %1 verweigert: Nur Programme mit absolutem Pfad werden ausgeführt.</translation>
    </message>
    <message>
        <source>%1 is missing or not executable: install the package that provides it.</source>
        <translation>%1 fehlt oder ist nicht ausführbar: installieren Sie das Paket, das es bereitstellt.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>%1 wurde nicht innerhalb von %2 Sekunden fertig und wurde angehalten.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>vfio::DbusHelperService</name>
    <message>
        <source>The system bus cannot be reached, so the helper cannot be asked. Start the D-Bus system daemon (&quot;sudo systemctl start dbus&quot;), or, inside a container or Flatpak, give the application access to the system bus. Nothing was changed.</source>
        <translation>Der Systembus ist nicht erreichbar, daher kann der Helfer nicht gefragt werden. Starten Sie den D-Bus-Systemdienst („sudo systemctl start dbus“) oder geben Sie der Anwendung in einem Container oder Flatpak Zugriff auf den Systembus. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The helper did not answer in time. Check &quot;journalctl -u vfio-isolator-helper&quot; and try again. Nothing was changed.</source>
        <translation>Der Helfer hat nicht rechtzeitig geantwortet. Prüfen Sie „journalctl -u vfio-isolator-helper“ und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The system bus refused the call (%1). The helper&apos;s D-Bus policy may be missing: reinstall VFIO Isolator. Nothing was changed.</source>
        <translation>Der Systembus hat den Aufruf abgelehnt (%1). Die D-Bus-Richtlinie des Helfers fehlt vielleicht: installieren Sie VFIO Isolator neu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not authorised: %1</source>
        <translation>Nicht berechtigt: %1</translation>
    </message>
    <message>
        <source>The helper is busy with another change: %1 Wait for it to finish, then try again.</source>
        <translation>Der Helfer ist mit einer anderen Änderung beschäftigt: %1 Warten Sie, bis sie fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>vfio::DesktopNotifier</name>
    <message>
        <source>Open VFIO Isolator</source>
        <translation>VFIO Isolator öffnen</translation>
    </message>
</context>
<context>
    <name>vfio::DeviceDetails</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>It has no IOMMU group because the IOMMU is not active on this boot.</source>
        <translation>Es hat keine IOMMU-Gruppe, weil die IOMMU in diesem Systemstart nicht aktiv ist.</translation>
    </message>
    <message>
        <source>It is alone in IOMMU group %1: the IOMMU can isolate it from every other device, so it can go to a virtual machine by itself.</source>
        <translation>Es ist allein in IOMMU-Gruppe %1: Die IOMMU kann es von jedem anderen Gerät isolieren, es kann also für sich allein an eine virtuelle Maschine gehen.</translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with %2 because they are functions of the same card (slot %3), which the IOMMU cannot keep apart.</source>
        <translation>Es teilt sich IOMMU-Gruppe %1 mit %2, weil sie Funktionen derselben Karte sind (Steckplatz %3), die die IOMMU nicht trennen kann.</translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with the bridge %2 above it%3: devices behind such a bridge (without ACS isolation) can reach each other directly, so the IOMMU treats them as one.</source>
        <translation>Es teilt sich IOMMU-Gruppe %1 mit der Bridge %2 darüber%3: Geräte hinter einer solchen Bridge (ohne ACS-Isolation) können einander direkt erreichen, daher behandelt die IOMMU sie als eins.</translation>
    </message>
    <message>
        <source> and the other devices behind it (%1)</source>
        <translation> und den anderen Geräten dahinter (%1)</translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with %2 because they sit behind the same bridge %3, which does not isolate the devices below it.</source>
        <translation>Es teilt sich IOMMU-Gruppe %1 mit %2, weil sie hinter derselben Bridge %3 sitzen, die die Geräte darunter nicht isoliert.</translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with %2 because the path between them offers no isolation (no ACS), so the IOMMU cannot keep them apart.</source>
        <translation>Es teilt sich IOMMU-Gruppe %1 mit %2, weil der Weg zwischen ihnen keine Isolation bietet (kein ACS), daher kann die IOMMU sie nicht trennen.</translation>
    </message>
    <message>
        <source>%1 — %2 [%3]</source>
        <translation>%1 — %2 [%3]</translation>
    </message>
    <message>
        <source>PCI device</source>
        <translation>PCI-Gerät</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>The host needs it:</source>
        <translation>Der Host braucht es:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>not in pci.ids</source>
        <translation>nicht in pci.ids</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>Subsystem</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Driver in use</source>
        <translation>Verwendeter Treiber</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Driver override</source>
        <translation>Treiber-Override</translation>
    </message>
    <message>
        <source>Kernel modules</source>
        <translation>Kernel-Module</translation>
    </message>
    <message>
        <source>Modalias</source>
        <translation>Modalias</translation>
    </message>
    <message>
        <source>Reset methods</source>
        <translation>Reset-Methoden</translation>
    </message>
    <message>
        <source>none: the device cannot be reset on its own, which some virtual machines dislike</source>
        <translation>keine: Das Gerät kann nicht für sich allein zurückgesetzt werden, was manche virtuelle Maschinen nicht mögen</translation>
    </message>
    <message>
        <source>Boot GPU</source>
        <translation>Boot-GPU</translation>
    </message>
    <message>
        <source>yes: the firmware shows its console on it</source>
        <translation>ja: Die Firmware zeigt ihre Konsole darauf</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>PCIe root port</source>
        <translation>PCIe-Root-Port</translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <translation>PCI-Bridge</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endgerät</translation>
    </message>
    <message>
        <source>Parent bridge</source>
        <translation>Übergeordnete Bridge</translation>
    </message>
    <message>
        <source>none (root bus)</source>
        <translation>keine (Root-Bus)</translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation>IOMMU-Gruppe</translation>
    </message>
    <message>
        <source>Its IOMMU group</source>
        <translation>Seine IOMMU-Gruppe</translation>
    </message>
    <message>
        <source> — stays with the host</source>
        <translation> — bleibt beim Host</translation>
    </message>
    <message>
        <source>What the scan could not read</source>
        <translation>Was der Scan nicht lesen konnte</translation>
    </message>
    <message>
        <source>IOMMU group %1</source>
        <translation>IOMMU-Gruppe %1</translation>
    </message>
    <message>
        <source>Devices without an IOMMU group</source>
        <translation>Geräte ohne IOMMU-Gruppe</translation>
    </message>
    <message>
        <source>A group is the smallest set of devices the IOMMU can isolate: ticking one device ticks every device of its group; bridges and root ports stay with the host.</source>
        <translation>Eine Gruppe ist die kleinste Menge von Geräten, die die IOMMU isolieren kann: Ein Gerät anzuhaken hakt jedes Gerät seiner Gruppe an; Bridges und Root-Ports bleiben beim Host.</translation>
    </message>
    <message>
        <source>Without an IOMMU group no device can be given to a virtual machine.</source>
        <translation>Ohne IOMMU-Gruppe kann kein Gerät an eine virtuelle Maschine gehen.</translation>
    </message>
    <message>
        <source>This is the IOMMU itself (%1): it stays with the host and is not in a group.</source>
        <translation>Dies ist die IOMMU selbst (%1): Sie bleibt beim Host und ist in keiner Gruppe.</translation>
    </message>
    <message>
        <source>It has no IOMMU group although the IOMMU is on: the kernel put it in none, so it cannot be given to a virtual machine.</source>
        <translation>Es hat keine IOMMU-Gruppe, obwohl die IOMMU an ist: Der Kernel hat es in keine gesteckt, daher kann es nicht an eine virtuelle Maschine gehen.</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>Vorsicht:</translation>
    </message>
</context>
<context>
    <name>vfio::DeviceTreeModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>No IOMMU group</source>
        <translation>Keine IOMMU-Gruppe</translation>
    </message>
    <message>
        <source>%1 — %2 · ticked for vfio-pci</source>
        <translation>%1 — %2 · für vfio-pci angehakt</translation>
    </message>
    <message>
        <source>ticked for vfio-pci</source>
        <translation>für vfio-pci angehakt</translation>
    </message>
    <message>
        <source>These devices have no IOMMU group: the IOMMU is off, so none of them can be given to a virtual machine.</source>
        <translation>Diese Geräte haben keine IOMMU-Gruppe: Die IOMMU ist aus, daher kann keines davon an eine virtuelle Maschine gehen.</translation>
    </message>
    <message>
        <source>Every device in group %1 is a bridge or root port; they stay with the host.</source>
        <translation>Jedes Gerät in Gruppe %1 ist eine Bridge oder ein Root-Port; sie bleiben beim Host.</translation>
    </message>
    <message>
        <source>Ticking the group ticks every device in it: a group goes to a virtual machine whole.</source>
        <translation>Die Gruppe anzuhaken hakt jedes Gerät darin an: Eine Gruppe geht immer ganz an eine virtuelle Maschine.</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Every device in this group is a bridge or root port; they stay with the host.</source>
        <translation>Jedes Gerät in dieser Gruppe ist eine Bridge oder ein Root-Port; sie bleiben beim Host.</translation>
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
        <translation>Hersteller:Gerät</translation>
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
        <translation>Kernel-Module</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1 — needed: %2</source>
        <translation>%1 — benötigt: %2</translation>
    </message>
    <message>
        <source>Unknown %1</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>Unknown device [%1]</source>
        <translation>Unbekanntes Gerät [%1]</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 device [%2]</source>
        <translation>%1-Gerät [%2]</translation>
    </message>
    <message>
        <source>The kernel put these devices in no IOMMU group (the IOMMU&apos;s own PCI function never is in one): they stay with the host.</source>
        <translation>Der Kernel hat diese Geräte in keine IOMMU-Gruppe gesteckt (die eigene PCI-Funktion der IOMMU ist nie in einer): Sie bleiben beim Host.</translation>
    </message>
    <message numerus="yes">
        <source>%n devices here share the ID %1; if only some of them are ticked, those are bound by address and the others keep their driver.</source>
        <translation>
            <numerusform>%n Gerät hier hat die ID %1; werden nur einige davon angehakt, werden diese über ihre Adresse gebunden und die anderen behalten ihren Treiber.</numerusform>
            <numerusform>%n Geräte hier teilen sich die ID %1; werden nur einige davon angehakt, werden diese über ihre Adresse gebunden und die anderen behalten ihren Treiber.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>cannot be ticked</source>
        <translation>kann nicht angehakt werden</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht angehakt</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>vfio::GrubBls</name>
    <message>
        <source>grubby was not found in /usr/sbin or /usr/bin; it changes the kernel command line of this system&apos;s boot entries. Install the grubby package. Nothing was changed.</source>
        <translation>grubby wurde in /usr/sbin oder /usr/bin nicht gefunden; es ändert die Kernel-Befehlszeile der Boot-Einträge dieses Systems. Installieren Sie das Paket grubby. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No boot entry was readable in /boot/loader/entries, so Revert will take out every word this change adds, even one that was there before.</source>
        <translation>In /boot/loader/entries war kein Boot-Eintrag lesbar, daher entfernt Rückgängig jedes Wort, das diese Änderung hinzufügt, auch eines, das schon vorher da war.</translation>
    </message>
    <message>
        <source>Change the kernel command line of every boot entry.</source>
        <translation>Die Kernel-Befehlszeile jedes Boot-Eintrags ändern.</translation>
    </message>
</context>
<context>
    <name>vfio::GrubDefaults</name>
    <message>
        <source>GRUB_CMDLINE_LINUX or GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub has a value over several lines, or one that mixes quoted and unquoted parts, which VFIO Isolator does not rewrite. Put the value on one line in one pair of quotes, or change it by hand (add %1, remove %2) and run update-grub. Nothing was changed.</source>
        <translation>GRUB_CMDLINE_LINUX oder GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub hat einen Wert über mehrere Zeilen oder einen, der Teile mit und ohne Anführungszeichen mischt; VFIO Isolator schreibt so etwas nicht um. Schreiben Sie den Wert in eine Zeile in ein Paar Anführungszeichen oder ändern Sie ihn von Hand (%1 hinzufügen, %2 entfernen) und führen Sie update-grub aus. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 does not exist, so the GRUB kernel command line cannot be changed there. Add %2 to the kernel command line by hand.</source>
        <translation>%1 existiert nicht, daher kann die GRUB-Kernel-Befehlszeile dort nicht geändert werden. Fügen Sie %2 von Hand zur Kernel-Befehlszeile hinzu.</translation>
    </message>
    <message>
        <source>The kernel command line of the normal boot entries is set here; only its words change.</source>
        <translation>Die Kernel-Befehlszeile der normalen Boot-Einträge wird hier gesetzt; nur ihre Wörter ändern sich.</translation>
    </message>
</context>
<context>
    <name>vfio::GrubDropIn</name>
    <message>
        <source>VFIO Isolator adds no kernel parameter any more.</source>
        <translation>VFIO Isolator fügt keinen Kernel-Parameter mehr hinzu.</translation>
    </message>
    <message>
        <source>Adds %1 to the kernel command line of the normal boot entries.</source>
        <translation>Fügt %1 zur Kernel-Befehlszeile der normalen Boot-Einträge hinzu.</translation>
    </message>
    <message>
        <source>GRUB_CMDLINE_LINUX or GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub has a value over several lines, or one that mixes quoted and unquoted parts, which VFIO Isolator does not rewrite. Remove %1 there by hand, or put the value on one line in one pair of quotes. Nothing was changed.</source>
        <translation>GRUB_CMDLINE_LINUX oder GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub hat einen Wert über mehrere Zeilen oder einen, der Teile mit und ohne Anführungszeichen mischt; VFIO Isolator schreibt so etwas nicht um. Entfernen Sie %1 dort von Hand oder schreiben Sie den Wert in eine Zeile in ein Paar Anführungszeichen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Removes %1 from the kernel command line set here; every other line stays as it is.</source>
        <translation>Entfernt %1 aus der hier gesetzten Kernel-Befehlszeile; jede andere Zeile bleibt, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>vfio::GrubSafetyScript</name>
    <message>
        <source>%1 — without VFIO passthrough</source>
        <translation>%1 — ohne VFIO-Passthrough</translation>
    </message>
</context>
<context>
    <name>vfio::HelperClient</name>
    <message>
        <source>The VFIO Isolator helper is not installed: there is no io.github.vfio_isolator.Helper on the system bus. With a packaged VFIO Isolator, install the package that provides the helper; from a source build, configure it with -DCMAKE_INSTALL_PREFIX=/usr (the bus policy and the polkit actions are read only from /usr/share), build it, and run &apos;sudo cmake --install build&apos;.</source>
        <translation>Der VFIO-Isolator-Helfer ist nicht installiert: Auf dem Systembus gibt es kein io.github.vfio_isolator.Helper. Installieren Sie bei einem paketierten VFIO Isolator das Paket, das den Helfer bereitstellt; konfigurieren Sie einen Build aus den Quellen mit -DCMAKE_INSTALL_PREFIX=/usr (die Bus-Richtlinie und die polkit-Aktionen werden nur aus /usr/share gelesen), bauen Sie ihn und führen Sie &apos;sudo cmake --install build&apos; aus.</translation>
    </message>
    <message>
        <source>The VFIO Isolator helper is not installed on this computer: there is no io.github.vfio_isolator.Helper on the system bus. The Flatpak cannot bring it, because it changes the boot configuration as root outside the sandbox. Install your distribution&apos;s vfio-isolator-helper package (on Debian and Ubuntu: sudo apt install vfio-isolator-helper, or the .deb from the project&apos;s releases), then restart VFIO Isolator.</source>
        <translation>Der Helfer von VFIO Isolator ist auf diesem Computer nicht installiert: Auf dem Systembus gibt es kein io.github.vfio_isolator.Helper. Das Flatpak kann ihn nicht mitbringen, da er die Startkonfiguration als root außerhalb der Sandbox ändert. Installieren Sie das Paket vfio-isolator-helper Ihrer Distribution (unter Debian und Ubuntu: sudo apt install vfio-isolator-helper, oder das .deb aus den Veröffentlichungen des Projekts) und starten Sie VFIO Isolator dann neu.</translation>
    </message>
</context>
<context>
    <name>vfio::HelperService</name>
    <message>
        <source>%1 was changed after %2; its current content is kept in %3.</source>
        <translation>%1 wurde nach %2 geändert; sein aktueller Inhalt bleibt in %3 erhalten.</translation>
    </message>
    <message>
        <source>The helper stopped during this transaction; the previous files were put back when it started again.</source>
        <translation>Der Helfer wurde während dieser Transaktion beendet; die vorherigen Dateien wurden beim Neustart des Helfers zurückgelegt.</translation>
    </message>
    <message>
        <source>The helper stopped during this transaction and could not put every previous file back: %1</source>
        <translation>Der Helfer wurde während dieser Transaktion beendet und konnte nicht jede vorherige Datei zurücklegen: %1</translation>
    </message>
    <message>
        <source>There is no PCI device %1 on this system: check the address with `lspci -D`.</source>
        <translation>Es gibt kein PCI-Gerät %1 auf diesem System: prüfen Sie die Adresse mit `lspci -D`.</translation>
    </message>
    <message>
        <source>Another change is in progress (transaction %1): wait for it to finish, then try again.</source>
        <translation>Eine andere Änderung läuft (Transaktion %1): Warten Sie, bis sie fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the initramfs must be regenerated for the change to work</source>
        <translation>das Initramfs muss neu erzeugt werden, damit die Änderung wirkt</translation>
    </message>
    <message>
        <source>Nothing to revert: no change made by VFIO Isolator is in place on this system.</source>
        <translation>Nichts rückgängig zu machen: Auf diesem System ist keine Änderung von VFIO Isolator wirksam.</translation>
    </message>
    <message>
        <source>The last change is now transaction %1, not the one you were asked about: run Revert again. Nothing was changed.</source>
        <translation>Die letzte Änderung ist jetzt Transaktion %1, nicht die, nach der gefragt wurde: Führen Sie Rückgängig erneut aus. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restart to finish: after the next boot %1 use their usual drivers again.</source>
        <translation>Zum Abschluss neu starten: Nach dem nächsten Start verwenden %1 wieder ihre üblichen Treiber.</translation>
    </message>
    <message>
        <source>No PCI address given: name at least one device, e.g. 0000:01:00.0.</source>
        <translation>Keine PCI-Adresse angegeben: Nennen Sie mindestens ein Gerät, z. B. 0000:01:00.0.</translation>
    </message>
    <message>
        <source>Too many addresses (%1): a selection has at most 256 devices.</source>
        <translation>Zu viele Adressen (%1): Eine Auswahl hat höchstens 256 Geräte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PCI address: use the full form domain:bus:device.function, e.g. 0000:01:00.0, as `lspci -D` prints it.</source>
        <translation>„%1“ ist keine PCI-Adresse: Verwenden Sie die volle Form Domäne:Bus:Gerät.Funktion, z. B. 0000:01:00.0, wie `lspci -D` sie ausgibt.</translation>
    </message>
    <message>
        <source>Restart to finish: after the next boot %1 uses its usual driver again.</source>
        <translation>Zum Abschluss neu starten: Nach dem nächsten Start verwendet %1 wieder seinen üblichen Treiber.</translation>
    </message>
</context>
<context>
    <name>vfio::HostCriticalDevices</name>
    <message>
        <source>Boot GPU unknown: no PCI display device says boot_vga=1 (normal when the console is not on a PCI graphics card).</source>
        <translation>Boot-GPU unbekannt: Kein PCI-Anzeigegerät meldet boot_vga=1 (normal, wenn die Konsole nicht auf einer PCI-Grafikkarte liegt).</translation>
    </message>
    <message>
        <source>the block device of / (%1) is not on a PCI controller this program can follow.</source>
        <translation>das Blockgerät von / (%1) hängt an keinem PCI-Controller, den dieses Programm verfolgen kann.</translation>
    </message>
    <message>
        <source>the block device of / (%1) is not on a PCI controller this program can follow</source>
        <translation>das Blockgerät von / (%1) hängt an keinem PCI-Controller, den dieses Programm verfolgen kann</translation>
    </message>
    <message>
        <source>%1 controls %2, which holds the root file system (/); without it the host cannot start.</source>
        <translation>%1 steuert %2, das das Wurzeldateisystem (/) enthält; ohne es kann der Host nicht starten.</translation>
    </message>
    <message>
        <source>Root disk controller unknown: </source>
        <translation>Controller der Systemplatte unbekannt: </translation>
    </message>
    <message>
        <source>, and root=%1 on the kernel command line names no device node</source>
        <translation>, und root=%1 in der Kernel-Befehlszeile nennt keinen Geräteknoten</translation>
    </message>
    <message>
        <source>neither %1 nor %2 could be read or names the mount of /%3.</source>
        <translation>weder %1 noch %2 war lesbar oder nennt den Einhängepunkt von /%3.</translation>
    </message>
    <message>
        <source>the mounts of this system could not be read</source>
        <translation>die Einhängepunkte dieses Systems konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>no mounts could be read, and root=%1 on the kernel command line does not lead to a block device under %2.</source>
        <translation>es konnten keine Einhängepunkte gelesen werden, und root=%1 in der Kernel-Befehlszeile führt zu keinem Blockgerät unter %2.</translation>
    </message>
    <message>
        <source>the kernel command line says root=%1, but /sys has no block device %2</source>
        <translation>die Kernel-Befehlszeile sagt root=%1, aber /sys hat kein Blockgerät %2</translation>
    </message>
    <message>
        <source>/ is mounted from &quot;%1&quot;%2, which does not lead to a block device under %3.</source>
        <translation>/ ist von „%1“%2 eingehängt, was zu keinem Blockgerät unter %3 führt.</translation>
    </message>
    <message>
        <source>/ is mounted from %1, which is not a block device this program can follow to its controller</source>
        <translation>/ ist von %1 eingehängt, einem Blockgerät, das dieses Programm nicht bis zu seinem Controller verfolgen kann</translation>
    </message>
    <message>
        <source>Default-route network card unknown: %1 could not be read.</source>
        <translation>Netzwerkkarte der Standardroute unbekannt: %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This machine has no default route, so no network card is needed to reach the outside.</source>
        <translation>Dieser Rechner hat keine Standardroute, daher wird keine Netzwerkkarte gebraucht, um nach außen zu kommen.</translation>
    </message>
    <message>
        <source>Default-route network card unknown: interface %1 is not on a PCI device (virtual, or %2 is missing).</source>
        <translation>Netzwerkkarte der Standardroute unbekannt: Schnittstelle %1 liegt auf keinem PCI-Gerät (virtuell, oder %2 fehlt).</translation>
    </message>
    <message>
        <source>%1 is the boot GPU (boot_vga is 1): the firmware and the console draw on it, so taking it from the host can leave the screen black while the system starts.</source>
        <translation>%1 ist die Boot-GPU (boot_vga ist 1): Firmware und Konsole zeichnen darauf, daher kann es den Bildschirm beim Systemstart schwarz lassen, wenn sie dem Host genommen wird.</translation>
    </message>
</context>
<context>
    <name>vfio::KernelCommandLineBackend</name>
    <message>
        <source>The kernel command line change (add: %1; remove: %2) contains a word VFIO Isolator does not change. Nothing was changed.</source>
        <translation>Die Änderung der Kernel-Befehlszeile (hinzufügen: %1; entfernen: %2) enthält ein Wort, das VFIO Isolator nicht ändert. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>vfio::KernelCommandLineJob</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux with %1 on its command line.</source>
        <translation>Zum Abschluss neu starten: Der nächste Start startet Linux mit %1 in der Befehlszeile.</translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux without %1 on its command line.</source>
        <translation>Zum Abschluss neu starten: Der nächste Start startet Linux ohne %1 in der Befehlszeile.</translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux with %1 and without %2 on its command line.</source>
        <translation>Zum Abschluss neu starten: Der nächste Start startet Linux mit %1 und ohne %2 in der Befehlszeile.</translation>
    </message>
    <message>
        <source>it rebuilds the boot configuration with the new command line</source>
        <translation>es erzeugt die Boot-Konfiguration mit der neuen Befehlszeile neu</translation>
    </message>
    <message>
        <source>Too many words (%1): a kernel command line change has at most %2. Nothing was changed.</source>
        <translation>Zu viele Wörter (%1): Eine Änderung der Kernel-Befehlszeile hat höchstens %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kernel parameter VFIO Isolator changes: it adds only %2 and vfio-pci.ids=vvvv:dddd[,vvvv:dddd...], and removes only %3. Change other parameters in your boot loader&apos;s configuration yourself. Nothing was changed.</source>
        <translation>„%1“ ist kein Kernel-Parameter, den VFIO Isolator ändert: Es fügt nur %2 und vfio-pci.ids=vvvv:dddd[,vvvv:dddd...] hinzu und entfernt nur %3. Ändern Sie andere Parameter selbst in der Konfiguration Ihres Bootloaders. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The change (add: %1; remove: %2) contradicts itself: a word is both added and removed, a word that switches the IOMMU off is added, or more than one vfio-pci.ids= is added. Name each word once. Nothing was changed.</source>
        <translation>Die Änderung (hinzufügen: %1; entfernen: %2) widerspricht sich: Ein Wort wird zugleich hinzugefügt und entfernt, ein Wort, das die IOMMU ausschaltet, wird hinzugefügt, oder mehr als ein vfio-pci.ids= wird hinzugefügt. Nennen Sie jedes Wort einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing to change: the boot configuration already gives the kernel command line this change (add: %1; remove: %2). No file was written and no tool was run.</source>
        <translation>Nichts zu ändern: Die Boot-Konfiguration gibt dem Kernel diese Befehlszeile bereits (hinzufügen: %1; entfernen: %2). Keine Datei wurde geschrieben und kein Werkzeug ausgeführt.</translation>
    </message>
    <message>
        <source>%1 is not put back on the kernel command line: it switches the IOMMU off. Add it in your boot loader yourself if you want it.</source>
        <translation>%1 wird nicht wieder in die Kernel-Befehlszeile gesetzt: Es schaltet die IOMMU aus. Fügen Sie es selbst in Ihrem Bootloader hinzu, wenn Sie es wollen.</translation>
    </message>
    <message>
        <source>Updating the boot configuration with %1</source>
        <translation>Die Boot-Konfiguration wird mit %1 aktualisiert</translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux with the kernel command line from before %1.</source>
        <translation>Zum Abschluss neu starten: Der nächste Start startet Linux mit der Kernel-Befehlszeile von vor %1.</translation>
    </message>
</context>
<context>
    <name>vfio::KernelModules</name>
    <message>
        <source>Kernel modules are not shown: %1.</source>
        <translation>Kernel-Module werden nicht angezeigt: %1.</translation>
    </message>
</context>
<context>
    <name>vfio::Kernelstub</name>
    <message>
        <source>kernelstub was not found in /usr/bin; it changes the kernel command line on this system. Install the kernelstub package. Nothing was changed.</source>
        <translation>kernelstub wurde in /usr/bin nicht gefunden; es ändert auf diesem System die Kernel-Befehlszeile. Installieren Sie das Paket kernelstub. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>/etc/kernelstub/configuration was not readable, so Revert will take out every word this change adds, even one that was there before.</source>
        <translation>/etc/kernelstub/configuration war nicht lesbar, daher entfernt Rückgängig jedes Wort, das diese Änderung hinzufügt, auch eines, das schon vorher da war.</translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line.</source>
        <translation>%1 aus der Kernel-Befehlszeile entfernen.</translation>
    </message>
    <message>
        <source>Add %1 to the kernel command line.</source>
        <translation>%1 zur Kernel-Befehlszeile hinzufügen.</translation>
    </message>
</context>
<context>
    <name>vfio::MainWindow</name>
    <message>
        <source>The sample machine is not installed (share/vfio-isolator/sample); reinstall VFIO Isolator.</source>
        <translation>Der Beispielrechner ist nicht installiert (share/vfio-isolator/sample); installieren Sie VFIO Isolator neu.</translation>
    </message>
    <message>
        <source>This is the SAMPLE machine: you can explore and review, but nothing can be applied to it. Use File &gt; Open this computer to work on your own machine.</source>
        <translation>Dies ist der BEISPIELRECHNER: Sie können erkunden und prüfen, aber nichts darauf anwenden. Mit Datei &gt; Diesen Computer öffnen arbeiten Sie an Ihrem eigenen Rechner.</translation>
    </message>
    <message>
        <source>This is a snapshot of a system (%1): the review shows what would be written there, but changes can only be applied to the running computer.</source>
        <translation>Dies ist ein Systemabbild (%1): Die Prüfung zeigt, was dort geschrieben würde, aber Änderungen lassen sich nur auf den laufenden Computer anwenden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;SAMPLE machine&lt;/b&gt; — a built-in example to explore (a GPU with its audio function, two identical network cards, a PCI bridge). Nothing here changes this computer; Apply is disabled. File &amp;gt; Open this computer goes back.</source>
        <translation>&lt;b&gt;BEISPIELRECHNER&lt;/b&gt; — ein eingebautes Beispiel zum Erkunden (eine GPU mit ihrer Audiofunktion, zwei gleiche Netzwerkkarten, eine PCI-Bridge). Nichts hier ändert diesen Computer; Anwenden ist deaktiviert. Datei &amp;gt; Diesen Computer öffnen führt zurück.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshot&lt;/b&gt; of %1 — read-only: reviewing works, applying does not.</source>
        <translation>&lt;b&gt;Abbild&lt;/b&gt; von %1 — schreibgeschützt: Prüfen geht, Anwenden nicht.</translation>
    </message>
    <message>
        <source>Devices rescanned.</source>
        <translation>Geräte neu eingelesen.</translation>
    </message>
    <message>
        <source>Devices rescanned; no longer ticked: %1.</source>
        <translation>Geräte neu eingelesen; nicht mehr angehakt: %1.</translation>
    </message>
    <message>
        <source>Nothing ticked: tick the devices to give to virtual machines.</source>
        <translation>Nichts angehakt: Haken Sie die Geräte an, die virtuelle Maschinen bekommen sollen.</translation>
    </message>
    <message>
        <source>See exactly what will be written before anything is.</source>
        <translation>Sehen Sie genau, was geschrieben wird, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Nothing can be applied without an active IOMMU.</source>
        <translation>Ohne aktive IOMMU kann nichts angewendet werden.</translation>
    </message>
    <message>
        <source>This computer needs this device</source>
        <translation>Dieser Computer braucht dieses Gerät</translation>
    </message>
    <message>
        <source>%1

Tick it anyway? Only do this if the host has another way to show its screen, reach its disk or its network.</source>
        <translation>%1

Trotzdem anhaken? Tun Sie das nur, wenn der Host auf anderem Weg seinen Bildschirm anzeigen, seine Festplatte oder sein Netzwerk erreichen kann.</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>Sind Sie sicher?</translation>
    </message>
    <message>
        <source>After the next restart the host will no longer have this device. If something goes wrong, start from a live USB stick and remove /etc/modprobe.d/vfio.conf.

Tick %1 and its group anyway?</source>
        <translation>Nach dem nächsten Neustart hat der Host dieses Gerät nicht mehr. Wenn etwas schiefgeht, starten Sie von einem Live-USB-Stick und entfernen Sie /etc/modprobe.d/vfio.conf.

%1 und seine Gruppe trotzdem anhaken?</translation>
    </message>
    <message>
        <source>Open a system snapshot (a folder with sys/ and proc/)</source>
        <translation>Systemabbild öffnen (ein Ordner mit sys/ und proc/)</translation>
    </message>
    <message>
        <source>About VFIO Isolator</source>
        <translation>Über VFIO Isolator</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;VFIO Isolator %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gives PCI devices to virtual machines safely: whole IOMMU groups, bridges left with the host, every file shown before it is written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;VFIO Isolator %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gibt PCI-Geräte sicher an virtuelle Maschinen: ganze IOMMU-Gruppen, Bridges bleiben beim Host, jede Datei wird gezeigt, bevor sie geschrieben wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drop the ticks?</source>
        <translation>Haken verwerfen?</translation>
    </message>
    <message>
        <source>the sample machine</source>
        <translation>den Beispielrechner</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesen Computer</translation>
    </message>
    <message>
        <source>the snapshot %1</source>
        <translation>das Abbild %1</translation>
    </message>
    <message>
        <source>Now nothing is ticked.</source>
        <translation>Jetzt ist nichts angehakt.</translation>
    </message>
    <message>
        <source>Ticked now: %1.</source>
        <translation>Jetzt angehakt: %1.</translation>
    </message>
    <message>
        <source>The ticks you changed here have not been applied. %1 Opening %2 drops them.

Open %2 anyway?</source>
        <translation>Die Haken, die Sie hier geändert haben, wurden nicht angewendet. %1 Wenn Sie %2 öffnen, gehen sie verloren.

%2 trotzdem öffnen?</translation>
    </message>
    <message>
        <source>SAMPLE machine (read-only)</source>
        <translation>BEISPIELRECHNER (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Snapshot %1 (read-only)</source>
        <translation>Abbild %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>This folder is not a system snapshot</source>
        <translation>Dieser Ordner ist kein Systemabbild</translation>
    </message>
    <message>
        <source>Use File &gt; Open a system snapshot… to choose another folder, or File &gt; Open this computer.</source>
        <translation>Wählen Sie mit Datei &gt; Systemabbild öffnen… einen anderen Ordner oder Datei &gt; Diesen Computer öffnen.</translation>
    </message>
    <message>
        <source>Select a device to see everything known about it.</source>
        <translation>Wählen Sie ein Gerät, um alles zu sehen, was darüber bekannt ist.</translation>
    </message>
    <message>
        <source>Tick a device to give it to virtual machines: its whole IOMMU group is ticked with it.</source>
        <translation>Haken Sie ein Gerät an, um es virtuellen Maschinen zu geben: Seine ganze IOMMU-Gruppe wird mit angehakt.</translation>
    </message>
    <message>
        <source>Without an active IOMMU no device can be given to a virtual machine; the list is for looking only.</source>
        <translation>Ohne aktive IOMMU kann kein Gerät an eine virtuelle Maschine gehen; die Liste dient nur zum Ansehen.</translation>
    </message>
    <message>
        <source>Without an active IOMMU nothing can be given to a virtual machine: this list is for looking only.</source>
        <translation>Ohne aktive IOMMU kann nichts an eine virtuelle Maschine gehen: Diese Liste dient nur zum Ansehen.</translation>
    </message>
    <message>
        <source>Ticked for vfio-pci, as configured now: %1</source>
        <translation>Für vfio-pci angehakt, wie jetzt konfiguriert: %1</translation>
    </message>
    <message>
        <source>Ticked for vfio-pci: %1</source>
        <translation>Für vfio-pci angehakt: %1</translation>
    </message>
    <message>
        <source>Tray at login</source>
        <translation>Symbol bei der Anmeldung</translation>
    </message>
    <message>
        <source>Open a hardware report</source>
        <translation>Einen Hardwarebericht öffnen</translation>
    </message>
    <message>
        <source>Hardware reports (*.tar.gz)</source>
        <translation>Hardwareberichte (*.tar.gz)</translation>
    </message>
    <message>
        <source>Make a hardware report</source>
        <translation>Einen Hardwarebericht erstellen</translation>
    </message>
    <message>
        <source>Nothing is ticked: tick a device with Space first.</source>
        <translation>Nichts ist angehakt: Haken Sie zuerst ein Gerät mit der Leertaste an.</translation>
    </message>
</context>
<context>
    <name>vfio::PciNames</name>
    <message>
        <source>The PCI ID database %1 is damaged; device names are not shown. Reinstall the pci.ids package.</source>
        <translation>Die PCI-ID-Datenbank %1 ist beschädigt; Gerätenamen werden nicht angezeigt. Installieren Sie das Paket pci.ids neu.</translation>
    </message>
    <message>
        <source>The PCI ID database %1 could not be read; device names are not shown. Install the pci.ids package.</source>
        <translation>Die PCI-ID-Datenbank %1 konnte nicht gelesen werden; Gerätenamen werden nicht angezeigt. Installieren Sie das Paket pci.ids.</translation>
    </message>
</context>
<context>
    <name>vfio::PlanSafety</name>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is not owned by root, or others may change it</source>
        <translation>es gehört nicht root, oder andere dürfen es ändern</translation>
    </message>
    <message>
        <source>its folder is not owned by root, or others may change it</source>
        <translation>sein Ordner gehört nicht root, oder andere dürfen ihn ändern</translation>
    </message>
    <message>
        <source>Internal error: the plan names %1, which is outside /etc, /boot and /efi; nothing was written. Please report this.</source>
        <translation>Interner Fehler: Der Plan nennt %1, was außerhalb von /etc, /boot und /efi liegt; es wurde nichts geschrieben. Bitte melden Sie das.</translation>
    </message>
    <message>
        <source>Internal error: the plan names an unexpected program (%1); nothing was written. Please report this.</source>
        <translation>Interner Fehler: Der Plan nennt ein unerwartetes Programm (%1); es wurde nichts geschrieben. Bitte melden Sie das.</translation>
    </message>
    <message>
        <source>%1 is missing: install the package that provides it (%2). Nothing was written.</source>
        <translation>%1 fehlt: Installieren Sie das Paket, das es bereitstellt (%2). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>no backend of VFIO Isolator runs it</source>
        <translation>kein Backend von VFIO Isolator führt es aus</translation>
    </message>
    <message>
        <source>%1 was not run: %2. Nothing was written.</source>
        <translation>%1 wurde nicht ausgeführt: %2. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>vfio::PolkitAuthorizer</name>
    <message>
        <source>The authorisation service (polkit) could not be asked: %1. Make sure polkitd is installed and running, then try again.</source>
        <translation>Der Berechtigungsdienst (polkit) konnte nicht gefragt werden: %1. Stellen Sie sicher, dass polkitd installiert ist und läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Authentication is required and no authentication agent answered: run the command from a desktop session or with an agent (pkttyagent).</source>
        <translation>Eine Authentifizierung ist nötig, aber kein Authentifizierungsagent hat geantwortet: Führen Sie den Befehl in einer Desktop-Sitzung oder mit einem Agenten (pkttyagent) aus.</translation>
    </message>
    <message>
        <source>You are not allowed to change the VFIO configuration of this system (polkit action %1): ask an administrator.</source>
        <translation>Sie dürfen die VFIO-Konfiguration dieses Systems nicht ändern (polkit-Aktion %1): Fragen Sie einen Administrator.</translation>
    </message>
    <message>
        <source>polkit gave no answer for %1: not authorised.</source>
        <translation>polkit hat für %1 keine Antwort gegeben: nicht berechtigt.</translation>
    </message>
</context>
<context>
    <name>vfio::PreviewPlan</name>
    <message>
        <source>The helper&apos;s plan could not be read (%1); the helper and this program may be different versions: reinstall both.</source>
        <translation>Der Plan des Helfers konnte nicht gelesen werden (%1); der Helfer und dieses Programm haben vielleicht verschiedene Versionen: Installieren Sie beide neu.</translation>
    </message>
</context>
<context>
    <name>vfio::ReviewDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>The helper restores exactly the files the last Apply replaced and regenerates the initramfs.</source>
        <translation>Der Helfer stellt genau die Dateien wieder her, die das letzte Anwenden ersetzt hat, und erzeugt das Initramfs neu.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing is ticked:&lt;/b&gt; applying removes VFIO Isolator&apos;s configuration and every device returns to the host at the next boot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nichts ist angehakt:&lt;/b&gt; Anwenden entfernt die Konfiguration von VFIO Isolator, und jedes Gerät kehrt beim nächsten Start zum Host zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is bound %2.</source>
        <translation>%1 wird %2 gebunden.</translation>
    </message>
    <message>
        <source>by its address</source>
        <translation>über seine Adresse</translation>
    </message>
    <message>
        <source>by its ID</source>
        <translation>über seine ID</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Read this first:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bitte zuerst lesen:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No command runs.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Befehl wird ausgeführt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Then the helper runs:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Danach führt der Helfer aus:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selection cannot be applied:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Auswahl kann nicht angewendet werden:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Apply asks for your password, writes these files and runs the command; your current configuration is kept so that Undo can restore it.</source>
        <translation>Noch wurde nichts geschrieben. Anwenden fragt nach Ihrem Passwort, schreibt diese Dateien und führt den Befehl aus; Ihre aktuelle Konfiguration wird aufbewahrt, damit Rückgängig sie wiederherstellen kann.</translation>
    </message>
    <message>
        <source>Changes (- removed, + added):</source>
        <translation>Änderungen (- entfernt, + hinzugefügt):</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Neue Datei:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The changes cannot be shown.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Änderungen können nicht angezeigt werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The helper is not reachable.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Helfer ist nicht erreichbar.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was changed.&lt;/b&gt; %1&lt;br&gt;Your previous configuration is in place.</source>
        <translation>&lt;b&gt;Es wurde nichts geändert.&lt;/b&gt; %1&lt;br&gt;Ihre vorherige Konfiguration ist in Kraft.</translation>
    </message>
    <message>
        <source>Waiting for authorisation and the helper…</source>
        <translation>Warten auf die Berechtigung und den Helfer…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart to finish.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zum Abschluss neu starten.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;It did not work.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Es hat nicht funktioniert.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Your previous configuration is in place.</source>
        <translation>&lt;br&gt;Ihre vorherige Konfiguration ist in Kraft.</translation>
    </message>
    <message>
        <source>%1: when vfio-pci loads, it takes every device with one of these vendor:device IDs (%2), the numbers in square brackets in the device list.</source>
        <translation>%1: Wenn vfio-pci lädt, übernimmt es jedes Gerät mit einer dieser Hersteller:Gerät-IDs (%2), den Zahlen in eckigen Klammern in der Geräteliste.</translation>
    </message>
    <message>
        <source>%1 (for %2): when one of these drivers, which would otherwise take a ticked device, is about to load, vfio-pci is loaded first, so that it claims the device before them.</source>
        <translation>%1 (für %2): Wenn einer dieser Treiber, der sonst ein angehaktes Gerät übernehmen würde, gleich lädt, wird zuerst vfio-pci geladen, damit es das Gerät vor ihnen beansprucht.</translation>
    </message>
    <message>
        <source>%1 (one long line in the file, wrapped here): the shell command modprobe runs instead of simply loading vfio-pci; it does nothing when the kernel command line holds %2 (the boot menu&apos;s entry without VFIO passthrough, so every device keeps its usual driver), and otherwise loads vfio-pci.</source>
        <translation>%1 (in der Datei eine lange Zeile, hier umbrochen): der Shell-Befehl, den modprobe statt des einfachen Ladens von vfio-pci ausführt; er tut nichts, wenn die Kernel-Befehlszeile %2 enthält (der Eintrag des Bootmenüs ohne VFIO-Passthrough, damit jedes Gerät seinen üblichen Treiber behält), und lädt sonst vfio-pci.</translation>
    </message>
    <message>
        <source>%1 (one long line in the file, wrapped here): the shell command modprobe runs instead of simply loading vfio-pci; it does nothing when the kernel command line holds %2 (the boot menu&apos;s entry without VFIO passthrough), and otherwise writes vfio-pci into the %3 file of %4, so that vfio-pci takes exactly these cards and not the identical ones that stay on the host, then loads vfio-pci.</source>
        <translation>%1 (in der Datei eine lange Zeile, hier umbrochen): der Shell-Befehl, den modprobe statt des einfachen Ladens von vfio-pci ausführt; er tut nichts, wenn die Kernel-Befehlszeile %2 enthält (der Eintrag des Bootmenüs ohne VFIO-Passthrough), und schreibt sonst vfio-pci in die Datei %3 von %4, damit vfio-pci genau diese Karten übernimmt und nicht die gleichen, die beim Host bleiben, und lädt dann vfio-pci.</translation>
    </message>
    <message>
        <source>%1 (one long line, wrapped here): vfio-pci is built into this kernel, so before %2 loads this writes vfio-pci into the %3 file of %4 and has the kernel look at them again (the built-in vfio-pci takes them), then loads %2 for the cards that stay on the host; with %5 it only loads %2.</source>
        <translation>%1 (eine lange Zeile, hier umbrochen): vfio-pci ist in diesen Kernel eingebaut, daher schreibt dies vor dem Laden von %2 vfio-pci in die Datei %3 von %4 und lässt den Kernel sie erneut prüfen (das eingebaute vfio-pci übernimmt sie), dann lädt es %2 für die Karten, die beim Host bleiben; mit %5 lädt es nur %2.</translation>
    </message>
    <message>
        <source>%1 (one module a line): initramfs-tools puts each module named here into the initramfs and loads it early in the boot, before the usual drivers, so that vfio-pci is there first.</source>
        <translation>%1 (ein Modul pro Zeile): initramfs-tools legt jedes hier genannte Modul ins Initramfs und lädt es früh beim Start, vor den üblichen Treibern, damit vfio-pci zuerst da ist.</translation>
    </message>
    <message>
        <source>%1: mkinitcpio puts these modules (%2) into the initramfs and loads them early, before the usual drivers.</source>
        <translation>%1: mkinitcpio legt diese Module (%2) ins Initramfs und lädt sie früh, vor den üblichen Treibern.</translation>
    </message>
    <message>
        <source>%1: mkinitcpio copies these files (%2) into the initramfs, so that their settings apply there too.</source>
        <translation>%1: mkinitcpio kopiert diese Dateien (%2) ins Initramfs, damit ihre Einstellungen auch dort gelten.</translation>
    </message>
    <message>
        <source>%1: dracut puts these modules (%2) into the initramfs and loads them early, before the usual drivers.</source>
        <translation>%1: dracut legt diese Module (%2) ins Initramfs und lädt sie früh, vor den üblichen Treibern.</translation>
    </message>
    <message>
        <source>%1: dracut copies these files (%2) into the initramfs, so that their settings apply there too.</source>
        <translation>%1: dracut kopiert diese Dateien (%2) ins Initramfs, damit ihre Einstellungen auch dort gelten.</translation>
    </message>
    <message>
        <source>%1: booster puts these modules (%2) into its initramfs and loads them early.</source>
        <translation>%1: booster legt diese Module (%2) in sein Initramfs und lädt sie früh.</translation>
    </message>
    <message>
        <source>The two %1 marker lines enclose what VFIO Isolator manages; lines outside them are yours and stay as they are.</source>
        <translation>Die beiden Markierungszeilen %1 umschließen, was VFIO Isolator verwaltet; Zeilen außerhalb gehören Ihnen und bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Lines starting with %1 are comments: they explain and change nothing.</source>
        <translation>Zeilen, die mit %1 beginnen, sind Kommentare: Sie erklären und ändern nichts.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The initramfs is the small file system the kernel starts from, which loads the first drivers, so it has to load vfio-pci first as well.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Initramfs ist das kleine Dateisystem, von dem der Kernel startet und das die ersten Treiber lädt; daher muss es auch vfio-pci zuerst laden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the initramfs is the small file system the kernel starts from, which loads the first drivers, so it has to load vfio-pci first as well</source>
        <translation>das Initramfs ist das kleine Dateisystem, von dem der Kernel startet und das die ersten Treiber lädt; daher muss es auch vfio-pci zuerst laden</translation>
    </message>
    <message>
        <source>&lt;p&gt;This system builds its initramfs with %1 (%2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieses System erzeugt sein Initramfs mit %1 (%2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 builds its initramfs with %2 (%3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 erzeugt sein Initramfs mit %2 (%3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>adds &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>fügt &lt;code&gt;%1&lt;/code&gt; hinzu</translation>
    </message>
    <message>
        <source>removes &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>entfernt &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Switch the IOMMU on</source>
        <translation>IOMMU einschalten</translation>
    </message>
    <message>
        <source>The helper changes the kernel command line your boot loader uses and regenerates its menu. The change takes effect at the next restart; Undo last change restores it.</source>
        <translation>Der Helfer ändert die Kernel-Befehlszeile, die Ihr Bootloader verwendet, und erzeugt sein Menü neu. Die Änderung wird beim nächsten Neustart wirksam; Letzte Änderung rückgängig machen stellt sie wieder her.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The kernel command line changes:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Kernel-Befehlszeile ändert sich:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;About this review:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zu dieser Prüfung:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ticked:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Angehakt:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;These devices go to vfio-pci at the next boot:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Diese Geräte gehen beim nächsten Start an vfio-pci:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Added&lt;/b&gt; (newly ticked): vfio-pci takes them from the next boot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hinzugefügt&lt;/b&gt; (neu angehakt): vfio-pci übernimmt sie ab dem nächsten Start.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kept&lt;/b&gt; (configured already and still ticked): they stay with vfio-pci.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Beibehalten&lt;/b&gt; (schon konfiguriert und weiter angehakt): Sie bleiben bei vfio-pci.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Removed&lt;/b&gt; (configured now, no longer ticked): they return to the host at the next boot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Entfernt&lt;/b&gt; (jetzt konfiguriert, nicht mehr angehakt): Sie kehren beim nächsten Start zum Host zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not removed&lt;/b&gt; (no longer ticked, but a line in %1 that VFIO Isolator does not manage still gives them to vfio-pci; delete that line by hand to return them to the host):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nicht entfernt&lt;/b&gt; (nicht mehr angehakt, aber eine Zeile in %1, die VFIO Isolator nicht verwaltet, gibt sie weiter an vfio-pci; löschen Sie diese Zeile von Hand, um sie dem Host zurückzugeben):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No device changes hands: the ticks are what is configured already.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Gerät wechselt den Besitzer: Die Haken entsprechen dem, was schon konfiguriert ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This file is removed. It held:</source>
        <translation>Diese Datei wird entfernt. Sie enthielt:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the lines mean&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin:0&apos;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was die Zeilen bedeuten&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin:0&apos;&gt;</translation>
    </message>
    <message>
        <source>Restores the files the last Apply replaced</source>
        <translation>Stellt die Dateien wieder her, die das letzte Anwenden ersetzt hat</translation>
    </message>
    <message>
        <source>Asks for your password, then writes the files shown and runs the commands</source>
        <translation>Fragt nach Ihrem Passwort, schreibt dann die gezeigten Dateien und führt die Befehle aus</translation>
    </message>
    <message>
        <source>Closes this window; Escape does the same</source>
        <translation>Schließt dieses Fenster; Escape tut dasselbe</translation>
    </message>
</context>
<context>
    <name>vfio::SafetyBootEntry</name>
    <message>
        <source>VFIO Isolator does not recognise this system&apos;s boot loader, so it cannot add a boot entry without VFIO passthrough. To boot once without it, add %1 to the kernel command line in the boot menu (in GRUB: press e on the entry).</source>
        <translation>VFIO Isolator erkennt den Bootloader dieses Systems nicht und kann daher keinen Boot-Eintrag ohne VFIO-Passthrough hinzufügen. Um einmal ohne zu starten, fügen Sie im Bootmenü %1 zur Kernel-Befehlszeile hinzu (in GRUB: drücken Sie e auf dem Eintrag).</translation>
    </message>
    <message>
        <source>%1 — without VFIO passthrough</source>
        <translation>%1 — ohne VFIO-Passthrough</translation>
    </message>
    <message>
        <source>A boot entry without VFIO passthrough written by VFIO Isolator; not needed any more.</source>
        <translation>Ein Boot-Eintrag ohne VFIO-Passthrough, von VFIO Isolator geschrieben; wird nicht mehr gebraucht.</translation>
    </message>
    <message>
        <source>Adds the boot menu entry without VFIO passthrough (vfio_isolator=off) when the GRUB menu is rebuilt.</source>
        <translation>Fügt den Bootmenü-Eintrag ohne VFIO-Passthrough (vfio_isolator=off) hinzu, wenn das GRUB-Menü neu erzeugt wird.</translation>
    </message>
    <message>
        <source>The boot menu entry without VFIO passthrough is removed.</source>
        <translation>Der Bootmenü-Eintrag ohne VFIO-Passthrough wird entfernt.</translation>
    </message>
    <message>
        <source>No boot entry was found in loader/entries (in /boot/efi, /boot or /efi) to copy for a boot entry without VFIO passthrough.</source>
        <translation>In loader/entries (in /boot/efi, /boot oder /efi) wurde kein Boot-Eintrag gefunden, der für einen Boot-Eintrag ohne VFIO-Passthrough kopiert werden könnte.</translation>
    </message>
    <message>
        <source>A copy of the default boot entry with VFIO passthrough switched off (vfio_isolator=off).</source>
        <translation>Eine Kopie des Standard-Boot-Eintrags mit ausgeschaltetem VFIO-Passthrough (vfio_isolator=off).</translation>
    </message>
</context>
<context>
    <name>vfio::SafetyEntryForApply</name>
    <message>
        <source>No boot entry without VFIO passthrough can be made here: %1 If the screen stays black after the restart, add vfio_isolator=off to the kernel command line in the boot menu for one start.</source>
        <translation>Hier kann kein Boot-Eintrag ohne VFIO-Passthrough angelegt werden: %1 Bleibt der Bildschirm nach dem Neustart schwarz, fügen Sie für einen Start im Bootmenü vfio_isolator=off zur Kernel-Befehlszeile hinzu.</translation>
    </message>
</context>
<context>
    <name>vfio::SelectionRules</name>
    <message>
        <source>by ID</source>
        <translation>über seine ID</translation>
    </message>
    <message>
        <source>by address</source>
        <translation>über seine Adresse</translation>
    </message>
    <message>
        <source>%1: there is no PCI device at this address on this machine; rescan and choose from the devices listed.</source>
        <translation>%1: An dieser Adresse gibt es auf diesem Rechner kein PCI-Gerät; lesen Sie neu ein und wählen Sie aus den aufgeführten Geräten.</translation>
    </message>
    <message>
        <source>PCIe root port</source>
        <translation>PCIe-Root-Port</translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <translation>PCI-Bridge</translation>
    </message>
    <message>
        <source>%1 is the IOMMU itself (%2), the unit that isolates the other devices: it stays with the host and is not in a group.</source>
        <translation>%1 ist die IOMMU selbst (%2), die Einheit, die die anderen Geräte isoliert: Sie bleibt beim Host und ist in keiner Gruppe.</translation>
    </message>
    <message>
        <source>%1 has no IOMMU group although the IOMMU is on: the kernel put it in none, so it cannot be given to a VM.</source>
        <translation>%1 hat keine IOMMU-Gruppe, obwohl die IOMMU an ist: Der Kernel hat es in keine gesteckt, daher kann es nicht an eine VM gehen.</translation>
    </message>
    <message>
        <source>%1 is in IOMMU group %2 with %3; a group is the smallest unit a VM can get, so it goes to vfio-pci too.</source>
        <translation>%1 ist mit %3 in IOMMU-Gruppe %2; eine Gruppe ist die kleinste Einheit, die eine VM bekommen kann, daher geht es auch an vfio-pci.</translation>
    </message>
    <message>
        <source>%1 is in IOMMU group %2 with %3 but is not selected; a group is the smallest unit a VM can get: select all of %4, or none.</source>
        <translation>%1 ist mit %3 in IOMMU-Gruppe %2, aber nicht ausgewählt; eine Gruppe ist die kleinste Einheit, die eine VM bekommen kann: Wählen Sie alle von %4 oder keines.</translation>
    </message>
    <message>
        <source>%1 is bound by its ID %2: no device that stays on the host has this ID.</source>
        <translation>%1 wird über seine ID %2 gebunden: Kein Gerät, das beim Host bleibt, hat diese ID.</translation>
    </message>
    <message>
        <source>%1 is bound by its address: it shares the ID %3 with %2 on the host, so the ID cannot go into ids= (vfio-pci would take every card with it). The other card keeps its driver.</source>
        <translation>%1 wird über seine Adresse gebunden: Es teilt die ID %3 mit %2 auf dem Host, daher kann die ID nicht in ids= stehen (vfio-pci würde sonst jede Karte mit ihr nehmen). Die andere Karte behält ihren Treiber.</translation>
    </message>
    <message>
        <source> (driver %1)</source>
        <translation> (Treiber %1)</translation>
    </message>
</context>
<context>
    <name>vfio::SetupApplyPage</name>
    <message>
        <source>&lt;p&gt;These devices will go to vfio-pci at every boot:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Review and apply&lt;/b&gt; shows each file and the command first; your password is asked before anything is written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Geräte gehen bei jedem Start an vfio-pci:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Prüfen und anwenden&lt;/b&gt; zeigt zuerst jede Datei und den Befehl; Ihr Passwort wird abgefragt, bevor etwas geschrieben wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applied.&lt;/b&gt; Go on to restart the computer.</source>
        <translation>&lt;b&gt;Angewendet.&lt;/b&gt; Starten Sie als Nächstes den Computer neu.</translation>
    </message>
</context>
<context>
    <name>vfio::SetupAssistant</name>
    <message>
        <source>First-time setup</source>
        <translation>Ersteinrichtung</translation>
    </message>
</context>
<context>
    <name>vfio::SetupChecksPage</name>
    <message>
        <source>&amp;Change the kernel command line…</source>
        <translation>Kernel-Befehlszeile &amp;ändern…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The IOMMU cannot be switched on from here.&lt;/b&gt; Follow the blocked steps above, then start the setup again.</source>
        <translation>&lt;b&gt;Die IOMMU kann von hier aus nicht eingeschaltet werden.&lt;/b&gt; Folgen Sie den blockierten Schritten oben und starten Sie die Einrichtung dann erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; The IOMMU comes on at the next restart; then open the setup again to choose the devices.</source>
        <translation>&lt;b&gt;Fertig.&lt;/b&gt; Die IOMMU ist nach dem nächsten Neustart an; öffnen Sie dann die Einrichtung erneut, um die Geräte zu wählen.</translation>
    </message>
</context>
<context>
    <name>vfio::SetupChoosePage</name>
    <message>
        <source>Group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
    <message>
        <source> (the host needs it: %1)</source>
        <translation> (der Host braucht es: %1)</translation>
    </message>
    <message>
        <source>Space ticks the group under the cursor; the arrows move.</source>
        <translation>Leertaste hakt die Gruppe unter dem Cursor an; die Pfeiltasten bewegen.</translation>
    </message>
    <message>
        <source>To give it anyway, use the main window, which asks twice.</source>
        <translation>Um es trotzdem zu vergeben, verwenden Sie das Hauptfenster, das zweimal nachfragt.</translation>
    </message>
</context>
<context>
    <name>vfio::SetupRestartPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;If the screen stays black:&lt;/b&gt; this boot loader is not one VFIO Isolator knows, so it has no safety entry. Add &lt;code&gt;vfio_isolator=off&lt;/code&gt; to the kernel command line in the boot menu for one start: every device then gets its normal driver, and Undo last change gives them back for good.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wenn der Bildschirm schwarz bleibt:&lt;/b&gt; VFIO Isolator kennt diesen Bootloader nicht, daher gibt es keinen Sicherheitseintrag. Fügen Sie für einen Start im Bootmenü &lt;code&gt;vfio_isolator=off&lt;/code&gt; zur Kernel-Befehlszeile hinzu: Jedes Gerät bekommt dann seinen normalen Treiber, und Letzte Änderung rückgängig machen gibt sie dauerhaft zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;If the screen stays black&lt;/b&gt; or the computer does not start normally: restart and choose the entry ending in &lt;i&gt;“without VFIO passthrough”&lt;/i&gt; in the boot menu (hold Shift or press Esc while the computer starts to see the menu). That start gives every device its normal driver; then open VFIO Isolator and choose &lt;b&gt;Undo last change&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wenn der Bildschirm schwarz bleibt&lt;/b&gt; oder der Computer nicht normal startet: Starten Sie neu und wählen Sie im Bootmenü den Eintrag, der auf &lt;i&gt;„ohne VFIO-Passthrough“&lt;/i&gt; endet (halten Sie beim Start Umschalt gedrückt oder drücken Sie Esc, um das Menü zu sehen). Dieser Start gibt jedem Gerät seinen normalen Treiber; öffnen Sie dann VFIO Isolator und wählen Sie &lt;b&gt;Letzte Änderung rückgängig machen&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Asking the system to restart…</source>
        <translation>Das System wird um einen Neustart gebeten…</translation>
    </message>
    <message>
        <source>&lt;p&gt;At the next start the kernel switches the IOMMU on and makes the IOMMU groups. Open the setup again afterwards to choose the devices.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beim nächsten Start schaltet der Kernel die IOMMU ein und bildet die IOMMU-Gruppen. Öffnen Sie danach die Einrichtung erneut, um die Geräte zu wählen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At the next start vfio-pci takes the chosen devices. &lt;b&gt;The screen connected to %1 goes dark&lt;/b&gt;: that card now waits for a virtual machine. Keep a screen on the graphics card that shows this window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beim nächsten Start übernimmt vfio-pci die gewählten Geräte. &lt;b&gt;Der an %1 angeschlossene Bildschirm wird dunkel&lt;/b&gt;: Diese Karte wartet jetzt auf eine virtuelle Maschine. Lassen Sie einen Bildschirm an der Grafikkarte, die dieses Fenster zeigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At the next start vfio-pci takes the chosen devices; the host no longer uses them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beim nächsten Start übernimmt vfio-pci die gewählten Geräte; der Host verwendet sie nicht mehr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;After the restart VFIO Isolator checks by itself that every device was bound, and says why where one was not.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nach dem Neustart prüft VFIO Isolator von selbst, ob jedes Gerät gebunden wurde, und sagt, warum eines es nicht wurde.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vfio::SetupVerifyPage</name>
    <message>
        <source>[!] </source>
        <translation>[!] </translation>
    </message>
    <message>
        <source>[✓] </source>
        <translation>[✓] </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;[!] %1&lt;/b&gt; matches no device on this computer: that part of the configuration does nothing. Apply again from the main window to write it anew.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;[!] %1&lt;/b&gt; passt zu keinem Gerät auf diesem Computer: Dieser Teil der Konfiguration bewirkt nichts. Wenden Sie im Hauptfenster erneut an, um sie neu zu schreiben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vfio::Sysfs</name>
    <message>
        <source>`%1` is missing.</source>
        <translation>`%1` fehlt.</translation>
    </message>
    <message>
        <source>`%1` could not be read (%2).</source>
        <translation>`%1` konnte nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>vfio::SystemChangeService</name>
    <message>
        <source>The helper cannot change the kernel command line here; add the words by hand as the check says.</source>
        <translation>Der Helfer kann die Kernel-Befehlszeile hier nicht ändern; fügen Sie die Wörter von Hand hinzu, wie die Prüfung es sagt.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemCheck</name>
    <message>
        <source>an IOMMU</source>
        <translation>eine IOMMU</translation>
    </message>
    <message>
        <source>/proc/cpuinfo could not be read, so it is unknown whether the processor&apos;s virtualisation (Intel VT-x or AMD-V) is on. Check that it is enabled in the firmware setup.</source>
        <translation>/proc/cpuinfo konnte nicht gelesen werden, daher ist unbekannt, ob die Virtualisierung des Prozessors (Intel VT-x oder AMD-V) an ist. Prüfen Sie, ob sie im Firmware-Setup aktiviert ist.</translation>
    </message>
    <message>
        <source>The processor can run virtual machines at full speed (Intel VT-x is on).</source>
        <translation>Der Prozessor kann virtuelle Maschinen mit voller Geschwindigkeit ausführen (Intel VT-x ist an).</translation>
    </message>
    <message>
        <source>The processor can run virtual machines at full speed (AMD-V is on).</source>
        <translation>Der Prozessor kann virtuelle Maschinen mit voller Geschwindigkeit ausführen (AMD-V ist an).</translation>
    </message>
    <message>
        <source>The processor shows no hardware virtualisation (no vmx or svm flag in /proc/cpuinfo). Restart into the firmware setup (often Del or F2 at power-on) and enable Intel VT-x or AMD-V (&quot;SVM mode&quot;); without it a virtual machine cannot use a passed-through device.</source>
        <translation>Der Prozessor zeigt keine Hardware-Virtualisierung (kein vmx- oder svm-Flag in /proc/cpuinfo). Starten Sie ins Firmware-Setup neu (oft Entf oder F2 beim Einschalten) und aktivieren Sie Intel VT-x oder AMD-V („SVM mode“); ohne sie kann eine virtuelle Maschine kein durchgereichtes Gerät verwenden.</translation>
    </message>
    <message>
        <source>The firmware announces %1 (its ACPI %2 table is there), so the hardware has an IOMMU and the firmware has it enabled.</source>
        <translation>Die Firmware meldet %1 (ihre ACPI-Tabelle %2 ist vorhanden), die Hardware hat also eine IOMMU und die Firmware hat sie aktiviert.</translation>
    </message>
    <message>
        <source>The firmware&apos;s IOMMU table (ACPI DMAR or IVRS) is not visible here, but the kernel runs an IOMMU, so the firmware has it enabled.</source>
        <translation>Die IOMMU-Tabelle der Firmware (ACPI DMAR oder IVRS) ist hier nicht sichtbar, aber der Kernel betreibt eine IOMMU, die Firmware hat sie also aktiviert.</translation>
    </message>
    <message>
        <source>The firmware does not announce an IOMMU (there is no ACPI DMAR or IVRS table). Restart into the firmware setup (often Del or F2 at power-on), enable &quot;VT-d&quot; (Intel) or &quot;AMD-Vi&quot; / &quot;IOMMU&quot; (AMD), save and restart. If there is no such setting, this computer cannot pass devices through.</source>
        <translation>Die Firmware meldet keine IOMMU (es gibt keine ACPI-Tabelle DMAR oder IVRS). Starten Sie ins Firmware-Setup neu (oft Entf oder F2 beim Einschalten), aktivieren Sie „VT-d“ (Intel) oder „AMD-Vi“ / „IOMMU“ (AMD), speichern Sie und starten Sie neu. Gibt es diese Einstellung nicht, kann dieser Computer keine Geräte durchreichen.</translation>
    </message>
    <message>
        <source>The IOMMU is on: Linux has put the devices into IOMMU groups, so they can be isolated.</source>
        <translation>Die IOMMU ist an: Linux hat die Geräte in IOMMU-Gruppen eingeteilt, sie lassen sich also isolieren.</translation>
    </message>
    <message>
        <source>The IOMMU is off: Linux made no IOMMU groups, so no device can be handed to a virtual machine safely. The firmware has it, so the kernel command line decides: see the kernel parameters.</source>
        <translation>Die IOMMU ist aus: Linux hat keine IOMMU-Gruppen gebildet, daher kann kein Gerät sicher an eine virtuelle Maschine gehen. Die Firmware hat sie, also entscheidet die Kernel-Befehlszeile: siehe die Kernel-Parameter.</translation>
    </message>
    <message>
        <source>The IOMMU is off: Linux made no IOMMU groups, so no device can be handed to a virtual machine safely. It stays off until the firmware announces an IOMMU.</source>
        <translation>Die IOMMU ist aus: Linux hat keine IOMMU-Gruppen gebildet, daher kann kein Gerät sicher an eine virtuelle Maschine gehen. Sie bleibt aus, bis die Firmware eine IOMMU meldet.</translation>
    </message>
    <message>
        <source>The kernel command line switches the IOMMU off with %1 (%2 is there too, but the later word wins).</source>
        <translation>Die Kernel-Befehlszeile schaltet die IOMMU mit %1 aus (%2 steht auch da, aber das spätere Wort gewinnt).</translation>
    </message>
    <message>
        <source>The kernel command line switches the IOMMU off with %1.</source>
        <translation>Die Kernel-Befehlszeile schaltet die IOMMU mit %1 aus.</translation>
    </message>
    <message>
        <source>This kernel leaves Intel VT-d off unless %1 is given (%2 does not set %3=y).</source>
        <translation>Dieser Kernel lässt Intel VT-d aus, solange %1 nicht angegeben ist (%2 setzt %3=y nicht).</translation>
    </message>
    <message>
        <source>This kernel&apos;s build configuration (%1) is not there to tell whether it turns Intel VT-d on by itself, so %2 is needed to be sure.</source>
        <translation>Die Build-Konfiguration dieses Kernels (%1) ist nicht vorhanden, um zu sagen, ob er Intel VT-d von selbst einschaltet; %2 ist daher nötig, um sicherzugehen.</translation>
    </message>
    <message>
        <source>%1 is already on the line and stays.</source>
        <translation>%1 steht schon in der Zeile und bleibt.</translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line and add %2, then restart.</source>
        <translation>Entfernen Sie %1 aus der Kernel-Befehlszeile, fügen Sie %2 hinzu und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line (%2 is already there and stays), then restart.</source>
        <translation>Entfernen Sie %1 aus der Kernel-Befehlszeile (%2 steht schon da und bleibt) und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line, then restart.</source>
        <translation>Entfernen Sie %1 aus der Kernel-Befehlszeile und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>Add %1 to the kernel command line, then restart.</source>
        <translation>Fügen Sie %1 zur Kernel-Befehlszeile hinzu und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>No kernel parameter is needed: this kernel turns Intel VT-d on by itself (%1 sets %2=y).</source>
        <translation>Kein Kernel-Parameter nötig: Dieser Kernel schaltet Intel VT-d von selbst ein (%1 setzt %2=y).</translation>
    </message>
    <message>
        <source>No kernel parameter is needed: Linux turns AMD-Vi on by itself.</source>
        <translation>Kein Kernel-Parameter nötig: Linux schaltet AMD-Vi von selbst ein.</translation>
    </message>
    <message>
        <source>Nothing on the kernel command line switches the IOMMU off. Which parameters are needed can be told once the firmware announces an IOMMU.</source>
        <translation>Nichts in der Kernel-Befehlszeile schaltet die IOMMU aus. Welche Parameter nötig sind, lässt sich sagen, sobald die Firmware eine IOMMU meldet.</translation>
    </message>
    <message>
        <source>No kernel parameter is needed: the IOMMU is on.</source>
        <translation>Kein Kernel-Parameter nötig: Die IOMMU ist an.</translation>
    </message>
    <message>
        <source>%1 is set: the devices the host keeps skip IOMMU address translation, which keeps them fast; passed-through devices stay isolated.</source>
        <translation>%1 ist gesetzt: Die Geräte, die der Host behält, umgehen die IOMMU-Adressübersetzung, was sie schnell hält; durchgereichte Geräte bleiben isoliert.</translation>
    </message>
    <message>
        <source>%1, a speed option for IOMMU machines, matters only once the firmware announces an IOMMU; nothing is offered until then.</source>
        <translation>%1, eine Geschwindigkeitsoption für Rechner mit IOMMU, zählt erst, wenn die Firmware eine IOMMU meldet; bis dahin wird nichts angeboten.</translation>
    </message>
    <message>
        <source>You may add %1: it lets the devices the host keeps skip IOMMU address translation, which can make them faster; passed-through devices stay isolated. It is not needed, and only added if you choose it.</source>
        <translation>Sie können %1 hinzufügen: Damit umgehen die Geräte, die der Host behält, die IOMMU-Adressübersetzung, was sie schneller machen kann; durchgereichte Geräte bleiben isoliert. Es ist nicht nötig und wird nur hinzugefügt, wenn Sie es wählen.</translation>
    </message>
    <message>
        <source>The Secure Boot state is not shown (no SecureBoot variable in /%1). Either way vfio-pci works: it is part of the kernel and signed with it.</source>
        <translation>Der Secure-Boot-Zustand wird nicht angezeigt (keine SecureBoot-Variable in /%1). So oder so funktioniert vfio-pci: Es ist Teil des Kernels und mit ihm signiert.</translation>
    </message>
    <message>
        <source>No EFI variables are visible (no /sys/firmware/efi): the system started the legacy BIOS way, or this snapshot lacks them. Secure Boot does not stand in the way of vfio-pci in any case.</source>
        <translation>Keine EFI-Variablen sichtbar (kein /sys/firmware/efi): Das System wurde auf die alte BIOS-Art gestartet, oder diesem Abbild fehlen sie. Secure Boot steht vfio-pci ohnehin nicht im Weg.</translation>
    </message>
    <message>
        <source>The Secure Boot variable /%1 has an unexpected form (%2 bytes instead of 5), so its state is unknown. vfio-pci works either way: it is part of the kernel and signed with it.</source>
        <translation>Die Secure-Boot-Variable /%1 hat eine unerwartete Form (%2 Bytes statt 5), daher ist ihr Zustand unbekannt. vfio-pci funktioniert so oder so: Es ist Teil des Kernels und mit ihm signiert.</translation>
    </message>
    <message>
        <source>Secure Boot is on. That is fine: vfio-pci is part of the kernel and signed with it, so it loads with Secure Boot on.</source>
        <translation>Secure Boot ist an. Das ist in Ordnung: vfio-pci ist Teil des Kernels und mit ihm signiert, es lädt also auch mit Secure Boot.</translation>
    </message>
    <message>
        <source>Secure Boot is off. Nothing to do: vfio-pci works with Secure Boot on or off.</source>
        <translation>Secure Boot ist aus. Nichts zu tun: vfio-pci funktioniert mit und ohne Secure Boot.</translation>
    </message>
    <message>
        <source>No graphics device is marked as the one the firmware started the screen on (boot_vga), so it is unknown which GPU the host&apos;s display needs.</source>
        <translation>Kein Grafikgerät ist als das markiert, auf dem die Firmware den Bildschirm gestartet hat (boot_vga), daher ist unbekannt, welche GPU die Anzeige des Hosts braucht.</translation>
    </message>
    <message>
        <source>The screen you see now comes from %1; passing it through leaves the host without a display, unless another graphics card takes over.</source>
        <translation>Der Bildschirm, den Sie jetzt sehen, kommt von %1; reichen Sie es durch, bleibt der Host ohne Anzeige, es sei denn, eine andere Grafikkarte übernimmt.</translation>
    </message>
    <message>
        <source>GRUB, configured through /etc/default/grub.d</source>
        <translation>GRUB, konfiguriert über /etc/default/grub.d</translation>
    </message>
    <message>
        <source>GRUB, configured in /etc/default/grub</source>
        <translation>GRUB, konfiguriert in /etc/default/grub</translation>
    </message>
    <message>
        <source>GRUB with Boot Loader Specification entries, changed through grubby</source>
        <translation>GRUB mit Einträgen nach Boot Loader Specification, geändert über grubby</translation>
    </message>
    <message>
        <source>systemd-boot, with the command line in /etc/kernel/cmdline</source>
        <translation>systemd-boot, mit der Befehlszeile in /etc/kernel/cmdline</translation>
    </message>
    <message>
        <source>systemd-boot, with the command line in its loader entries</source>
        <translation>systemd-boot, mit der Befehlszeile in seinen Loader-Einträgen</translation>
    </message>
    <message>
        <source>kernelstub (Pop!_OS)</source>
        <translation>kernelstub (Pop!_OS)</translation>
    </message>
    <message>
        <source>an unknown boot loader</source>
        <translation>ein unbekannter Bootloader</translation>
    </message>
    <message>
        <source>The kernel&apos;s vfio modules could not be checked: %1</source>
        <translation>Die vfio-Module des Kernels konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Kernel %1 lacks %2, which passthrough needs. Install your distribution&apos;s standard kernel (it has them), or build this one with CONFIG_VFIO and CONFIG_VFIO_PCI.</source>
        <translation>Kernel %1 fehlt %2, was Passthrough braucht. Installieren Sie den Standard-Kernel Ihrer Distribution (er hat sie) oder bauen Sie diesen mit CONFIG_VFIO und CONFIG_VFIO_PCI.</translation>
    </message>
    <message>
        <source>Kernel %1 has the vfio modules passthrough needs (%2).</source>
        <translation>Kernel %1 hat die vfio-Module, die Passthrough braucht (%2).</translation>
    </message>
    <message>
        <source>Kernel %1 has the vfio modules passthrough needs (%2); built into the kernel itself: %3.</source>
        <translation>Kernel %1 hat die vfio-Module, die Passthrough braucht (%2); fest in den Kernel eingebaut: %3.</translation>
    </message>
    <message>
        <source>The initramfs (the small system that starts Linux) is built with %1 (%2): the app adds vfio-pci there, so the devices are claimed before their usual drivers.</source>
        <translation>Das Initramfs (das kleine System, das Linux startet) wird mit %1 (%2) erzeugt: Die App fügt dort vfio-pci hinzu, damit die Geräte vor ihren üblichen Treibern beansprucht werden.</translation>
    </message>
    <message>
        <source>This system root has no /usr, so its initramfs tool could not be checked.</source>
        <translation>Diese Systemwurzel hat kein /usr, daher konnte ihr Initramfs-Werkzeug nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The app cannot make a vfio-pci binding last across restarts here: %1</source>
        <translation>Die App kann eine vfio-pci-Bindung hier nicht über Neustarts hinweg erhalten: %1</translation>
    </message>
    <message>
        <source>The kernel command line is set by %1 (found because %2).</source>
        <translation>Die Kernel-Befehlszeile wird von %1 gesetzt (erkannt, weil %2).</translation>
    </message>
    <message>
        <source>The boot loader was not recognised (%1). Nothing on the kernel command line needs changing now; should that change, edit it by hand in your boot loader&apos;s configuration.</source>
        <translation>Der Bootloader wurde nicht erkannt (%1). Derzeit muss an der Kernel-Befehlszeile nichts geändert werden; sollte sich das ändern, bearbeiten Sie sie von Hand in der Konfiguration Ihres Bootloaders.</translation>
    </message>
    <message>
        <source>The boot loader was not recognised (%1), so the app cannot change the kernel command line itself. Make the change above by hand in your boot loader&apos;s configuration (your distribution&apos;s guide calls it &quot;kernel parameters&quot;), then restart.</source>
        <translation>Der Bootloader wurde nicht erkannt (%1), daher kann die App die Kernel-Befehlszeile nicht selbst ändern. Nehmen Sie die Änderung oben von Hand in der Konfiguration Ihres Bootloaders vor (die Anleitung Ihrer Distribution nennt es „Kernel-Parameter“) und starten Sie dann neu.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemCheckHtml</name>
    <message>
        <source>This computer is not ready for passthrough yet</source>
        <translation>Dieser Computer ist noch nicht bereit für Passthrough</translation>
    </message>
    <message>
        <source>This snapshot is not ready for passthrough yet</source>
        <translation>Dieses Abbild ist noch nicht bereit für Passthrough</translation>
    </message>
    <message>
        <source>This computer is ready for passthrough</source>
        <translation>Dieser Computer ist bereit für Passthrough</translation>
    </message>
    <message>
        <source>This snapshot is ready for passthrough</source>
        <translation>Dieses Abbild ist bereit für Passthrough</translation>
    </message>
    <message>
        <source>[✓] OK</source>
        <translation>[✓] OK</translation>
    </message>
    <message>
        <source>[!] Action needed</source>
        <translation>[!] Handlungsbedarf</translation>
    </message>
    <message>
        <source>[✗] Blocked</source>
        <translation>[✗] Blockiert</translation>
    </message>
    <message>
        <source>[i] Note</source>
        <translation>[i] Hinweis</translation>
    </message>
    <message>
        <source>Optional fix:</source>
        <translation>Optionale Abhilfe:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>The IOMMU keeps a device given to a virtual machine from reaching the host&apos;s memory. This is what was checked, and what to change:</source>
        <translation>Die IOMMU hindert ein Gerät, das eine virtuelle Maschine bekommt, daran, den Speicher des Hosts zu erreichen. Das wurde geprüft, und das ist zu ändern:</translation>
    </message>
    <message>
        <source>After the changes, restart and open VFIO Isolator again: the devices then appear in their IOMMU groups.</source>
        <translation>Starten Sie nach den Änderungen neu und öffnen Sie VFIO Isolator erneut: Die Geräte erscheinen dann in ihren IOMMU-Gruppen.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemRestart</name>
    <message>
        <source>The system did not restart (%1). Restart from your desktop&apos;s menu; VFIO Isolator checks the devices when it starts again.</source>
        <translation>Das System wurde nicht neu gestartet (%1). Starten Sie über das Menü Ihrer Arbeitsumgebung neu; VFIO Isolator prüft die Geräte beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemRoot</name>
    <message>
        <source>The folder %1 does not exist. Use the folder that holds sys/, proc/ and lib/modules/ of a system.</source>
        <translation>Der Ordner %1 existiert nicht. Verwenden Sie den Ordner, der sys/, proc/ und lib/modules/ eines Systems enthält.</translation>
    </message>
    <message>
        <source>%1 is not a readable directory. Check its permissions, or use another folder.</source>
        <translation>%1 ist kein lesbares Verzeichnis. Prüfen Sie seine Rechte oder verwenden Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 has no readable sys/bus/pci/devices, so it is not a system root. On this machine, is /sys mounted? For a hardware report, use the folder that contains sys/.</source>
        <translation>%1 hat kein lesbares sys/bus/pci/devices, ist also keine Systemwurzel. Ist auf diesem Rechner /sys eingehängt? Verwenden Sie für einen Hardwarebericht den Ordner, der sys/ enthält.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemdBootEntries</name>
    <message>
        <source>No systemd-boot entry (loader/entries/*.conf in /boot/efi, /boot or /efi) was found. Add %1 to the `options` line of your boot entry by hand.</source>
        <translation>Es wurde kein systemd-boot-Eintrag (loader/entries/*.conf in /boot/efi, /boot oder /efi) gefunden. Fügen Sie %1 von Hand zur `options`-Zeile Ihres Boot-Eintrags hinzu.</translation>
    </message>
    <message>
        <source>systemd-boot starts the kernel with this entry&apos;s `options` line; only its words change.</source>
        <translation>systemd-boot startet den Kernel mit der `options`-Zeile dieses Eintrags; nur ihre Wörter ändern sich.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemdBootKernelCmdline</name>
    <message>
        <source>%1 does not exist, so the kernel command line cannot be changed there. Add %2 to the `options` line of your boot entry by hand.</source>
        <translation>%1 existiert nicht, daher kann die Kernel-Befehlszeile dort nicht geändert werden. Fügen Sie %2 von Hand zur `options`-Zeile Ihres Boot-Eintrags hinzu.</translation>
    </message>
    <message>
        <source>kernel-install puts this command line into the boot entries it writes.</source>
        <translation>kernel-install setzt diese Befehlszeile in die Boot-Einträge, die es schreibt.</translation>
    </message>
    <message>
        <source>The boot entry of kernel %1 cannot be regenerated: kernel-install (in /usr/bin) or the kernel image (/usr/lib/modules/%1/vmlinuz or /boot/vmlinuz-%1) is missing. Nothing was changed.</source>
        <translation>Der Boot-Eintrag von Kernel %1 kann nicht neu erzeugt werden: kernel-install (in /usr/bin) oder das Kernel-Image (/usr/lib/modules/%1/vmlinuz oder /boot/vmlinuz-%1) fehlt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Write the boot entry of kernel %1 again with the new command line.</source>
        <translation>Den Boot-Eintrag von Kernel %1 mit der neuen Befehlszeile neu schreiben.</translation>
    </message>
</context>
<context>
    <name>vfio::TopologyScanner</name>
    <message>
        <source>`config` holds only %1 bytes, not a PCI header; it is ignored.</source>
        <translation>`config` enthält nur %1 Bytes, keinen PCI-Header; es wird ignoriert.</translation>
    </message>
    <message>
        <source>`modalias` holds %1, which is not a PCI modalias.</source>
        <translation>`modalias` enthält %1, was kein PCI-Modalias ist.</translation>
    </message>
    <message>
        <source>`modalias` names %1 but config space says %2:%3; the snapshot may be damaged.</source>
        <translation>`modalias` nennt %1, aber der Konfigurationsraum sagt %2:%3; das Abbild ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>`%1` holds %2, which is not a hexadecimal ID.</source>
        <translation>`%1` enthält %2, was keine hexadezimale ID ist.</translation>
    </message>
    <message>
        <source>`%1` is there but is not a link the scanner can read; it is ignored.</source>
        <translation>`%1` ist vorhanden, aber kein Link, den der Scanner lesen kann; es wird ignoriert.</translation>
    </message>
    <message>
        <source>`iommu_group` points to &quot;%1&quot;, which does not end in a group number.</source>
        <translation>`iommu_group` zeigt auf „%1“, was nicht auf eine Gruppennummer endet.</translation>
    </message>
    <message>
        <source>%1/%2 is not named like a PCI device (dddd:bb:dd.f); it is ignored.</source>
        <translation>%1/%2 ist nicht wie ein PCI-Gerät benannt (dddd:bb:dd.f); es wird ignoriert.</translation>
    </message>
    <message>
        <source>sys/bus/pci/devices/%1 is not a link to the device, so its parent bridge is unknown.</source>
        <translation>sys/bus/pci/devices/%1 ist kein Link auf das Gerät, daher ist seine übergeordnete Bridge unbekannt.</translation>
    </message>
    <message>
        <source>The device disappeared during the scan (or its directory cannot be read: %1); only its address is known.</source>
        <translation>Das Gerät ist während des Scans verschwunden (oder sein Verzeichnis ist nicht lesbar: %1); nur seine Adresse ist bekannt.</translation>
    </message>
    <message>
        <source>The kernel release is unknown: %1</source>
        <translation>Die Kernel-Version ist unbekannt: %1</translation>
    </message>
    <message>
        <source>No PCI devices could be listed: %1 cannot be read (%2).</source>
        <translation>Es konnten keine PCI-Geräte aufgelistet werden: %1 ist nicht lesbar (%2).</translation>
    </message>
</context>
<context>
    <name>vfio::TransactionRunner</name>
    <message>
        <source>Keeping a copy of the current files in %1</source>
        <translation>Eine Kopie der aktuellen Dateien wird in %1 aufbewahrt</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <source>Putting the previous files back</source>
        <translation>Die vorherigen Dateien werden zurückgelegt</translation>
    </message>
    <message>
        <source>Nothing was changed: your previous configuration is in place.</source>
        <translation>Es wurde nichts geändert: Ihre vorherige Konfiguration ist in Kraft.</translation>
    </message>
    <message>
        <source>Some previous files could not be put back: %1 The copies are in %2.</source>
        <translation>Einige vorherige Dateien konnten nicht zurückgelegt werden: %1 Die Kopien liegen in %2.</translation>
    </message>
    <message>
        <source>Regenerating the initramfs with %1</source>
        <translation>Das Initramfs wird mit %1 neu erzeugt</translation>
    </message>
</context>
<context>
    <name>vfio::TransactionStore</name>
    <message>
        <source>Cannot read %1 to keep a copy of it.</source>
        <translation>%1 kann nicht gelesen werden, um eine Kopie davon aufzubewahren.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Restoring the content from before %1</source>
        <translation>Der Inhalt von vor %1 wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Removing: it did not exist before %1</source>
        <translation>Wird entfernt: Es existierte vor %1 nicht</translation>
    </message>
    <message>
        <source>The copy of %1 kept by transaction %2 is missing in %3.</source>
        <translation>Die Kopie von %1, die Transaktion %2 aufbewahrt hat, fehlt in %3.</translation>
    </message>
</context>
<context>
    <name>vfio::TrayContent</name>
    <message>
        <source>VFIO passthrough: every device as configured</source>
        <translation>VFIO-Passthrough: jedes Gerät wie konfiguriert</translation>
    </message>
    <message>
        <source>VFIO passthrough: restart to finish</source>
        <translation>VFIO-Passthrough: zum Abschluss neu starten</translation>
    </message>
    <message>
        <source>VFIO passthrough: a configured device is not bound</source>
        <translation>VFIO-Passthrough: ein konfiguriertes Gerät ist nicht gebunden</translation>
    </message>
    <message>
        <source>VFIO passthrough: nothing configured</source>
        <translation>VFIO-Passthrough: nichts konfiguriert</translation>
    </message>
    <message>
        <source>not bound: %1</source>
        <translation>nicht gebunden: %1</translation>
    </message>
</context>
<context>
    <name>vfio::TrayController</name>
    <message>
        <source>Open VFIO Isolator</source>
        <translation>VFIO Isolator öffnen</translation>
    </message>
    <message>
        <source>First-time setup…</source>
        <translation>Ersteinrichtung…</translation>
    </message>
    <message>
        <source>Undo the last change…</source>
        <translation>Letzte Änderung rückgängig machen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>vfio::UdevMonitor</name>
    <message>
        <source>Live updates are off: the udev device monitor could not be started (is systemd-udevd running?). Use View &gt; Rescan.</source>
        <translation>Live-Aktualisierungen sind aus: Der udev-Gerätemonitor konnte nicht gestartet werden (läuft systemd-udevd?). Verwenden Sie Ansicht &gt; Neu einlesen.</translation>
    </message>
</context>
<context>
    <name>vfio::UnknownBootLoader</name>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>VFIO Isolator does not recognise how this system builds its kernel command line (it supports GRUB, GRUB with grubby, systemd-boot and kernelstub), so it changes nothing. Change it by hand: %1 in your boot loader&apos;s kernel command line (for GRUB, GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub, then update-grub), and reboot.</source>
        <translation>VFIO Isolator erkennt nicht, wie dieses System seine Kernel-Befehlszeile bildet (es unterstützt GRUB, GRUB mit grubby, systemd-boot und kernelstub), daher ändert es nichts. Ändern Sie sie von Hand: %1 in der Kernel-Befehlszeile Ihres Bootloaders (bei GRUB GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub, dann update-grub) und starten Sie neu.</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>vfio::Verification</name>
    <message>
        <source>no driver</source>
        <translation>kein Treiber</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>Treiber %1</translation>
    </message>
    <message>
        <source>started without VFIO passthrough</source>
        <translation>ohne VFIO-Passthrough gestartet</translation>
    </message>
    <message>
        <source>This boot was started with vfio_isolator=off (the safety entry): every device kept its normal driver. Restart normally to pass it through.</source>
        <translation>Dieser Start erfolgte mit vfio_isolator=off (dem Sicherheitseintrag): Jedes Gerät hat seinen normalen Treiber behalten. Starten Sie normal neu, um es durchzureichen.</translation>
    </message>
    <message>
        <source>the IOMMU is off, so vfio-pci cannot take it</source>
        <translation>die IOMMU ist aus, daher kann vfio-pci es nicht übernehmen</translation>
    </message>
    <message>
        <source>vfio-pci is not loaded</source>
        <translation>vfio-pci ist nicht geladen</translation>
    </message>
    <message>
        <source>The kernel has no vfio-pci driver at this boot. Apply again to put it into the initramfs, then restart.</source>
        <translation>Der Kernel hat in diesem Start keinen vfio-pci-Treiber. Wenden Sie erneut an, um ihn ins Initramfs zu bringen, und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>vfio-pci or vfio.conf is missing from the initramfs</source>
        <translation>vfio-pci oder vfio.conf fehlt im Initramfs</translation>
    </message>
    <message>
        <source>The initramfs was built without them, so %1 came first. Apply again to regenerate the initramfs, then restart.</source>
        <translation>Das Initramfs wurde ohne sie erzeugt, daher kam %1 zuerst. Wenden Sie erneut an, um das Initramfs neu zu erzeugen, und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>%1 claimed it first; vfio-pci is not loaded before it</source>
        <translation>%1 hat es zuerst beansprucht; vfio-pci wird nicht vor ihm geladen</translation>
    </message>
    <message>
        <source>The configuration was written by hand without softdep lines. Apply it with VFIO Isolator to load vfio-pci first, then restart.</source>
        <translation>Die Konfiguration wurde von Hand ohne softdep-Zeilen geschrieben. Wenden Sie sie mit VFIO Isolator an, damit vfio-pci zuerst lädt, und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>%1 claimed it first</source>
        <translation>%1 hat es zuerst beansprucht</translation>
    </message>
    <message>
        <source>The initramfs may predate the configuration: apply again to regenerate it, then restart.</source>
        <translation>Das Initramfs ist vielleicht älter als die Konfiguration: Wenden Sie erneut an, um es neu zu erzeugen, und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>no driver took it</source>
        <translation>kein Treiber hat es übernommen</translation>
    </message>
    <message>
        <source>Neither vfio-pci nor another driver holds it; the kernel log (journalctl -k) says why.</source>
        <translation>Weder vfio-pci noch ein anderer Treiber hält es; das Kernel-Protokoll (journalctl -k) sagt, warum.</translation>
    </message>
    <message>
        <source>on the host (bridge)</source>
        <translation>beim Host (Bridge)</translation>
    </message>
    <message>
        <source>Bridges and root ports always stay with the host; the devices behind them can still be given to a virtual machine.</source>
        <translation>Bridges und Root-Ports bleiben immer beim Host; die Geräte dahinter können trotzdem an eine virtuelle Maschine gehen.</translation>
    </message>
    <message>
        <source>bound to vfio-pci</source>
        <translation>an vfio-pci gebunden</translation>
    </message>
    <message>
        <source>vfio-pci holds it and the configuration keeps it so at every boot: it is ready for a virtual machine.</source>
        <translation>vfio-pci hält es, und die Konfiguration sorgt bei jedem Start dafür: Es ist bereit für eine virtuelle Maschine.</translation>
    </message>
    <message>
        <source>vfio-pci holds it now; the configuration could not be read.</source>
        <translation>vfio-pci hält es jetzt; die Konfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>will return to the host at next boot</source>
        <translation>kehrt beim nächsten Start zum Host zurück</translation>
    </message>
    <message>
        <source>vfio-pci holds it now, but the configuration no longer names it: after a restart its normal driver takes it back.</source>
        <translation>vfio-pci hält es jetzt, aber die Konfiguration nennt es nicht mehr: Nach einem Neustart übernimmt es wieder sein normaler Treiber.</translation>
    </message>
    <message>
        <source>will bind at next boot</source>
        <translation>wird beim nächsten Start gebunden</translation>
    </message>
    <message>
        <source>The configuration names it; vfio-pci takes it at the next boot (now: %1).</source>
        <translation>Die Konfiguration nennt es; vfio-pci übernimmt es beim nächsten Start (jetzt: %1).</translation>
    </message>
    <message>
        <source>configured but not bound (%1)</source>
        <translation>konfiguriert, aber nicht gebunden (%1)</translation>
    </message>
    <message>
        <source>The configuration names it but it was not bound to vfio-pci at this boot: %1. %2</source>
        <translation>Die Konfiguration nennt es, aber es wurde in diesem Start nicht an vfio-pci gebunden: %1. %2</translation>
    </message>
    <message>
        <source>on the host</source>
        <translation>beim Host</translation>
    </message>
    <message>
        <source>It uses %1 on the host and is not configured for vfio-pci.</source>
        <translation>Auf dem Host: %1; es ist nicht für vfio-pci konfiguriert.</translation>
    </message>
    <message>
        <source>It uses %1 on the host now; the configuration could not be read.</source>
        <translation>Jetzt auf dem Host: %1; die Konfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No device is configured for vfio-pci.</source>
        <translation>Kein Gerät ist für vfio-pci konfiguriert.</translation>
    </message>
    <message>
        <source>The configuration could not be read.</source>
        <translation>Die Konfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The configured device is bound to vfio-pci.</source>
        <translation>Das konfigurierte Gerät ist an vfio-pci gebunden.</translation>
    </message>
    <message>
        <source>The configuration changed after this boot: restart to finish.</source>
        <translation>Die Konfiguration hat sich nach diesem Start geändert: Starten Sie zum Abschluss neu.</translation>
    </message>
    <message>
        <source>The configuration names %1, which no device on this computer has: check for a typo.</source>
        <translation>Die Konfiguration nennt %1, was kein Gerät auf diesem Computer hat: Prüfen Sie auf einen Tippfehler.</translation>
    </message>
    <message>
        <source>Started without VFIO passthrough (vfio_isolator=off): devices kept their normal drivers.</source>
        <translation>Ohne VFIO-Passthrough gestartet (vfio_isolator=off): Die Geräte haben ihre normalen Treiber behalten.</translation>
    </message>
    <message>
        <source>A configured device is not bound to vfio-pci.</source>
        <translation>Ein konfiguriertes Gerät ist nicht an vfio-pci gebunden.</translation>
    </message>
    <message numerus="yes">
        <source>Every configured device is bound to vfio-pci (%n devices).</source>
        <translation>
            <numerusform>Jedes konfigurierte Gerät ist an vfio-pci gebunden (%n Gerät).</numerusform>
            <numerusform>Jedes konfigurierte Gerät ist an vfio-pci gebunden (%n Geräte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch the IOMMU on with the first-time setup (File &gt; First-time setup…), then restart.</source>
        <translation>Schalten Sie die IOMMU mit der Ersteinrichtung ein (Datei &gt; Ersteinrichtung…) und starten Sie dann neu.</translation>
    </message>
</context>
<context>
    <name>vfio::cli</name>
    <message>
        <source>Boot loader: %1 (%2)</source>
        <translation>Bootloader: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to change: the boot configuration already has these words.</source>
        <translation>Nichts zu ändern: Die Boot-Konfiguration hat diese Wörter bereits.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Run &apos;%2 --help&apos; for the options.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;. Führen Sie &apos;%2 --help&apos; aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Name at least one PCI address, e.g. 0000:01:00.0 (see &apos;vfio-isolator-cli list&apos;).</source>
        <translation>Nennen Sie mindestens eine PCI-Adresse, z. B. 0000:01:00.0 (siehe &apos;vfio-isolator-cli list&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PCI address: write it as 0000:01:00.0, or 01:00.0 as lspci prints it (see &apos;vfio-isolator-cli list&apos;).</source>
        <translation>&apos;%1&apos; ist keine PCI-Adresse: Schreiben Sie sie als 0000:01:00.0 oder 01:00.0, wie lspci sie ausgibt (siehe &apos;vfio-isolator-cli list&apos;).</translation>
    </message>
    <message>
        <source>Print the helper&apos;s JSON answer.</source>
        <translation>Die JSON-Antwort des Helfers ausgeben.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Führen Sie &apos;%1 --help&apos; aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Also add %1: the devices the host keeps skip IOMMU address translation.</source>
        <translation>Auch %1 hinzufügen: Die Geräte, die der Host behält, umgehen die IOMMU-Adressübersetzung.</translation>
    </message>
    <message>
        <source>Work the words out from the system below DIR (a snapshot) instead of this machine. The helper still changes the system it runs on.</source>
        <translation>Die Wörter aus dem System unterhalb von DIR (ein Abbild) statt aus diesem Rechner ermitteln. Der Helfer ändert trotzdem das System, auf dem er läuft.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>add %1; remove %2</source>
        <translation>%1 hinzufügen; %2 entfernen</translation>
    </message>
    <message>
        <source>Nothing to change: the kernel command line already has what the IOMMU needs on this system (see &apos;vfio-isolator-cli check&apos;).</source>
        <translation>Nichts zu ändern: Die Kernel-Befehlszeile hat bereits, was die IOMMU auf diesem System braucht (siehe &apos;vfio-isolator-cli check&apos;).</translation>
    </message>
    <message>
        <source>Kernel command line: %1</source>
        <translation>Kernel-Befehlszeile: %1</translation>
    </message>
    <message>
        <source>Removed file %1 (%2):</source>
        <translation>Entfernte Datei %1 (%2):</translation>
    </message>
    <message>
        <source>, mode %1</source>
        <translation>, Modus %1</translation>
    </message>
    <message>
        <source>New file %1 (%2%3):</source>
        <translation>Neue Datei %1 (%2%3):</translation>
    </message>
    <message>
        <source>Changed file %1 (%2%3), - removed, + added:</source>
        <translation>Geänderte Datei %1 (%2%3), - entfernt, + hinzugefügt:</translation>
    </message>
    <message>
        <source>Then runs:</source>
        <translation>Danach wird ausgeführt:</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>System: %1 (initramfs: %2)</source>
        <translation>System: %1 (Initramfs: %2)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Device %1 [%2]: bound by %3. %4</source>
        <translation>Gerät %1 [%2]: gebunden über %3. %4</translation>
    </message>
    <message>
        <source>address (driver_override)</source>
        <translation>Adresse (driver_override)</translation>
    </message>
    <message>
        <source>ID (ids=)</source>
        <translation>ID (ids=)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Optional fix: %1</source>
        <translation>Optionale Abhilfe: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>IOMMU Group %1:</source>
        <translation>IOMMU-Gruppe %1:</translation>
    </message>
    <message>
        <source>Devices without an IOMMU group:</source>
        <translation>Geräte ohne IOMMU-Gruppe:</translation>
    </message>
    <message>
        <source>%1  matches no device on this computer: the configuration does nothing for it.
</source>
        <translation>%1  passt zu keinem Gerät auf diesem Computer: Die Konfiguration bewirkt dafür nichts.
</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Aufruf: %1 &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Führen Sie &apos;%1 &lt;Befehl&gt; --help&apos; aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Name one file at most; &apos;%1&apos; is one too many.</source>
        <translation>Geben Sie höchstens eine Datei an; &apos;%1&apos; ist eine zu viel.</translation>
    </message>
    <message>
        <source>Read the system below DIR (a snapshot folder with sys/, proc/ and lib/modules/, or a report file made by &apos;report&apos;) instead of this machine.</source>
        <translation>Das System unterhalb von DIR (ein Schnappschuss-Ordner mit sys/, proc/ und lib/modules/ oder eine mit &apos;report&apos; erstellte Berichtsdatei) statt dieses Rechners lesen.</translation>
    </message>
</context>
<context>
    <name>vfio::cli::ApplyCommand</name>
    <message>
        <source>Reserve devices for vfio-pci from the next boot on (asks for confirmation unless --yes).</source>
        <translation>Geräte ab dem nächsten Start für vfio-pci reservieren (fragt nach Bestätigung, außer mit --yes).</translation>
    </message>
    <message>
        <source>PCI addresses, e.g. 0000:02:00.0; every endpoint of their IOMMU groups</source>
        <translation>PCI-Adressen, z. B. 0000:02:00.0; jedes Endgerät ihrer IOMMU-Gruppen</translation>
    </message>
    <message>
        <source>Apply without asking for confirmation.</source>
        <translation>Ohne Bestätigung anwenden.</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>Diese Änderungen anwenden?</translation>
    </message>
</context>
<context>
    <name>vfio::cli::CheckCommand</name>
    <message>
        <source>Check whether this system is ready for PCI passthrough, and what to change if not.</source>
        <translation>Prüfen, ob dieses System für PCI-Passthrough bereit ist, und was sonst zu ändern ist.</translation>
    </message>
    <message>
        <source>Print JSON instead of the table.</source>
        <translation>JSON statt der Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>System check of this computer:</source>
        <translation>Systemprüfung dieses Computers:</translation>
    </message>
    <message>
        <source>System check of the snapshot %1:</source>
        <translation>Systemprüfung des Abbilds %1:</translation>
    </message>
    <message>
        <source>Not ready yet: change what is marked Blocked or Action needed, then run this check again.</source>
        <translation>Noch nicht bereit: Ändern Sie, was als Blockiert oder Handlungsbedarf markiert ist, und führen Sie diese Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Ready: nothing stands in the way of passing devices through.</source>
        <translation>Bereit: Nichts steht dem Durchreichen von Geräten im Weg.</translation>
    </message>
</context>
<context>
    <name>vfio::cli::EnableIommuCommand</name>
    <message>
        <source>Switch the IOMMU on through the kernel command line from the next boot (asks unless --yes).</source>
        <translation>Die IOMMU ab dem nächsten Start über die Kernel-Befehlszeile einschalten (fragt nach, außer mit --yes).</translation>
    </message>
    <message>
        <source>Change the kernel command line without asking for confirmation.</source>
        <translation>Die Kernel-Befehlszeile ohne Bestätigung ändern.</translation>
    </message>
    <message>
        <source>Change the kernel command line?</source>
        <translation>Die Kernel-Befehlszeile ändern?</translation>
    </message>
</context>
<context>
    <name>vfio::cli::HelperSession</name>
    <message>
        <source>Transaction %1 started.</source>
        <translation>Transaktion %1 gestartet.</translation>
    </message>
    <message>
        <source>The helper stopped before finishing transaction %1. Run &apos;vfio-isolator-cli status&apos; to see what is in place.</source>
        <translation>Der Helfer wurde beendet, bevor Transaktion %1 fertig war. Führen Sie &apos;vfio-isolator-cli status&apos; aus, um zu sehen, was in Kraft ist.</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Fehler (%1): %2</translation>
    </message>
    <message>
        <source>Not asking for confirmation without a terminal: add --yes to go ahead.</source>
        <translation>Ohne Terminal wird nicht nach einer Bestätigung gefragt: Fügen Sie --yes hinzu, um fortzufahren.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>vfio::cli::ListCommand</name>
    <message>
        <source>Show the IOMMU groups and their PCI devices, drivers and kernel modules.</source>
        <translation>Die IOMMU-Gruppen und ihre PCI-Geräte, Treiber und Kernel-Module anzeigen.</translation>
    </message>
    <message>
        <source>Print JSON instead of the listing.</source>
        <translation>JSON statt der Liste ausgeben.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>vfio::cli::PreviewCommand</name>
    <message>
        <source>Show the files and commands that apply would write and run (changes nothing).</source>
        <translation>Die Dateien und Befehle anzeigen, die apply schreiben und ausführen würde (ändert nichts).</translation>
    </message>
    <message>
        <source>PCI addresses, e.g. 0000:02:00.0</source>
        <translation>PCI-Adressen, z. B. 0000:02:00.0</translation>
    </message>
</context>
<context>
    <name>vfio::cli::PreviewIommuCommand</name>
    <message>
        <source>Show how enable-iommu would change the kernel command line (changes nothing).</source>
        <translation>Anzeigen, wie enable-iommu die Kernel-Befehlszeile ändern würde (ändert nichts).</translation>
    </message>
</context>
<context>
    <name>vfio::cli::ReportCommand</name>
    <message>
        <source>Write a hardware report for a bug report: the PCI devices, IOMMU groups, kernel modules and the configuration, without serial numbers, MAC addresses, host or user names.</source>
        <translation>Einen Hardwarebericht für einen Fehlerbericht schreiben: die PCI-Geräte, IOMMU-Gruppen, Kernelmodule und die Konfiguration, ohne Seriennummern, MAC-Adressen, Rechner- oder Benutzernamen.</translation>
    </message>
    <message>
        <source>Where to write the report (default: vfio-isolator-report.tar.gz).</source>
        <translation>Wohin der Bericht geschrieben wird (Vorgabe: vfio-isolator-report.tar.gz).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2). Attach it to your bug report; &quot;vfio-isolator-cli list --root %1&quot; shows what it holds.</source>
        <translation>%1 geschrieben (%2). Hängen Sie ihn an Ihren Fehlerbericht an; &quot;vfio-isolator-cli list --root %1&quot; zeigt, was er enthält.</translation>
    </message>
</context>
<context>
    <name>vfio::cli::RevertCommand</name>
    <message>
        <source>Undo the last change (apply or enable-iommu): put back the files it replaced, rerun its tool.</source>
        <translation>Die letzte Änderung (apply oder enable-iommu) rückgängig machen: die ersetzten Dateien zurücklegen, ihr Werkzeug erneut ausführen.</translation>
    </message>
    <message>
        <source>Revert without asking for confirmation.</source>
        <translation>Ohne Bestätigung rückgängig machen.</translation>
    </message>
    <message>
        <source>Revert the last change?</source>
        <translation>Die letzte Änderung rückgängig machen?</translation>
    </message>
</context>
<context>
    <name>vfio::cli::StatusCommand</name>
    <message>
        <source>Show what is configured now: devices, IDs, files, the last change.</source>
        <translation>Anzeigen, was jetzt konfiguriert ist: Geräte, IDs, Dateien, die letzte Änderung.</translation>
    </message>
    <message>
        <source>No device is reserved for vfio-pci by VFIO Isolator.</source>
        <translation>Kein Gerät ist von VFIO Isolator für vfio-pci reserviert.</translation>
    </message>
    <message>
        <source>Reserved: %1 [%2], bound by %3</source>
        <translation>Reserviert: %1 [%2], gebunden über %3</translation>
    </message>
    <message>
        <source>Last change: %1 %2 (%3)</source>
        <translation>Letzte Änderung: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>vfio-pci ids= in the configuration: %1</source>
        <translation>vfio-pci ids= in der Konfiguration: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A change is in progress.</source>
        <translation>Eine Änderung läuft gerade.</translation>
    </message>
</context>
<context>
    <name>vfio::cli::VerifyCommand</name>
    <message>
        <source>After a restart: check that every configured device is bound to vfio-pci, and say why not.</source>
        <translation>Nach einem Neustart: prüfen, ob jedes konfigurierte Gerät an vfio-pci gebunden ist, und sagen, warum nicht.</translation>
    </message>
    <message>
        <source>Print JSON instead of sentences.</source>
        <translation>JSON statt Sätzen ausgeben.</translation>
    </message>
</context>
<context>
    <name>vfio::report</name>
    <message>
        <source>No temporary folder could be made (%1). Free some space in %2.</source>
        <translation>Es konnte kein temporärer Ordner angelegt werden (%1). Geben Sie Platz in %2 frei.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The report could not be written (%1).</source>
        <translation>Der Bericht konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>%1 could not be created (%2). Choose a folder you may write to.</source>
        <translation>%1 konnte nicht angelegt werden (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>%1 is not a hardware report of VFIO Isolator (%2). Make a new one with &quot;vfio-isolator-cli report&quot;.</source>
        <translation>%1 ist kein Hardwarebericht von VFIO Isolator (%2). Erstellen Sie einen neuen mit &quot;vfio-isolator-cli report&quot;.</translation>
    </message>
    <message>
        <source>%1 lies outside %2/</source>
        <translation>%1 liegt außerhalb von %2/</translation>
    </message>
    <message>
        <source>the link %1 leads outside the report</source>
        <translation>der Link %1 führt aus dem Bericht hinaus</translation>
    </message>
    <message>
        <source>%1 is neither a file, a folder nor a link</source>
        <translation>%1 ist weder eine Datei noch ein Ordner noch ein Link</translation>
    </message>
    <message>
        <source>it unpacks to more than 512 MiB</source>
        <translation>er entpackt sich zu mehr als 512 MiB</translation>
    </message>
    <message>
        <source>The report could not be unpacked (%1).</source>
        <translation>Der Bericht konnte nicht entpackt werden (%1).</translation>
    </message>
</context>
<context>
    <name>vfio::report::SnapshotFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The link %1 could not be created (%2).</source>
        <translation>Der Link %1 konnte nicht angelegt werden (%2).</translation>
    </message>
</context>
</TS>
