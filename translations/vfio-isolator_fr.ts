<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <source>VFIO Isolator</source>
        <translation>VFIO Isolator</translation>
    </message>
    <message>
        <source>Why the selection changed</source>
        <translation>Pourquoi la sélection a changé</translation>
    </message>
    <message>
        <source>Filter by name, address, ID, class, driver or state</source>
        <translation>Filtrer par nom, adresse, ID, classe, pilote ou état</translation>
    </message>
    <message>
        <source>&amp;GPUs only</source>
        <translation>&amp;GPU uniquement</translation>
    </message>
    <message>
        <source>Hide &amp;bridges</source>
        <translation>Masquer les &amp;ponts</translation>
    </message>
    <message>
        <source>IOMMU groups and their devices</source>
        <translation>Groupes IOMMU et leurs périphériques</translation>
    </message>
    <message>
        <source>Details of the current device</source>
        <translation>Détails du périphérique courant</translation>
    </message>
    <message>
        <source>Explore a &amp;sample machine</source>
        <translation>Explorer une machine d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>&amp;Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Restore the files the last Apply replaced, in one step</source>
        <translation>Restaurer en une étape les fichiers remplacés par la dernière application</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Vérifier et appliquer…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open &amp;this computer</source>
        <translation>Ouvrir &amp;cet ordinateur</translation>
    </message>
    <message>
        <source>Open the &amp;sample machine</source>
        <translation>Ouvrir la machine d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>Open a system &amp;snapshot…</source>
        <translation>Ouvrir un &amp;instantané système…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Réanalyser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Expand all groups</source>
        <translation>&amp;Déplier tous les groupes</translation>
    </message>
    <message>
        <source>&amp;Collapse all groups</source>
        <translation>&amp;Replier tous les groupes</translation>
    </message>
    <message>
        <source>&amp;About VFIO Isolator</source>
        <translation>À &amp;propos de VFIO Isolator</translation>
    </message>
    <message>
        <source>Show the devices anyway</source>
        <translation>Afficher quand même les périphériques</translation>
    </message>
    <message>
        <source>First-time &amp;setup…</source>
        <translation>&amp;Configuration initiale…</translation>
    </message>
    <message>
        <source>Checks this computer, switches the IOMMU on, and walks through choosing, applying and restarting</source>
        <translation>Vérifie cet ordinateur, active l&apos;IOMMU et guide le choix, l&apos;application et le redémarrage</translation>
    </message>
    <message>
        <source>Show the passthrough status in the system tray</source>
        <translation>Afficher l&apos;état du passthrough dans la zone de notification</translation>
    </message>
    <message>
        <source>Starts a tray icon at login that says whether the configured devices are bound to vfio-pci</source>
        <translation>Lance à la connexion une icône de notification qui indique si les périphériques configurés sont liés à vfio-pci</translation>
    </message>
    <message>
        <source>Open a hardware &amp;report…</source>
        <translation>Ouvrir un &amp;rapport matériel…</translation>
    </message>
    <message>
        <source>Open a report made with Help &gt; Make a hardware report or vfio-isolator-cli report, read-only</source>
        <translation>Ouvrir un rapport créé avec Aide &gt; Créer un rapport matériel ou vfio-isolator-cli report, en lecture seule</translation>
    </message>
    <message>
        <source>Make a hardware &amp;report for a bug report…</source>
        <translation>Créer un &amp;rapport matériel pour un rapport de bogue…</translation>
    </message>
    <message>
        <source>Save the PCI devices, IOMMU groups and configuration of what this window shows in one file, without serial numbers, MAC addresses or names</source>
        <translation>Enregistrer dans un seul fichier les périphériques PCI, les groupes IOMMU et la configuration de ce que montre cette fenêtre, sans numéros de série, adresses MAC ni noms</translation>
    </message>
    <message>
        <source>What this window shows</source>
        <translation>Ce que montre cette fenêtre</translation>
    </message>
    <message>
        <source>Filter the devices</source>
        <translation>Filtrer les périphériques</translation>
    </message>
    <message>
        <source>Shows only the devices whose name, address, ID, class, driver or state contains the text. Ctrl+F comes here; Down or Enter goes to the list.</source>
        <translation>N’affiche que les périphériques dont le nom, l’adresse, l’ID, la classe, le pilote ou l’état contient le texte. Ctrl+F mène ici ; Bas ou Entrée va à la liste.</translation>
    </message>
    <message>
        <source>Shows only the IOMMU groups that hold a graphics card</source>
        <translation>N’affiche que les groupes IOMMU qui contiennent une carte graphique</translation>
    </message>
    <message>
        <source>Hides the bridges and root ports, which always stay with the host</source>
        <translation>Masque les ponts et les ports racine, qui restent toujours à l’hôte</translation>
    </message>
    <message>
        <source>Arrows move, Space ticks or unticks a device and its whole group, Enter opens the review of the ticked devices</source>
        <translation>Les flèches déplacent, Espace coche ou décoche un périphérique et tout son groupe, Entrée ouvre la revue des périphériques cochés</translation>
    </message>
    <message>
        <source>Everything known about the device or group that is current in the list</source>
        <translation>Tout ce que l’on sait du périphérique ou du groupe courant dans la liste</translation>
    </message>
    <message>
        <source>Why no device can be given to a virtual machine</source>
        <translation>Pourquoi aucun périphérique ne peut être confié à une machine virtuelle</translation>
    </message>
    <message>
        <source>Shows the device list, for looking only</source>
        <translation>Affiche la liste des périphériques, pour consultation seulement</translation>
    </message>
    <message>
        <source>Opens a built-in example machine, read-only</source>
        <translation>Ouvre une machine d’exemple intégrée, en lecture seule</translation>
    </message>
    <message>
        <source>Ticked devices</source>
        <translation>Périphériques cochés</translation>
    </message>
    <message>
        <source>Shows every file that would be written for the ticked devices, then applies them. Enter in the list does the same.</source>
        <translation>Montre chaque fichier qui serait écrit pour les périphériques cochés, puis les applique. Entrée dans la liste fait de même.</translation>
    </message>
    <message>
        <source>&amp;Filter the devices</source>
        <translation>&amp;Filtrer les périphériques</translation>
    </message>
    <message>
        <source>Moves the keyboard to the filter field</source>
        <translation>Place le clavier dans le champ de filtre</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message>
        <source>Asking the helper what it would write…</source>
        <translation>Demande au programme d&apos;aide ce qu&apos;il écrirait…</translation>
    </message>
    <message>
        <source>Files that will be written</source>
        <translation>Fichiers qui seront écrits</translation>
    </message>
    <message>
        <source>New content of the selected file, as a diff</source>
        <translation>Nouveau contenu du fichier sélectionné, sous forme de diff</translation>
    </message>
    <message>
        <source>Output of the tools the helper runs</source>
        <translation>Sortie des outils exécutés par le programme d&apos;aide</translation>
    </message>
    <message>
        <source>What the lines of the selected file mean</source>
        <translation>Signification des lignes du fichier sélectionné</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Up and Down choose the file whose changes are shown next to the list</source>
        <translation>Haut et Bas choisissent le fichier dont les modifications sont affichées à côté de la liste</translation>
    </message>
    <message>
        <source>Commands the helper runs</source>
        <translation>Commandes exécutées par le programme d’aide</translation>
    </message>
    <message>
        <source>Status of the change</source>
        <translation>État de la modification</translation>
    </message>
    <message>
        <source>Progress of the change</source>
        <translation>Progression de la modification</translation>
    </message>
</context>
<context>
    <name>SetupApplyPage</name>
    <message>
        <source>Review and apply</source>
        <translation>Vérifier et appliquer</translation>
    </message>
    <message>
        <source>Nothing is written before you have seen it.</source>
        <translation>Rien n&apos;est écrit avant que vous l&apos;ayez vu.</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>&amp;Vérifier et appliquer…</translation>
    </message>
    <message>
        <source>Shows every file that will be written and the command that will run</source>
        <translation>Affiche chaque fichier qui sera écrit et la commande qui sera exécutée</translation>
    </message>
</context>
<context>
    <name>SetupChecksPage</name>
    <message>
        <source>Check this computer</source>
        <translation>Vérifier cet ordinateur</translation>
    </message>
    <message>
        <source>What passthrough needs, and what VFIO Isolator can switch on for you.</source>
        <translation>Ce dont le passthrough a besoin, et ce que VFIO Isolator peut activer pour vous.</translation>
    </message>
    <message>
        <source>System check findings</source>
        <translation>Résultats de la vérification du système</translation>
    </message>
    <message>
        <source>Also use IOMMU &amp;passthrough mode (iommu=pt): faster host devices, same isolation</source>
        <translation>Utiliser aussi le mode &amp;passthrough de l&apos;IOMMU (iommu=pt) : périphériques de l&apos;hôte plus rapides, même isolation</translation>
    </message>
    <message>
        <source>&amp;Switch the IOMMU on…</source>
        <translation>&amp;Activer l&apos;IOMMU…</translation>
    </message>
    <message>
        <source>Shows the change to the kernel command line, then makes it through the helper</source>
        <translation>Affiche la modification de la ligne de commande du noyau, puis l&apos;effectue via le programme d&apos;aide</translation>
    </message>
</context>
<context>
    <name>SetupChoosePage</name>
    <message>
        <source>Choose what to give to virtual machines</source>
        <translation>Choisir ce qui est confié aux machines virtuelles</translation>
    </message>
    <message>
        <source>Tick a group: a group goes to a virtual machine whole. Graphics cards that are not showing this screen come first.</source>
        <translation>Cochez un groupe : un groupe est confié entier à une machine virtuelle. Les cartes graphiques qui n&apos;affichent pas cet écran viennent en premier.</translation>
    </message>
    <message>
        <source>IOMMU groups that can be passed through</source>
        <translation>Groupes IOMMU pouvant être transmis</translation>
    </message>
</context>
<context>
    <name>SetupRestartPage</name>
    <message>
        <source>Restart</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>The change takes effect when the computer starts again.</source>
        <translation>La modification prend effet au prochain démarrage de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>Redémarrer &amp;maintenant</translation>
    </message>
    <message>
        <source>Asks the system to restart (your desktop may ask you to confirm)</source>
        <translation>Demande au système de redémarrer (votre bureau peut demander une confirmation)</translation>
    </message>
</context>
<context>
    <name>SetupVerifyPage</name>
    <message>
        <source>After the restart</source>
        <translation>Après le redémarrage</translation>
    </message>
    <message>
        <source>What the configuration asked for, and what the kernel did.</source>
        <translation>Ce que la configuration a demandé, et ce que le noyau a fait.</translation>
    </message>
    <message>
        <source>Verification per device</source>
        <translation>Vérification par périphérique</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation>il n&apos;y a pas d&apos;affichage pour la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini)</translation>
    </message>
    <message>
        <source>the display %1 cannot be reached</source>
        <translation>l&apos;affichage %1 est injoignable</translation>
    </message>
    <message>
        <source>vfio-isolator: %1. Start it from a desktop session, or use vfio-isolator-cli in a terminal.</source>
        <translation>vfio-isolator : %1. Lancez-le depuis une session de bureau, ou utilisez vfio-isolator-cli dans un terminal.</translation>
    </message>
    <message>
        <source>Open the built-in sample machine.</source>
        <translation>Ouvrir la machine d&apos;exemple intégrée.</translation>
    </message>
    <message>
        <source>Tick ADDRESS at start, as a click would: with its group; a group the host needs asks for your confirmation first.</source>
        <translation>Cocher ADDRESS au démarrage, comme d&apos;un clic : avec son groupe ; un groupe dont l&apos;hôte a besoin demande d&apos;abord votre confirmation.</translation>
    </message>
    <message>
        <source>Show the details of ADDRESS at start.</source>
        <translation>Afficher au démarrage les détails de ADDRESS.</translation>
    </message>
    <message>
        <source>Start in the system tray, without a window until asked.</source>
        <translation>Démarrer dans la zone de notification, sans fenêtre jusqu&apos;à ce qu&apos;on en demande une.</translation>
    </message>
    <message>
        <source>Open the first-time setup assistant at start.</source>
        <translation>Ouvrir l&apos;assistant de configuration initiale au démarrage.</translation>
    </message>
    <message>
        <source>Give PCI devices to virtual machines: pick them by IOMMU group, review, apply through the helper.</source>
        <translation>Confier des périphériques PCI aux machines virtuelles : les choisir par groupe IOMMU, vérifier, appliquer via le programme d&apos;aide.</translation>
    </message>
    <message>
        <source>The sample machine is not installed; set VFIO_ISOLATOR_SAMPLE_DIR or reinstall.</source>
        <translation>La machine d&apos;exemple n&apos;est pas installée ; définissez VFIO_ISOLATOR_SAMPLE_DIR ou réinstallez.</translation>
    </message>
    <message>
        <source>--root %1: no such folder; give the folder that holds the snapshot&apos;s sys/ and proc/.</source>
        <translation>--root %1 : dossier introuvable ; indiquez le dossier qui contient sys/ et proc/ de l&apos;instantané.</translation>
    </message>
    <message>
        <source>--tick %1: there is no such device here (see the addresses in the list).</source>
        <translation>--tick %1 : ce périphérique n&apos;existe pas ici (voir les adresses dans la liste).</translation>
    </message>
    <message>
        <source>Read the system below DIR (a snapshot folder, or a hardware report file) instead of this computer; read-only.</source>
        <translation>Lire le système sous DIR (un dossier d’instantané ou un fichier de rapport matériel) au lieu de cet ordinateur ; en lecture seule.</translation>
    </message>
</context>
<context>
    <name>vfio</name>
    <message>
        <source>&quot;%1&quot; is not a PCI address: use the form 0000:01:00.0.</source>
        <translation>« %1 » n&apos;est pas une adresse PCI : utilisez la forme 0000:01:00.0.</translation>
    </message>
    <message>
        <source>Restart to finish: after the next boot %1 will use vfio-pci; check with `lspci -nnk` (&quot;Kernel driver in use: vfio-pci&quot;).</source>
        <translation>Redémarrez pour terminer : après le prochain démarrage, %1 utilisera vfio-pci ; vérifiez avec `lspci -nnk` (« Kernel driver in use: vfio-pci »).</translation>
    </message>
    <message>
        <source>vfio-pci is built into this kernel: also add %1 to the kernel command line.</source>
        <translation>vfio-pci est intégré à ce noyau : ajoutez aussi %1 à la ligne de commande du noyau.</translation>
    </message>
    <message>
        <source>the kernel release is unknown</source>
        <translation>la version du noyau est inconnue</translation>
    </message>
    <message>
        <source>%1 does not exist (the modules of kernel %2 are not installed there)</source>
        <translation>%1 n&apos;existe pas (les modules du noyau %2 n&apos;y sont pas installés)</translation>
    </message>
    <message>
        <source>libkmod could not use %1</source>
        <translation>libkmod n&apos;a pas pu utiliser %1</translation>
    </message>
    <message>
        <source>the module index in %1 could not be loaded (%2); running depmod %3 rebuilds it</source>
        <translation>l&apos;index des modules dans %1 n&apos;a pas pu être chargé (%2) ; exécuter depmod %3 le reconstruit</translation>
    </message>
    <message>
        <source>The hardware report was not written</source>
        <translation>Le rapport matériel n’a pas été écrit</translation>
    </message>
    <message>
        <source>Hardware report written</source>
        <translation>Rapport matériel écrit</translation>
    </message>
    <message>
        <source>%1 (%2) holds the PCI devices, IOMMU groups, kernel module index, kernel command line and vfio and initramfs configuration of what this window shows. It holds no serial numbers, MAC addresses, host name or user names.

Attach it to your bug report. File &gt; Open a hardware report shows what it holds.</source>
        <translation>%1 (%2) contient les périphériques PCI, les groupes IOMMU, l’index des modules du noyau, la ligne de commande du noyau et la configuration vfio et initramfs de ce que montre cette fenêtre. Il ne contient ni numéros de série, ni adresses MAC, ni nom d’hôte, ni noms d’utilisateur.

Joignez-le à votre rapport de bogue. Fichier &gt; Ouvrir un rapport matériel montre ce qu’il contient.</translation>
    </message>
    <message>
        <source>The hardware report could not be opened</source>
        <translation>Le rapport matériel n’a pas pu être ouvert</translation>
    </message>
</context>
<context>
    <name>vfio::Autostart</name>
    <message>
        <source>Shows in the system tray whether the devices given to virtual machines are bound</source>
        <translation>Indique dans la zone de notification si les périphériques confiés aux machines virtuelles sont liés</translation>
    </message>
    <message>
        <source>Could not remove %1; remove it by hand to stop the tray at login.</source>
        <translation>Impossible de supprimer %1 ; supprimez-le à la main pour que l&apos;icône ne se lance plus à la connexion.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); check that the folder is writable.</source>
        <translation>Impossible d&apos;écrire %1 (%2) ; vérifiez que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>vfio::BannerStyle</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
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
        <translation>/etc/default/grub, /boot/loader/entries/*.conf et %1 existent</translation>
    </message>
    <message>
        <source>/etc/default/grub and the folder /etc/default/grub.d exist</source>
        <translation>/etc/default/grub et le dossier /etc/default/grub.d existent</translation>
    </message>
    <message>
        <source>/etc/default/grub exists, /etc/default/grub.d does not</source>
        <translation>/etc/default/grub existe, /etc/default/grub.d non</translation>
    </message>
    <message>
        <source>/usr/bin/kernelstub exists</source>
        <translation>/usr/bin/kernelstub existe</translation>
    </message>
    <message>
        <source>%1 and /etc/kernel/cmdline exist</source>
        <translation>%1 et /etc/kernel/cmdline existent</translation>
    </message>
    <message>
        <source>%1 exists, /etc/kernel/cmdline does not</source>
        <translation>%1 existe, /etc/kernel/cmdline non</translation>
    </message>
    <message>
        <source>none of /usr/bin/kernelstub, /etc/default/grub, /boot/efi/loader/loader.conf, /boot/loader/loader.conf or /efi/loader/loader.conf exists</source>
        <translation>aucun de /usr/bin/kernelstub, /etc/default/grub, /boot/efi/loader/loader.conf, /boot/loader/loader.conf ou /efi/loader/loader.conf n&apos;existe</translation>
    </message>
</context>
<context>
    <name>vfio::BootPlanSupport</name>
    <message>
        <source>Rebuild the GRUB menu with the new command line.</source>
        <translation>Régénérer le menu GRUB avec la nouvelle ligne de commande.</translation>
    </message>
    <message>
        <source>Neither update-grub nor grub-mkconfig was found in /usr/sbin or /usr/bin, so the GRUB menu cannot be rebuilt. Install your distribution&apos;s GRUB package (grub2-common or grub2-tools). Nothing was changed.</source>
        <translation>Ni update-grub ni grub-mkconfig n&apos;a été trouvé dans /usr/sbin ou /usr/bin : le menu GRUB ne peut pas être régénéré. Installez le paquet GRUB de votre distribution (grub2-common ou grub2-tools). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Rebuild the GRUB menu (%1) with the new command line.</source>
        <translation>Régénérer le menu GRUB (%1) avec la nouvelle ligne de commande.</translation>
    </message>
</context>
<context>
    <name>vfio::CheckedSelection</name>
    <message>
        <source>Not ticked: the group of %1 holds a device this computer needs. %2</source>
        <translation>Non coché : le groupe de %1 contient un périphérique dont cet ordinateur a besoin. %2</translation>
    </message>
    <message>
        <source>Ticked %1.</source>
        <translation>%1 coché.</translation>
    </message>
    <message>
        <source>Unticked %1 of IOMMU group %2: a group goes to a virtual machine whole or not at all.</source>
        <translation>%1 du groupe IOMMU %2 décoché : un groupe est confié entier à une machine virtuelle, ou pas du tout.</translation>
    </message>
    <message>
        <source>Unticked %1.</source>
        <translation>%1 décoché.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has the same ID %2 as %3 on the host: it will be bound by its address, and the host&apos;s driver keeps %3.</source>
        <translation>
            <numerusform>%1 a le même ID %2 que %3 sur l&apos;hôte : il sera lié par son adresse, et le pilote de l&apos;hôte garde %3.</numerusform>
            <numerusform>%1 a le même ID %2 que %3 sur l&apos;hôte : il sera lié par son adresse, et le pilote de l&apos;hôte garde %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>If %1 is ticked without %3 (the same ID %2), it is bound by its address, and the host&apos;s driver keeps %3.</source>
        <translation>
            <numerusform>Si %1 est coché sans %3 (le même ID %2), il est lié par son adresse, et le pilote de l&apos;hôte garde %3.</numerusform>
            <numerusform>Si %1 est coché sans %3 (le même ID %2), il est lié par son adresse, et le pilote de l&apos;hôte garde %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vfio::CommandRunner</name>
    <message>
        <source>Refusing to run %1: only programs given by their absolute path are run.</source>
        <translation>Exécution de %1 refusée : seuls les programmes donnés par leur chemin absolu sont exécutés.</translation>
    </message>
    <message>
        <source>%1 is missing or not executable: install the package that provides it.</source>
        <translation>%1 est absent ou non exécutable : installez le paquet qui le fournit.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>%1 ne s&apos;est pas terminé en %2 secondes et a été arrêté.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 a planté.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 a échoué avec le code de sortie %2.</translation>
    </message>
</context>
<context>
    <name>vfio::DbusHelperService</name>
    <message>
        <source>The system bus cannot be reached, so the helper cannot be asked. Start the D-Bus system daemon (&quot;sudo systemctl start dbus&quot;), or, inside a container or Flatpak, give the application access to the system bus. Nothing was changed.</source>
        <translation>Le bus système est injoignable : le programme d&apos;aide ne peut pas être interrogé. Démarrez le démon système D-Bus (« sudo systemctl start dbus ») ou, dans un conteneur ou un Flatpak, donnez à l&apos;application l&apos;accès au bus système. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The helper did not answer in time. Check &quot;journalctl -u vfio-isolator-helper&quot; and try again. Nothing was changed.</source>
        <translation>Le programme d&apos;aide n&apos;a pas répondu à temps. Consultez « journalctl -u vfio-isolator-helper » et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The system bus refused the call (%1). The helper&apos;s D-Bus policy may be missing: reinstall VFIO Isolator. Nothing was changed.</source>
        <translation>Le bus système a refusé l&apos;appel (%1). La politique D-Bus du programme d&apos;aide manque peut-être : réinstallez VFIO Isolator. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Not authorised: %1</source>
        <translation>Non autorisé : %1</translation>
    </message>
    <message>
        <source>The helper is busy with another change: %1 Wait for it to finish, then try again.</source>
        <translation>Le programme d&apos;aide est occupé par une autre modification : %1 Attendez qu&apos;elle se termine, puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>vfio::DesktopNotifier</name>
    <message>
        <source>Open VFIO Isolator</source>
        <translation>Ouvrir VFIO Isolator</translation>
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
        <translation>Il n&apos;a pas de groupe IOMMU car l&apos;IOMMU n&apos;est pas active à ce démarrage.</translation>
    </message>
    <message>
        <source>It is alone in IOMMU group %1: the IOMMU can isolate it from every other device, so it can go to a virtual machine by itself.</source>
        <translation>Il est seul dans le groupe IOMMU %1 : l&apos;IOMMU peut l&apos;isoler de tout autre périphérique, il peut donc être confié seul à une machine virtuelle.</translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with %2 because they are functions of the same card (slot %3), which the IOMMU cannot keep apart.</source>
        <translation>Il partage le groupe IOMMU %1 avec %2 car ce sont des fonctions de la même carte (emplacement %3), que l&apos;IOMMU ne peut pas séparer.</translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with the bridge %2 above it%3: devices behind such a bridge (without ACS isolation) can reach each other directly, so the IOMMU treats them as one.</source>
        <translation>Il partage le groupe IOMMU %1 avec le pont %2 au-dessus de lui%3 : les périphériques derrière un tel pont (sans isolation ACS) peuvent s&apos;atteindre directement, l&apos;IOMMU les traite donc comme un seul.</translation>
    </message>
    <message>
        <source> and the other devices behind it (%1)</source>
        <translation> et les autres périphériques derrière lui (%1)</translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with %2 because they sit behind the same bridge %3, which does not isolate the devices below it.</source>
        <translation>Il partage le groupe IOMMU %1 avec %2 car ils se trouvent derrière le même pont %3, qui n&apos;isole pas les périphériques situés en dessous.</translation>
    </message>
    <message>
        <source>It shares IOMMU group %1 with %2 because the path between them offers no isolation (no ACS), so the IOMMU cannot keep them apart.</source>
        <translation>Il partage le groupe IOMMU %1 avec %2 car le chemin entre eux n&apos;offre aucune isolation (pas d&apos;ACS) : l&apos;IOMMU ne peut pas les séparer.</translation>
    </message>
    <message>
        <source>%1 — %2 [%3]</source>
        <translation>%1 — %2 [%3]</translation>
    </message>
    <message>
        <source>PCI device</source>
        <translation>Périphérique PCI</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>The host needs it:</source>
        <translation>L&apos;hôte en a besoin :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>not in pci.ids</source>
        <translation>absent de pci.ids</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>Sous-système</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Driver in use</source>
        <translation>Pilote utilisé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Driver override</source>
        <translation>Pilote forcé (driver_override)</translation>
    </message>
    <message>
        <source>Kernel modules</source>
        <translation>Modules du noyau</translation>
    </message>
    <message>
        <source>Modalias</source>
        <translation>Modalias</translation>
    </message>
    <message>
        <source>Reset methods</source>
        <translation>Méthodes de réinitialisation</translation>
    </message>
    <message>
        <source>none: the device cannot be reset on its own, which some virtual machines dislike</source>
        <translation>aucune : le périphérique ne peut pas être réinitialisé seul, ce que certaines machines virtuelles supportent mal</translation>
    </message>
    <message>
        <source>Boot GPU</source>
        <translation>GPU de démarrage</translation>
    </message>
    <message>
        <source>yes: the firmware shows its console on it</source>
        <translation>oui : le micrologiciel y affiche sa console</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>PCIe root port</source>
        <translation>Port racine PCIe</translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <translation>Pont PCI</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>terminal (endpoint)</translation>
    </message>
    <message>
        <source>Parent bridge</source>
        <translation>Pont parent</translation>
    </message>
    <message>
        <source>none (root bus)</source>
        <translation>aucun (bus racine)</translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation>Groupe IOMMU</translation>
    </message>
    <message>
        <source>Its IOMMU group</source>
        <translation>Son groupe IOMMU</translation>
    </message>
    <message>
        <source> — stays with the host</source>
        <translation> — reste à l&apos;hôte</translation>
    </message>
    <message>
        <source>What the scan could not read</source>
        <translation>Ce que l&apos;analyse n&apos;a pas pu lire</translation>
    </message>
    <message>
        <source>IOMMU group %1</source>
        <translation>Groupe IOMMU %1</translation>
    </message>
    <message>
        <source>Devices without an IOMMU group</source>
        <translation>Périphériques sans groupe IOMMU</translation>
    </message>
    <message>
        <source>A group is the smallest set of devices the IOMMU can isolate: ticking one device ticks every device of its group; bridges and root ports stay with the host.</source>
        <translation>Un groupe est le plus petit ensemble de périphériques que l&apos;IOMMU peut isoler : cocher un périphérique coche tous ceux de son groupe ; les ponts et ports racine restent à l&apos;hôte.</translation>
    </message>
    <message>
        <source>Without an IOMMU group no device can be given to a virtual machine.</source>
        <translation>Sans groupe IOMMU, aucun périphérique ne peut être confié à une machine virtuelle.</translation>
    </message>
    <message>
        <source>This is the IOMMU itself (%1): it stays with the host and is not in a group.</source>
        <translation>C&apos;est l&apos;IOMMU elle-même (%1) : elle reste à l&apos;hôte et n&apos;est dans aucun groupe.</translation>
    </message>
    <message>
        <source>It has no IOMMU group although the IOMMU is on: the kernel put it in none, so it cannot be given to a virtual machine.</source>
        <translation>Il n&apos;a pas de groupe IOMMU bien que l&apos;IOMMU soit active : le noyau ne l&apos;a mis dans aucun, il ne peut donc pas être confié à une machine virtuelle.</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>Attention :</translation>
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
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>No IOMMU group</source>
        <translation>Aucun groupe IOMMU</translation>
    </message>
    <message>
        <source>%1 — %2 · ticked for vfio-pci</source>
        <translation>%1 — %2 · coché pour vfio-pci</translation>
    </message>
    <message>
        <source>ticked for vfio-pci</source>
        <translation>coché pour vfio-pci</translation>
    </message>
    <message>
        <source>These devices have no IOMMU group: the IOMMU is off, so none of them can be given to a virtual machine.</source>
        <translation>Ces périphériques n&apos;ont pas de groupe IOMMU : l&apos;IOMMU est désactivée, aucun ne peut donc être confié à une machine virtuelle.</translation>
    </message>
    <message>
        <source>Every device in group %1 is a bridge or root port; they stay with the host.</source>
        <translation>Chaque périphérique du groupe %1 est un pont ou un port racine ; ils restent à l&apos;hôte.</translation>
    </message>
    <message>
        <source>Ticking the group ticks every device in it: a group goes to a virtual machine whole.</source>
        <translation>Cocher le groupe coche chacun de ses périphériques : un groupe est confié entier à une machine virtuelle.</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Every device in this group is a bridge or root port; they stay with the host.</source>
        <translation>Chaque périphérique de ce groupe est un pont ou un port racine ; ils restent à l&apos;hôte.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Vendor:device</source>
        <translation>Fabricant:périphérique</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Driver in use</source>
        <translation>Pilote utilisé</translation>
    </message>
    <message>
        <source>Kernel modules</source>
        <translation>Modules du noyau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 — needed: %2</source>
        <translation>%1 — nécessaire : %2</translation>
    </message>
    <message>
        <source>Unknown %1</source>
        <translation>%1 (inconnu)</translation>
    </message>
    <message>
        <source>Unknown device [%1]</source>
        <translation>Périphérique inconnu [%1]</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 device [%2]</source>
        <translation>Périphérique %1 [%2]</translation>
    </message>
    <message>
        <source>The kernel put these devices in no IOMMU group (the IOMMU&apos;s own PCI function never is in one): they stay with the host.</source>
        <translation>Le noyau n&apos;a mis ces périphériques dans aucun groupe IOMMU (la fonction PCI propre de l&apos;IOMMU n&apos;y est jamais) : ils restent à l&apos;hôte.</translation>
    </message>
    <message numerus="yes">
        <source>%n devices here share the ID %1; if only some of them are ticked, those are bound by address and the others keep their driver.</source>
        <translation>
            <numerusform>%n périphérique ici a l&apos;ID %1 ; si seuls certains sont cochés, ceux-ci sont liés par leur adresse et les autres gardent leur pilote.</numerusform>
            <numerusform>%n périphériques ici partagent l&apos;ID %1 ; si seuls certains sont cochés, ceux-ci sont liés par leur adresse et les autres gardent leur pilote.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>cannot be ticked</source>
        <translation>ne peut pas être coché</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>non coché</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>vfio::GrubBls</name>
    <message>
        <source>grubby was not found in /usr/sbin or /usr/bin; it changes the kernel command line of this system&apos;s boot entries. Install the grubby package. Nothing was changed.</source>
        <translation>grubby est introuvable dans /usr/sbin et /usr/bin ; il modifie la ligne de commande du noyau des entrées de démarrage de ce système. Installez le paquet grubby. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No boot entry was readable in /boot/loader/entries, so Revert will take out every word this change adds, even one that was there before.</source>
        <translation>Aucune entrée de démarrage n&apos;était lisible dans /boot/loader/entries : l&apos;annulation retirera donc chaque mot ajouté par cette modification, même un mot déjà présent avant.</translation>
    </message>
    <message>
        <source>Change the kernel command line of every boot entry.</source>
        <translation>Modifier la ligne de commande du noyau de chaque entrée de démarrage.</translation>
    </message>
</context>
<context>
    <name>vfio::GrubDefaults</name>
    <message>
        <source>GRUB_CMDLINE_LINUX or GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub has a value over several lines, or one that mixes quoted and unquoted parts, which VFIO Isolator does not rewrite. Put the value on one line in one pair of quotes, or change it by hand (add %1, remove %2) and run update-grub. Nothing was changed.</source>
        <translation>GRUB_CMDLINE_LINUX ou GRUB_CMDLINE_LINUX_DEFAULT dans /etc/default/grub a une valeur sur plusieurs lignes, ou qui mêle parties entre guillemets et sans guillemets, ce que VFIO Isolator ne réécrit pas. Mettez la valeur sur une ligne entre une paire de guillemets, ou modifiez-la à la main (ajoutez %1, retirez %2) et lancez update-grub. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 does not exist, so the GRUB kernel command line cannot be changed there. Add %2 to the kernel command line by hand.</source>
        <translation>%1 n&apos;existe pas : la ligne de commande du noyau de GRUB ne peut pas y être modifiée. Ajoutez %2 à la main à la ligne de commande du noyau.</translation>
    </message>
    <message>
        <source>The kernel command line of the normal boot entries is set here; only its words change.</source>
        <translation>La ligne de commande du noyau des entrées de démarrage normales est définie ici ; seuls ses mots changent.</translation>
    </message>
</context>
<context>
    <name>vfio::GrubDropIn</name>
    <message>
        <source>VFIO Isolator adds no kernel parameter any more.</source>
        <translation>VFIO Isolator n&apos;ajoute plus aucun paramètre du noyau.</translation>
    </message>
    <message>
        <source>Adds %1 to the kernel command line of the normal boot entries.</source>
        <translation>Ajoute %1 à la ligne de commande du noyau des entrées de démarrage normales.</translation>
    </message>
    <message>
        <source>GRUB_CMDLINE_LINUX or GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub has a value over several lines, or one that mixes quoted and unquoted parts, which VFIO Isolator does not rewrite. Remove %1 there by hand, or put the value on one line in one pair of quotes. Nothing was changed.</source>
        <translation>GRUB_CMDLINE_LINUX ou GRUB_CMDLINE_LINUX_DEFAULT dans /etc/default/grub a une valeur sur plusieurs lignes, ou qui mêle parties entre guillemets et sans guillemets, ce que VFIO Isolator ne réécrit pas. Retirez-y %1 à la main, ou mettez la valeur sur une ligne entre une paire de guillemets. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Removes %1 from the kernel command line set here; every other line stays as it is.</source>
        <translation>Retire %1 de la ligne de commande du noyau définie ici ; toutes les autres lignes restent telles quelles.</translation>
    </message>
</context>
<context>
    <name>vfio::GrubSafetyScript</name>
    <message>
        <source>%1 — without VFIO passthrough</source>
        <translation>%1 — sans passthrough VFIO</translation>
    </message>
</context>
<context>
    <name>vfio::HelperClient</name>
    <message>
        <source>The VFIO Isolator helper is not installed: there is no io.github.vfio_isolator.Helper on the system bus. With a packaged VFIO Isolator, install the package that provides the helper; from a source build, configure it with -DCMAKE_INSTALL_PREFIX=/usr (the bus policy and the polkit actions are read only from /usr/share), build it, and run &apos;sudo cmake --install build&apos;.</source>
        <translation>Le programme d&apos;aide de VFIO Isolator n&apos;est pas installé : il n&apos;y a pas de io.github.vfio_isolator.Helper sur le bus système. Avec un VFIO Isolator empaqueté, installez le paquet qui fournit le programme d&apos;aide ; depuis les sources, configurez avec -DCMAKE_INSTALL_PREFIX=/usr (la politique du bus et les actions polkit ne sont lues que dans /usr/share), compilez, puis lancez &apos;sudo cmake --install build&apos;.</translation>
    </message>
    <message>
        <source>The VFIO Isolator helper is not installed on this computer: there is no io.github.vfio_isolator.Helper on the system bus. The Flatpak cannot bring it, because it changes the boot configuration as root outside the sandbox. Install your distribution&apos;s vfio-isolator-helper package (on Debian and Ubuntu: sudo apt install vfio-isolator-helper, or the .deb from the project&apos;s releases), then restart VFIO Isolator.</source>
        <translation>Le programme d’aide de VFIO Isolator n’est pas installé sur cet ordinateur : il n’y a pas de io.github.vfio_isolator.Helper sur le bus système. Le Flatpak ne peut pas l’apporter, car il modifie la configuration de démarrage en tant que root hors du bac à sable. Installez le paquet vfio-isolator-helper de votre distribution (sous Debian et Ubuntu : sudo apt install vfio-isolator-helper, ou le .deb des versions publiées du projet), puis redémarrez VFIO Isolator.</translation>
    </message>
</context>
<context>
    <name>vfio::HelperService</name>
    <message>
        <source>%1 was changed after %2; its current content is kept in %3.</source>
        <translation>%1 a été modifié après %2 ; son contenu actuel est conservé dans %3.</translation>
    </message>
    <message>
        <source>The helper stopped during this transaction; the previous files were put back when it started again.</source>
        <translation>Le programme d&apos;aide s&apos;est arrêté pendant cette transaction ; les fichiers précédents ont été remis en place à son redémarrage.</translation>
    </message>
    <message>
        <source>The helper stopped during this transaction and could not put every previous file back: %1</source>
        <translation>Le programme d&apos;aide s&apos;est arrêté pendant cette transaction et n&apos;a pas pu remettre en place tous les fichiers précédents : %1</translation>
    </message>
    <message>
        <source>There is no PCI device %1 on this system: check the address with `lspci -D`.</source>
        <translation>Il n&apos;y a pas de périphérique PCI %1 sur ce système : vérifiez l&apos;adresse avec `lspci -D`.</translation>
    </message>
    <message>
        <source>Another change is in progress (transaction %1): wait for it to finish, then try again.</source>
        <translation>Une autre modification est en cours (transaction %1) : attendez qu&apos;elle se termine, puis réessayez.</translation>
    </message>
    <message>
        <source>the initramfs must be regenerated for the change to work</source>
        <translation>l&apos;initramfs doit être régénéré pour que la modification prenne effet</translation>
    </message>
    <message>
        <source>Nothing to revert: no change made by VFIO Isolator is in place on this system.</source>
        <translation>Rien à annuler : aucune modification faite par VFIO Isolator n&apos;est en place sur ce système.</translation>
    </message>
    <message>
        <source>The last change is now transaction %1, not the one you were asked about: run Revert again. Nothing was changed.</source>
        <translation>La dernière modification est maintenant la transaction %1, pas celle demandée : relancez l&apos;annulation. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Restart to finish: after the next boot %1 use their usual drivers again.</source>
        <translation>Redémarrez pour terminer : après le prochain démarrage, %1 utiliseront de nouveau leurs pilotes habituels.</translation>
    </message>
    <message>
        <source>No PCI address given: name at least one device, e.g. 0000:01:00.0.</source>
        <translation>Aucune adresse PCI donnée : indiquez au moins un périphérique, par ex. 0000:01:00.0.</translation>
    </message>
    <message>
        <source>Too many addresses (%1): a selection has at most 256 devices.</source>
        <translation>Trop d&apos;adresses (%1) : une sélection compte au plus 256 périphériques.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PCI address: use the full form domain:bus:device.function, e.g. 0000:01:00.0, as `lspci -D` prints it.</source>
        <translation>« %1 » n&apos;est pas une adresse PCI : utilisez la forme complète domaine:bus:périphérique.fonction, par ex. 0000:01:00.0, comme l&apos;affiche `lspci -D`.</translation>
    </message>
    <message>
        <source>Restart to finish: after the next boot %1 uses its usual driver again.</source>
        <translation>Redémarrez pour terminer : après le prochain démarrage, %1 utilisera de nouveau son pilote habituel.</translation>
    </message>
</context>
<context>
    <name>vfio::HostCriticalDevices</name>
    <message>
        <source>Boot GPU unknown: no PCI display device says boot_vga=1 (normal when the console is not on a PCI graphics card).</source>
        <translation>GPU de démarrage inconnu : aucun périphérique d&apos;affichage PCI n&apos;indique boot_vga=1 (normal quand la console n&apos;est pas sur une carte graphique PCI).</translation>
    </message>
    <message>
        <source>the block device of / (%1) is not on a PCI controller this program can follow.</source>
        <translation>le périphérique bloc de / (%1) n&apos;est pas sur un contrôleur PCI que ce programme peut suivre.</translation>
    </message>
    <message>
        <source>the block device of / (%1) is not on a PCI controller this program can follow</source>
        <translation>le périphérique bloc de / (%1) n&apos;est pas sur un contrôleur PCI que ce programme peut suivre</translation>
    </message>
    <message>
        <source>%1 controls %2, which holds the root file system (/); without it the host cannot start.</source>
        <translation>%1 contrôle %2, qui contient le système de fichiers racine (/) ; sans lui l&apos;hôte ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>Root disk controller unknown: </source>
        <translation>Contrôleur du disque système inconnu : </translation>
    </message>
    <message>
        <source>, and root=%1 on the kernel command line names no device node</source>
        <translation>, et root=%1 sur la ligne de commande du noyau ne nomme aucun nœud de périphérique</translation>
    </message>
    <message>
        <source>neither %1 nor %2 could be read or names the mount of /%3.</source>
        <translation>ni %1 ni %2 n&apos;a pu être lu ou ne nomme le montage de /%3.</translation>
    </message>
    <message>
        <source>the mounts of this system could not be read</source>
        <translation>les montages de ce système n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>no mounts could be read, and root=%1 on the kernel command line does not lead to a block device under %2.</source>
        <translation>aucun montage n&apos;a pu être lu, et root=%1 sur la ligne de commande du noyau ne mène à aucun périphérique bloc sous %2.</translation>
    </message>
    <message>
        <source>the kernel command line says root=%1, but /sys has no block device %2</source>
        <translation>la ligne de commande du noyau indique root=%1, mais /sys n&apos;a pas de périphérique bloc %2</translation>
    </message>
    <message>
        <source>/ is mounted from &quot;%1&quot;%2, which does not lead to a block device under %3.</source>
        <translation>/ est monté depuis « %1 »%2, qui ne mène à aucun périphérique bloc sous %3.</translation>
    </message>
    <message>
        <source>/ is mounted from %1, which is not a block device this program can follow to its controller</source>
        <translation>/ est monté depuis %1, qui n&apos;est pas un périphérique bloc que ce programme peut suivre jusqu&apos;à son contrôleur</translation>
    </message>
    <message>
        <source>Default-route network card unknown: %1 could not be read.</source>
        <translation>Carte réseau de la route par défaut inconnue : %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>This machine has no default route, so no network card is needed to reach the outside.</source>
        <translation>Cette machine n&apos;a pas de route par défaut : aucune carte réseau n&apos;est donc nécessaire pour joindre l&apos;extérieur.</translation>
    </message>
    <message>
        <source>Default-route network card unknown: interface %1 is not on a PCI device (virtual, or %2 is missing).</source>
        <translation>Carte réseau de la route par défaut inconnue : l&apos;interface %1 n&apos;est pas sur un périphérique PCI (virtuelle, ou %2 est absent).</translation>
    </message>
    <message>
        <source>%1 is the boot GPU (boot_vga is 1): the firmware and the console draw on it, so taking it from the host can leave the screen black while the system starts.</source>
        <translation>%1 est le GPU de démarrage (boot_vga vaut 1) : le micrologiciel et la console y dessinent, donc le retirer à l’hôte peut laisser l’écran noir pendant le démarrage du système.</translation>
    </message>
</context>
<context>
    <name>vfio::KernelCommandLineBackend</name>
    <message>
        <source>The kernel command line change (add: %1; remove: %2) contains a word VFIO Isolator does not change. Nothing was changed.</source>
        <translation>La modification de la ligne de commande du noyau (ajout : %1 ; retrait : %2) contient un mot que VFIO Isolator ne modifie pas. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>vfio::KernelCommandLineJob</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux with %1 on its command line.</source>
        <translation>Redémarrez pour terminer : le prochain démarrage lance Linux avec %1 sur sa ligne de commande.</translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux without %1 on its command line.</source>
        <translation>Redémarrez pour terminer : le prochain démarrage lance Linux sans %1 sur sa ligne de commande.</translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux with %1 and without %2 on its command line.</source>
        <translation>Redémarrez pour terminer : le prochain démarrage lance Linux avec %1 et sans %2 sur sa ligne de commande.</translation>
    </message>
    <message>
        <source>it rebuilds the boot configuration with the new command line</source>
        <translation>il régénère la configuration de démarrage avec la nouvelle ligne de commande</translation>
    </message>
    <message>
        <source>Too many words (%1): a kernel command line change has at most %2. Nothing was changed.</source>
        <translation>Trop de mots (%1) : une modification de la ligne de commande du noyau en compte au plus %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kernel parameter VFIO Isolator changes: it adds only %2 and vfio-pci.ids=vvvv:dddd[,vvvv:dddd...], and removes only %3. Change other parameters in your boot loader&apos;s configuration yourself. Nothing was changed.</source>
        <translation>« %1 » n&apos;est pas un paramètre du noyau que VFIO Isolator modifie : il n&apos;ajoute que %2 et vfio-pci.ids=vvvv:dddd[,vvvv:dddd...], et ne retire que %3. Modifiez vous-même les autres paramètres dans la configuration de votre chargeur d&apos;amorçage. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The change (add: %1; remove: %2) contradicts itself: a word is both added and removed, a word that switches the IOMMU off is added, or more than one vfio-pci.ids= is added. Name each word once. Nothing was changed.</source>
        <translation>La modification (ajout : %1 ; retrait : %2) se contredit : un mot est à la fois ajouté et retiré, un mot qui désactive l&apos;IOMMU est ajouté, ou plusieurs vfio-pci.ids= sont ajoutés. Nommez chaque mot une seule fois. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing to change: the boot configuration already gives the kernel command line this change (add: %1; remove: %2). No file was written and no tool was run.</source>
        <translation>Rien à modifier : la configuration de démarrage donne déjà au noyau cette ligne de commande (ajout : %1 ; retrait : %2). Aucun fichier n&apos;a été écrit et aucun outil n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>%1 is not put back on the kernel command line: it switches the IOMMU off. Add it in your boot loader yourself if you want it.</source>
        <translation>%1 n&apos;est pas remis sur la ligne de commande du noyau : il désactive l&apos;IOMMU. Ajoutez-le vous-même dans votre chargeur d&apos;amorçage si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Updating the boot configuration with %1</source>
        <translation>Mise à jour de la configuration de démarrage avec %1</translation>
    </message>
    <message>
        <source>Restart to finish: the next boot starts Linux with the kernel command line from before %1.</source>
        <translation>Redémarrez pour terminer : le prochain démarrage lance Linux avec la ligne de commande du noyau d&apos;avant %1.</translation>
    </message>
</context>
<context>
    <name>vfio::KernelModules</name>
    <message>
        <source>Kernel modules are not shown: %1.</source>
        <translation>Les modules du noyau ne sont pas affichés : %1.</translation>
    </message>
</context>
<context>
    <name>vfio::Kernelstub</name>
    <message>
        <source>kernelstub was not found in /usr/bin; it changes the kernel command line on this system. Install the kernelstub package. Nothing was changed.</source>
        <translation>kernelstub est introuvable dans /usr/bin ; il modifie la ligne de commande du noyau sur ce système. Installez le paquet kernelstub. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>/etc/kernelstub/configuration was not readable, so Revert will take out every word this change adds, even one that was there before.</source>
        <translation>/etc/kernelstub/configuration n&apos;était pas lisible : l&apos;annulation retirera donc chaque mot ajouté par cette modification, même un mot déjà présent avant.</translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line.</source>
        <translation>Retirer %1 de la ligne de commande du noyau.</translation>
    </message>
    <message>
        <source>Add %1 to the kernel command line.</source>
        <translation>Ajouter %1 à la ligne de commande du noyau.</translation>
    </message>
</context>
<context>
    <name>vfio::MainWindow</name>
    <message>
        <source>The sample machine is not installed (share/vfio-isolator/sample); reinstall VFIO Isolator.</source>
        <translation>La machine d&apos;exemple n&apos;est pas installée (share/vfio-isolator/sample) ; réinstallez VFIO Isolator.</translation>
    </message>
    <message>
        <source>This is the SAMPLE machine: you can explore and review, but nothing can be applied to it. Use File &gt; Open this computer to work on your own machine.</source>
        <translation>Ceci est la machine d&apos;EXEMPLE : vous pouvez explorer et vérifier, mais rien ne peut y être appliqué. Utilisez Fichier &gt; Ouvrir cet ordinateur pour travailler sur votre propre machine.</translation>
    </message>
    <message>
        <source>This is a snapshot of a system (%1): the review shows what would be written there, but changes can only be applied to the running computer.</source>
        <translation>Ceci est un instantané d&apos;un système (%1) : la vérification montre ce qui y serait écrit, mais les modifications ne s&apos;appliquent qu&apos;à l&apos;ordinateur en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>&lt;b&gt;SAMPLE machine&lt;/b&gt; — a built-in example to explore (a GPU with its audio function, two identical network cards, a PCI bridge). Nothing here changes this computer; Apply is disabled. File &amp;gt; Open this computer goes back.</source>
        <translation>&lt;b&gt;Machine d&apos;EXEMPLE&lt;/b&gt; — un exemple intégré à explorer (un GPU avec sa fonction audio, deux cartes réseau identiques, un pont PCI). Rien ici ne modifie cet ordinateur ; l&apos;application est désactivée. Fichier &amp;gt; Ouvrir cet ordinateur permet de revenir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snapshot&lt;/b&gt; of %1 — read-only: reviewing works, applying does not.</source>
        <translation>&lt;b&gt;Instantané&lt;/b&gt; de %1 — lecture seule : la vérification fonctionne, l&apos;application non.</translation>
    </message>
    <message>
        <source>Devices rescanned.</source>
        <translation>Périphériques réanalysés.</translation>
    </message>
    <message>
        <source>Devices rescanned; no longer ticked: %1.</source>
        <translation>Périphériques réanalysés ; plus cochés : %1.</translation>
    </message>
    <message>
        <source>Nothing ticked: tick the devices to give to virtual machines.</source>
        <translation>Rien n&apos;est coché : cochez les périphériques à confier aux machines virtuelles.</translation>
    </message>
    <message>
        <source>See exactly what will be written before anything is.</source>
        <translation>Voyez exactement ce qui sera écrit avant que quoi que ce soit le soit.</translation>
    </message>
    <message>
        <source>Nothing can be applied without an active IOMMU.</source>
        <translation>Rien ne peut être appliqué sans IOMMU active.</translation>
    </message>
    <message>
        <source>This computer needs this device</source>
        <translation>Cet ordinateur a besoin de ce périphérique</translation>
    </message>
    <message>
        <source>%1

Tick it anyway? Only do this if the host has another way to show its screen, reach its disk or its network.</source>
        <translation>%1

Le cocher quand même ? Ne le faites que si l&apos;hôte a un autre moyen d&apos;afficher son écran, d&apos;atteindre son disque ou son réseau.</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>Êtes-vous sûr ?</translation>
    </message>
    <message>
        <source>After the next restart the host will no longer have this device. If something goes wrong, start from a live USB stick and remove /etc/modprobe.d/vfio.conf.

Tick %1 and its group anyway?</source>
        <translation>Après le prochain redémarrage, l&apos;hôte n&apos;aura plus ce périphérique. En cas de problème, démarrez depuis une clé USB live et supprimez /etc/modprobe.d/vfio.conf.

Cocher quand même %1 et son groupe ?</translation>
    </message>
    <message>
        <source>Open a system snapshot (a folder with sys/ and proc/)</source>
        <translation>Ouvrir un instantané système (un dossier avec sys/ et proc/)</translation>
    </message>
    <message>
        <source>About VFIO Isolator</source>
        <translation>À propos de VFIO Isolator</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;VFIO Isolator %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gives PCI devices to virtual machines safely: whole IOMMU groups, bridges left with the host, every file shown before it is written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;VFIO Isolator %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Confie des périphériques PCI aux machines virtuelles en toute sécurité : des groupes IOMMU entiers, les ponts laissés à l&apos;hôte, chaque fichier montré avant d&apos;être écrit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drop the ticks?</source>
        <translation>Abandonner les coches ?</translation>
    </message>
    <message>
        <source>the sample machine</source>
        <translation>la machine d&apos;exemple</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>the snapshot %1</source>
        <translation>l&apos;instantané %1</translation>
    </message>
    <message>
        <source>Now nothing is ticked.</source>
        <translation>Plus rien n&apos;est coché.</translation>
    </message>
    <message>
        <source>Ticked now: %1.</source>
        <translation>Coché maintenant : %1.</translation>
    </message>
    <message>
        <source>The ticks you changed here have not been applied. %1 Opening %2 drops them.

Open %2 anyway?</source>
        <translation>Les coches modifiées ici n&apos;ont pas été appliquées. %1 Ouvrir %2 les abandonne.

Ouvrir %2 quand même ?</translation>
    </message>
    <message>
        <source>SAMPLE machine (read-only)</source>
        <translation>Machine d&apos;EXEMPLE (lecture seule)</translation>
    </message>
    <message>
        <source>Snapshot %1 (read-only)</source>
        <translation>Instantané %1 (lecture seule)</translation>
    </message>
    <message>
        <source>This folder is not a system snapshot</source>
        <translation>Ce dossier n&apos;est pas un instantané système</translation>
    </message>
    <message>
        <source>Use File &gt; Open a system snapshot… to choose another folder, or File &gt; Open this computer.</source>
        <translation>Utilisez Fichier &gt; Ouvrir un instantané système… pour choisir un autre dossier, ou Fichier &gt; Ouvrir cet ordinateur.</translation>
    </message>
    <message>
        <source>Select a device to see everything known about it.</source>
        <translation>Sélectionnez un périphérique pour voir tout ce que l&apos;on sait de lui.</translation>
    </message>
    <message>
        <source>Tick a device to give it to virtual machines: its whole IOMMU group is ticked with it.</source>
        <translation>Cochez un périphérique pour le confier aux machines virtuelles : tout son groupe IOMMU est coché avec lui.</translation>
    </message>
    <message>
        <source>Without an active IOMMU no device can be given to a virtual machine; the list is for looking only.</source>
        <translation>Sans IOMMU active, aucun périphérique ne peut être confié à une machine virtuelle ; la liste sert seulement à consulter.</translation>
    </message>
    <message>
        <source>Without an active IOMMU nothing can be given to a virtual machine: this list is for looking only.</source>
        <translation>Sans IOMMU active, rien ne peut être confié à une machine virtuelle : cette liste sert seulement à consulter.</translation>
    </message>
    <message>
        <source>Ticked for vfio-pci, as configured now: %1</source>
        <translation>Coché pour vfio-pci, tel que configuré actuellement : %1</translation>
    </message>
    <message>
        <source>Ticked for vfio-pci: %1</source>
        <translation>Coché pour vfio-pci : %1</translation>
    </message>
    <message>
        <source>Tray at login</source>
        <translation>Icône à la connexion</translation>
    </message>
    <message>
        <source>Open a hardware report</source>
        <translation>Ouvrir un rapport matériel</translation>
    </message>
    <message>
        <source>Hardware reports (*.tar.gz)</source>
        <translation>Rapports matériels (*.tar.gz)</translation>
    </message>
    <message>
        <source>Make a hardware report</source>
        <translation>Créer un rapport matériel</translation>
    </message>
    <message>
        <source>Nothing is ticked: tick a device with Space first.</source>
        <translation>Rien n’est coché : cochez d’abord un périphérique avec Espace.</translation>
    </message>
</context>
<context>
    <name>vfio::PciNames</name>
    <message>
        <source>The PCI ID database %1 is damaged; device names are not shown. Reinstall the pci.ids package.</source>
        <translation>La base d&apos;ID PCI %1 est endommagée ; les noms des périphériques ne sont pas affichés. Réinstallez le paquet pci.ids.</translation>
    </message>
    <message>
        <source>The PCI ID database %1 could not be read; device names are not shown. Install the pci.ids package.</source>
        <translation>La base d&apos;ID PCI %1 n&apos;a pas pu être lue ; les noms des périphériques ne sont pas affichés. Installez le paquet pci.ids.</translation>
    </message>
</context>
<context>
    <name>vfio::PlanSafety</name>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is not owned by root, or others may change it</source>
        <translation>il n&apos;appartient pas à root, ou d&apos;autres peuvent le modifier</translation>
    </message>
    <message>
        <source>its folder is not owned by root, or others may change it</source>
        <translation>son dossier n&apos;appartient pas à root, ou d&apos;autres peuvent le modifier</translation>
    </message>
    <message>
        <source>Internal error: the plan names %1, which is outside /etc, /boot and /efi; nothing was written. Please report this.</source>
        <translation>Erreur interne : le plan nomme %1, qui est hors de /etc, /boot et /efi ; rien n&apos;a été écrit. Merci de le signaler.</translation>
    </message>
    <message>
        <source>Internal error: the plan names an unexpected program (%1); nothing was written. Please report this.</source>
        <translation>Erreur interne : le plan nomme un programme inattendu (%1) ; rien n&apos;a été écrit. Merci de le signaler.</translation>
    </message>
    <message>
        <source>%1 is missing: install the package that provides it (%2). Nothing was written.</source>
        <translation>%1 est absent : installez le paquet qui le fournit (%2). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>no backend of VFIO Isolator runs it</source>
        <translation>aucun backend de VFIO Isolator ne l&apos;exécute</translation>
    </message>
    <message>
        <source>%1 was not run: %2. Nothing was written.</source>
        <translation>%1 n&apos;a pas été exécuté : %2. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>vfio::PolkitAuthorizer</name>
    <message>
        <source>The authorisation service (polkit) could not be asked: %1. Make sure polkitd is installed and running, then try again.</source>
        <translation>Le service d&apos;autorisation (polkit) n&apos;a pas pu être interrogé : %1. Vérifiez que polkitd est installé et en cours d&apos;exécution, puis réessayez.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Authentication is required and no authentication agent answered: run the command from a desktop session or with an agent (pkttyagent).</source>
        <translation>Une authentification est requise et aucun agent d&apos;authentification n&apos;a répondu : lancez la commande depuis une session de bureau ou avec un agent (pkttyagent).</translation>
    </message>
    <message>
        <source>You are not allowed to change the VFIO configuration of this system (polkit action %1): ask an administrator.</source>
        <translation>Vous n&apos;avez pas le droit de modifier la configuration VFIO de ce système (action polkit %1) : demandez à un administrateur.</translation>
    </message>
    <message>
        <source>polkit gave no answer for %1: not authorised.</source>
        <translation>polkit n&apos;a donné aucune réponse pour %1 : non autorisé.</translation>
    </message>
</context>
<context>
    <name>vfio::PreviewPlan</name>
    <message>
        <source>The helper&apos;s plan could not be read (%1); the helper and this program may be different versions: reinstall both.</source>
        <translation>Le plan du programme d&apos;aide n&apos;a pas pu être lu (%1) ; le programme d&apos;aide et ce programme sont peut-être de versions différentes : réinstallez les deux.</translation>
    </message>
</context>
<context>
    <name>vfio::ReviewDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>The helper restores exactly the files the last Apply replaced and regenerates the initramfs.</source>
        <translation>Le programme d&apos;aide restaure exactement les fichiers remplacés par la dernière application et régénère l&apos;initramfs.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing is ticked:&lt;/b&gt; applying removes VFIO Isolator&apos;s configuration and every device returns to the host at the next boot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rien n&apos;est coché :&lt;/b&gt; appliquer supprime la configuration de VFIO Isolator et chaque périphérique revient à l&apos;hôte au prochain démarrage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is bound %2.</source>
        <translation>%1 est lié %2.</translation>
    </message>
    <message>
        <source>by its address</source>
        <translation>par son adresse</translation>
    </message>
    <message>
        <source>by its ID</source>
        <translation>par son ID</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Read this first:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;À lire d&apos;abord :&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No command runs.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucune commande n&apos;est exécutée.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Then the helper runs:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ensuite, le programme d&apos;aide exécute :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selection cannot be applied:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cette sélection ne peut pas être appliquée :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Apply asks for your password, writes these files and runs the command; your current configuration is kept so that Undo can restore it.</source>
        <translation>Rien n&apos;a encore été écrit. Appliquer demande votre mot de passe, écrit ces fichiers et exécute la commande ; votre configuration actuelle est conservée pour que l&apos;annulation puisse la restaurer.</translation>
    </message>
    <message>
        <source>Changes (- removed, + added):</source>
        <translation>Modifications (- retiré, + ajouté) :</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Nouveau fichier :</translation>
    </message>
    <message>
        <source>&lt;b&gt;The changes cannot be shown.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Les modifications ne peuvent pas être affichées.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The helper is not reachable.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le programme d&apos;aide est injoignable.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was changed.&lt;/b&gt; %1&lt;br&gt;Your previous configuration is in place.</source>
        <translation>&lt;b&gt;Rien n&apos;a été modifié.&lt;/b&gt; %1&lt;br&gt;Votre configuration précédente est en place.</translation>
    </message>
    <message>
        <source>Waiting for authorisation and the helper…</source>
        <translation>En attente de l&apos;autorisation et du programme d&apos;aide…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restart to finish.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Redémarrez pour terminer.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;It did not work.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cela n&apos;a pas fonctionné.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Your previous configuration is in place.</source>
        <translation>&lt;br&gt;Votre configuration précédente est en place.</translation>
    </message>
    <message>
        <source>%1: when vfio-pci loads, it takes every device with one of these vendor:device IDs (%2), the numbers in square brackets in the device list.</source>
        <translation>%1 : quand vfio-pci se charge, il prend chaque périphérique ayant l&apos;un de ces ID fabricant:périphérique (%2), les nombres entre crochets dans la liste des périphériques.</translation>
    </message>
    <message>
        <source>%1 (for %2): when one of these drivers, which would otherwise take a ticked device, is about to load, vfio-pci is loaded first, so that it claims the device before them.</source>
        <translation>%1 (pour %2) : quand l&apos;un de ces pilotes, qui prendrait sinon un périphérique coché, va se charger, vfio-pci est chargé d&apos;abord, pour réclamer le périphérique avant eux.</translation>
    </message>
    <message>
        <source>%1 (one long line in the file, wrapped here): the shell command modprobe runs instead of simply loading vfio-pci; it does nothing when the kernel command line holds %2 (the boot menu&apos;s entry without VFIO passthrough, so every device keeps its usual driver), and otherwise loads vfio-pci.</source>
        <translation>%1 (une longue ligne dans le fichier, coupée ici) : la commande shell que modprobe exécute au lieu de simplement charger vfio-pci ; elle ne fait rien quand la ligne de commande du noyau contient %2 (l&apos;entrée du menu de démarrage sans passthrough VFIO, pour que chaque périphérique garde son pilote habituel), et sinon charge vfio-pci.</translation>
    </message>
    <message>
        <source>%1 (one long line in the file, wrapped here): the shell command modprobe runs instead of simply loading vfio-pci; it does nothing when the kernel command line holds %2 (the boot menu&apos;s entry without VFIO passthrough), and otherwise writes vfio-pci into the %3 file of %4, so that vfio-pci takes exactly these cards and not the identical ones that stay on the host, then loads vfio-pci.</source>
        <translation>%1 (une longue ligne dans le fichier, coupée ici) : la commande shell que modprobe exécute au lieu de simplement charger vfio-pci ; elle ne fait rien quand la ligne de commande du noyau contient %2 (l&apos;entrée du menu de démarrage sans passthrough VFIO), et sinon écrit vfio-pci dans le fichier %3 de %4, pour que vfio-pci prenne exactement ces cartes et non les cartes identiques qui restent à l&apos;hôte, puis charge vfio-pci.</translation>
    </message>
    <message>
        <source>%1 (one long line, wrapped here): vfio-pci is built into this kernel, so before %2 loads this writes vfio-pci into the %3 file of %4 and has the kernel look at them again (the built-in vfio-pci takes them), then loads %2 for the cards that stay on the host; with %5 it only loads %2.</source>
        <translation>%1 (une longue ligne, coupée ici) : vfio-pci est intégré à ce noyau, donc avant le chargement de %2 ceci écrit vfio-pci dans le fichier %3 de %4 et fait réexaminer ces cartes par le noyau (le vfio-pci intégré les prend), puis charge %2 pour les cartes qui restent à l&apos;hôte ; avec %5, il charge seulement %2.</translation>
    </message>
    <message>
        <source>%1 (one module a line): initramfs-tools puts each module named here into the initramfs and loads it early in the boot, before the usual drivers, so that vfio-pci is there first.</source>
        <translation>%1 (un module par ligne) : initramfs-tools place chaque module nommé ici dans l&apos;initramfs et le charge tôt au démarrage, avant les pilotes habituels, pour que vfio-pci soit là en premier.</translation>
    </message>
    <message>
        <source>%1: mkinitcpio puts these modules (%2) into the initramfs and loads them early, before the usual drivers.</source>
        <translation>%1 : mkinitcpio place ces modules (%2) dans l&apos;initramfs et les charge tôt, avant les pilotes habituels.</translation>
    </message>
    <message>
        <source>%1: mkinitcpio copies these files (%2) into the initramfs, so that their settings apply there too.</source>
        <translation>%1 : mkinitcpio copie ces fichiers (%2) dans l&apos;initramfs, pour que leurs réglages s&apos;y appliquent aussi.</translation>
    </message>
    <message>
        <source>%1: dracut puts these modules (%2) into the initramfs and loads them early, before the usual drivers.</source>
        <translation>%1 : dracut place ces modules (%2) dans l&apos;initramfs et les charge tôt, avant les pilotes habituels.</translation>
    </message>
    <message>
        <source>%1: dracut copies these files (%2) into the initramfs, so that their settings apply there too.</source>
        <translation>%1 : dracut copie ces fichiers (%2) dans l&apos;initramfs, pour que leurs réglages s&apos;y appliquent aussi.</translation>
    </message>
    <message>
        <source>%1: booster puts these modules (%2) into its initramfs and loads them early.</source>
        <translation>%1 : booster place ces modules (%2) dans son initramfs et les charge tôt.</translation>
    </message>
    <message>
        <source>The two %1 marker lines enclose what VFIO Isolator manages; lines outside them are yours and stay as they are.</source>
        <translation>Les deux lignes de repère %1 encadrent ce que gère VFIO Isolator ; les lignes en dehors sont les vôtres et restent telles quelles.</translation>
    </message>
    <message>
        <source>Lines starting with %1 are comments: they explain and change nothing.</source>
        <translation>Les lignes commençant par %1 sont des commentaires : elles expliquent et ne changent rien.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The initramfs is the small file system the kernel starts from, which loads the first drivers, so it has to load vfio-pci first as well.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;initramfs est le petit système de fichiers à partir duquel le noyau démarre et qui charge les premiers pilotes ; il doit donc lui aussi charger vfio-pci en premier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the initramfs is the small file system the kernel starts from, which loads the first drivers, so it has to load vfio-pci first as well</source>
        <translation>l&apos;initramfs est le petit système de fichiers à partir duquel le noyau démarre et qui charge les premiers pilotes ; il doit donc lui aussi charger vfio-pci en premier</translation>
    </message>
    <message>
        <source>&lt;p&gt;This system builds its initramfs with %1 (%2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce système construit son initramfs avec %1 (%2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 builds its initramfs with %2 (%3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 construit son initramfs avec %2 (%3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>adds &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>ajoute &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>removes &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>retire &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Switch the IOMMU on</source>
        <translation>Activer l&apos;IOMMU</translation>
    </message>
    <message>
        <source>The helper changes the kernel command line your boot loader uses and regenerates its menu. The change takes effect at the next restart; Undo last change restores it.</source>
        <translation>Le programme d&apos;aide modifie la ligne de commande du noyau utilisée par votre chargeur d&apos;amorçage et régénère son menu. La modification prend effet au prochain redémarrage ; Annuler la dernière modification la rétablit.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The kernel command line changes:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La ligne de commande du noyau change :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;About this review:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;À propos de cette vérification :&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ticked:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Coché :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;These devices go to vfio-pci at the next boot:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ces périphériques passent à vfio-pci au prochain démarrage :&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Added&lt;/b&gt; (newly ticked): vfio-pci takes them from the next boot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ajoutés&lt;/b&gt; (nouvellement cochés) : vfio-pci les prend dès le prochain démarrage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kept&lt;/b&gt; (configured already and still ticked): they stay with vfio-pci.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Conservés&lt;/b&gt; (déjà configurés et toujours cochés) : ils restent à vfio-pci.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Removed&lt;/b&gt; (configured now, no longer ticked): they return to the host at the next boot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Retirés&lt;/b&gt; (configurés actuellement, plus cochés) : ils reviennent à l&apos;hôte au prochain démarrage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not removed&lt;/b&gt; (no longer ticked, but a line in %1 that VFIO Isolator does not manage still gives them to vfio-pci; delete that line by hand to return them to the host):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Non retirés&lt;/b&gt; (plus cochés, mais une ligne de %1 que VFIO Isolator ne gère pas les confie toujours à vfio-pci ; supprimez cette ligne à la main pour les rendre à l&apos;hôte) :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No device changes hands: the ticks are what is configured already.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun périphérique ne change de main : les coches correspondent à ce qui est déjà configuré.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This file is removed. It held:</source>
        <translation>Ce fichier est supprimé. Il contenait :</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the lines mean&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin:0&apos;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Signification des lignes&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin:0&apos;&gt;</translation>
    </message>
    <message>
        <source>Restores the files the last Apply replaced</source>
        <translation>Restaure les fichiers que la dernière application a remplacés</translation>
    </message>
    <message>
        <source>Asks for your password, then writes the files shown and runs the commands</source>
        <translation>Demande votre mot de passe, puis écrit les fichiers affichés et exécute les commandes</translation>
    </message>
    <message>
        <source>Closes this window; Escape does the same</source>
        <translation>Ferme cette fenêtre ; Échap fait de même</translation>
    </message>
</context>
<context>
    <name>vfio::SafetyBootEntry</name>
    <message>
        <source>VFIO Isolator does not recognise this system&apos;s boot loader, so it cannot add a boot entry without VFIO passthrough. To boot once without it, add %1 to the kernel command line in the boot menu (in GRUB: press e on the entry).</source>
        <translation>VFIO Isolator ne reconnaît pas le chargeur d&apos;amorçage de ce système et ne peut donc pas ajouter d&apos;entrée de démarrage sans passthrough VFIO. Pour démarrer une fois sans, ajoutez %1 à la ligne de commande du noyau dans le menu de démarrage (dans GRUB : appuyez sur e sur l&apos;entrée).</translation>
    </message>
    <message>
        <source>%1 — without VFIO passthrough</source>
        <translation>%1 — sans passthrough VFIO</translation>
    </message>
    <message>
        <source>A boot entry without VFIO passthrough written by VFIO Isolator; not needed any more.</source>
        <translation>Une entrée de démarrage sans passthrough VFIO écrite par VFIO Isolator ; elle n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>Adds the boot menu entry without VFIO passthrough (vfio_isolator=off) when the GRUB menu is rebuilt.</source>
        <translation>Ajoute l&apos;entrée du menu de démarrage sans passthrough VFIO (vfio_isolator=off) lors de la régénération du menu GRUB.</translation>
    </message>
    <message>
        <source>The boot menu entry without VFIO passthrough is removed.</source>
        <translation>L&apos;entrée du menu de démarrage sans passthrough VFIO est supprimée.</translation>
    </message>
    <message>
        <source>No boot entry was found in loader/entries (in /boot/efi, /boot or /efi) to copy for a boot entry without VFIO passthrough.</source>
        <translation>Aucune entrée de démarrage n&apos;a été trouvée dans loader/entries (dans /boot/efi, /boot ou /efi) à copier pour une entrée sans passthrough VFIO.</translation>
    </message>
    <message>
        <source>A copy of the default boot entry with VFIO passthrough switched off (vfio_isolator=off).</source>
        <translation>Une copie de l&apos;entrée de démarrage par défaut avec le passthrough VFIO désactivé (vfio_isolator=off).</translation>
    </message>
</context>
<context>
    <name>vfio::SafetyEntryForApply</name>
    <message>
        <source>No boot entry without VFIO passthrough can be made here: %1 If the screen stays black after the restart, add vfio_isolator=off to the kernel command line in the boot menu for one start.</source>
        <translation>Aucune entrée de démarrage sans passthrough VFIO ne peut être créée ici : %1 Si l&apos;écran reste noir après le redémarrage, ajoutez vfio_isolator=off à la ligne de commande du noyau dans le menu de démarrage, pour un démarrage.</translation>
    </message>
</context>
<context>
    <name>vfio::SelectionRules</name>
    <message>
        <source>by ID</source>
        <translation>par son ID</translation>
    </message>
    <message>
        <source>by address</source>
        <translation>par son adresse</translation>
    </message>
    <message>
        <source>%1: there is no PCI device at this address on this machine; rescan and choose from the devices listed.</source>
        <translation>%1 : il n&apos;y a pas de périphérique PCI à cette adresse sur cette machine ; réanalysez et choisissez parmi les périphériques listés.</translation>
    </message>
    <message>
        <source>PCIe root port</source>
        <translation>port racine PCIe</translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <translation>pont PCI</translation>
    </message>
    <message>
        <source>%1 is the IOMMU itself (%2), the unit that isolates the other devices: it stays with the host and is not in a group.</source>
        <translation>%1 est l&apos;IOMMU elle-même (%2), l&apos;unité qui isole les autres périphériques : elle reste à l&apos;hôte et n&apos;est dans aucun groupe.</translation>
    </message>
    <message>
        <source>%1 has no IOMMU group although the IOMMU is on: the kernel put it in none, so it cannot be given to a VM.</source>
        <translation>%1 n&apos;a pas de groupe IOMMU bien que l&apos;IOMMU soit active : le noyau ne l&apos;a mis dans aucun, il ne peut donc pas être confié à une VM.</translation>
    </message>
    <message>
        <source>%1 is in IOMMU group %2 with %3; a group is the smallest unit a VM can get, so it goes to vfio-pci too.</source>
        <translation>%1 est dans le groupe IOMMU %2 avec %3 ; un groupe est la plus petite unité qu&apos;une VM peut recevoir, il passe donc aussi à vfio-pci.</translation>
    </message>
    <message>
        <source>%1 is in IOMMU group %2 with %3 but is not selected; a group is the smallest unit a VM can get: select all of %4, or none.</source>
        <translation>%1 est dans le groupe IOMMU %2 avec %3 mais n&apos;est pas sélectionné ; un groupe est la plus petite unité qu&apos;une VM peut recevoir : sélectionnez tout %4, ou rien.</translation>
    </message>
    <message>
        <source>%1 is bound by its ID %2: no device that stays on the host has this ID.</source>
        <translation>%1 est lié par son ID %2 : aucun périphérique restant à l&apos;hôte n&apos;a cet ID.</translation>
    </message>
    <message>
        <source>%1 is bound by its address: it shares the ID %3 with %2 on the host, so the ID cannot go into ids= (vfio-pci would take every card with it). The other card keeps its driver.</source>
        <translation>%1 est lié par son adresse : il partage l&apos;ID %3 avec %2 sur l&apos;hôte, l&apos;ID ne peut donc pas aller dans ids= (vfio-pci prendrait toutes les cartes qui l&apos;ont). L&apos;autre carte garde son pilote.</translation>
    </message>
    <message>
        <source> (driver %1)</source>
        <translation> (pilote %1)</translation>
    </message>
</context>
<context>
    <name>vfio::SetupApplyPage</name>
    <message>
        <source>&lt;p&gt;These devices will go to vfio-pci at every boot:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Review and apply&lt;/b&gt; shows each file and the command first; your password is asked before anything is written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ces périphériques passeront à vfio-pci à chaque démarrage :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Vérifier et appliquer&lt;/b&gt; montre d&apos;abord chaque fichier et la commande ; votre mot de passe est demandé avant toute écriture.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applied.&lt;/b&gt; Go on to restart the computer.</source>
        <translation>&lt;b&gt;Appliqué.&lt;/b&gt; Passez au redémarrage de l&apos;ordinateur.</translation>
    </message>
</context>
<context>
    <name>vfio::SetupAssistant</name>
    <message>
        <source>First-time setup</source>
        <translation>Configuration initiale</translation>
    </message>
</context>
<context>
    <name>vfio::SetupChecksPage</name>
    <message>
        <source>&amp;Change the kernel command line…</source>
        <translation>&amp;Modifier la ligne de commande du noyau…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The IOMMU cannot be switched on from here.&lt;/b&gt; Follow the blocked steps above, then start the setup again.</source>
        <translation>&lt;b&gt;L&apos;IOMMU ne peut pas être activée d&apos;ici.&lt;/b&gt; Suivez les étapes bloquées ci-dessus, puis relancez la configuration.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; The IOMMU comes on at the next restart; then open the setup again to choose the devices.</source>
        <translation>&lt;b&gt;Terminé.&lt;/b&gt; L&apos;IOMMU sera active au prochain redémarrage ; rouvrez ensuite la configuration pour choisir les périphériques.</translation>
    </message>
</context>
<context>
    <name>vfio::SetupChoosePage</name>
    <message>
        <source>Group %1: %2</source>
        <translation>Groupe %1 : %2</translation>
    </message>
    <message>
        <source> (the host needs it: %1)</source>
        <translation> (l&apos;hôte en a besoin : %1)</translation>
    </message>
    <message>
        <source>Space ticks the group under the cursor; the arrows move.</source>
        <translation>Espace coche le groupe sous le curseur ; les flèches déplacent.</translation>
    </message>
    <message>
        <source>To give it anyway, use the main window, which asks twice.</source>
        <translation>Pour le confier quand même, utilisez la fenêtre principale, qui demande deux fois.</translation>
    </message>
</context>
<context>
    <name>vfio::SetupRestartPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;If the screen stays black:&lt;/b&gt; this boot loader is not one VFIO Isolator knows, so it has no safety entry. Add &lt;code&gt;vfio_isolator=off&lt;/code&gt; to the kernel command line in the boot menu for one start: every device then gets its normal driver, and Undo last change gives them back for good.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Si l&apos;écran reste noir :&lt;/b&gt; VFIO Isolator ne connaît pas ce chargeur d&apos;amorçage, il n&apos;y a donc pas d&apos;entrée de secours. Ajoutez &lt;code&gt;vfio_isolator=off&lt;/code&gt; à la ligne de commande du noyau dans le menu de démarrage, pour un démarrage : chaque périphérique reçoit alors son pilote normal, et Annuler la dernière modification les rend définitivement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;If the screen stays black&lt;/b&gt; or the computer does not start normally: restart and choose the entry ending in &lt;i&gt;“without VFIO passthrough”&lt;/i&gt; in the boot menu (hold Shift or press Esc while the computer starts to see the menu). That start gives every device its normal driver; then open VFIO Isolator and choose &lt;b&gt;Undo last change&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Si l&apos;écran reste noir&lt;/b&gt; ou si l&apos;ordinateur ne démarre pas normalement : redémarrez et choisissez dans le menu de démarrage l&apos;entrée se terminant par &lt;i&gt;« sans passthrough VFIO »&lt;/i&gt; (maintenez Maj ou appuyez sur Échap au démarrage pour voir le menu). Ce démarrage donne à chaque périphérique son pilote normal ; ouvrez ensuite VFIO Isolator et choisissez &lt;b&gt;Annuler la dernière modification&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Asking the system to restart…</source>
        <translation>Demande de redémarrage au système…</translation>
    </message>
    <message>
        <source>&lt;p&gt;At the next start the kernel switches the IOMMU on and makes the IOMMU groups. Open the setup again afterwards to choose the devices.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Au prochain démarrage, le noyau active l&apos;IOMMU et crée les groupes IOMMU. Rouvrez ensuite la configuration pour choisir les périphériques.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At the next start vfio-pci takes the chosen devices. &lt;b&gt;The screen connected to %1 goes dark&lt;/b&gt;: that card now waits for a virtual machine. Keep a screen on the graphics card that shows this window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Au prochain démarrage, vfio-pci prend les périphériques choisis. &lt;b&gt;L&apos;écran branché sur %1 s&apos;éteint&lt;/b&gt; : cette carte attend désormais une machine virtuelle. Gardez un écran sur la carte graphique qui affiche cette fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At the next start vfio-pci takes the chosen devices; the host no longer uses them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Au prochain démarrage, vfio-pci prend les périphériques choisis ; l&apos;hôte ne les utilise plus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;After the restart VFIO Isolator checks by itself that every device was bound, and says why where one was not.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Après le redémarrage, VFIO Isolator vérifie de lui-même que chaque périphérique a été lié, et explique pourquoi si l&apos;un ne l&apos;a pas été.&lt;/p&gt;</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;[!] %1&lt;/b&gt; ne correspond à aucun périphérique de cet ordinateur : cette partie de la configuration ne fait rien. Appliquez de nouveau depuis la fenêtre principale pour la réécrire.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vfio::Sysfs</name>
    <message>
        <source>`%1` is missing.</source>
        <translation>`%1` est absent.</translation>
    </message>
    <message>
        <source>`%1` could not be read (%2).</source>
        <translation>`%1` n&apos;a pas pu être lu (%2).</translation>
    </message>
</context>
<context>
    <name>vfio::SystemChangeService</name>
    <message>
        <source>The helper cannot change the kernel command line here; add the words by hand as the check says.</source>
        <translation>Le programme d&apos;aide ne peut pas modifier ici la ligne de commande du noyau ; ajoutez les mots à la main comme l&apos;indique la vérification.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemCheck</name>
    <message>
        <source>an IOMMU</source>
        <translation>une IOMMU</translation>
    </message>
    <message>
        <source>/proc/cpuinfo could not be read, so it is unknown whether the processor&apos;s virtualisation (Intel VT-x or AMD-V) is on. Check that it is enabled in the firmware setup.</source>
        <translation>/proc/cpuinfo n&apos;a pas pu être lu : on ne sait donc pas si la virtualisation du processeur (Intel VT-x ou AMD-V) est active. Vérifiez qu&apos;elle est activée dans la configuration du micrologiciel.</translation>
    </message>
    <message>
        <source>The processor can run virtual machines at full speed (Intel VT-x is on).</source>
        <translation>Le processeur peut exécuter des machines virtuelles à pleine vitesse (Intel VT-x est actif).</translation>
    </message>
    <message>
        <source>The processor can run virtual machines at full speed (AMD-V is on).</source>
        <translation>Le processeur peut exécuter des machines virtuelles à pleine vitesse (AMD-V est actif).</translation>
    </message>
    <message>
        <source>The processor shows no hardware virtualisation (no vmx or svm flag in /proc/cpuinfo). Restart into the firmware setup (often Del or F2 at power-on) and enable Intel VT-x or AMD-V (&quot;SVM mode&quot;); without it a virtual machine cannot use a passed-through device.</source>
        <translation>Le processeur n&apos;indique aucune virtualisation matérielle (pas d&apos;indicateur vmx ni svm dans /proc/cpuinfo). Redémarrez dans la configuration du micrologiciel (souvent Suppr ou F2 à l&apos;allumage) et activez Intel VT-x ou AMD-V (« SVM mode ») ; sans elle, une machine virtuelle ne peut pas utiliser un périphérique transmis.</translation>
    </message>
    <message>
        <source>The firmware announces %1 (its ACPI %2 table is there), so the hardware has an IOMMU and the firmware has it enabled.</source>
        <translation>Le micrologiciel annonce %1 (sa table ACPI %2 est présente) : le matériel a donc une IOMMU et le micrologiciel l&apos;a activée.</translation>
    </message>
    <message>
        <source>The firmware&apos;s IOMMU table (ACPI DMAR or IVRS) is not visible here, but the kernel runs an IOMMU, so the firmware has it enabled.</source>
        <translation>La table IOMMU du micrologiciel (ACPI DMAR ou IVRS) n&apos;est pas visible ici, mais le noyau fait fonctionner une IOMMU : le micrologiciel l&apos;a donc activée.</translation>
    </message>
    <message>
        <source>The firmware does not announce an IOMMU (there is no ACPI DMAR or IVRS table). Restart into the firmware setup (often Del or F2 at power-on), enable &quot;VT-d&quot; (Intel) or &quot;AMD-Vi&quot; / &quot;IOMMU&quot; (AMD), save and restart. If there is no such setting, this computer cannot pass devices through.</source>
        <translation>Le micrologiciel n&apos;annonce aucune IOMMU (il n&apos;y a pas de table ACPI DMAR ni IVRS). Redémarrez dans la configuration du micrologiciel (souvent Suppr ou F2 à l&apos;allumage), activez « VT-d » (Intel) ou « AMD-Vi » / « IOMMU » (AMD), enregistrez et redémarrez. Sans ce réglage, cet ordinateur ne peut pas transmettre de périphériques.</translation>
    </message>
    <message>
        <source>The IOMMU is on: Linux has put the devices into IOMMU groups, so they can be isolated.</source>
        <translation>L&apos;IOMMU est active : Linux a réparti les périphériques en groupes IOMMU, ils peuvent donc être isolés.</translation>
    </message>
    <message>
        <source>The IOMMU is off: Linux made no IOMMU groups, so no device can be handed to a virtual machine safely. The firmware has it, so the kernel command line decides: see the kernel parameters.</source>
        <translation>L&apos;IOMMU est désactivée : Linux n&apos;a créé aucun groupe IOMMU, aucun périphérique ne peut donc être confié sans risque à une machine virtuelle. Le micrologiciel l&apos;a : c&apos;est la ligne de commande du noyau qui décide, voir les paramètres du noyau.</translation>
    </message>
    <message>
        <source>The IOMMU is off: Linux made no IOMMU groups, so no device can be handed to a virtual machine safely. It stays off until the firmware announces an IOMMU.</source>
        <translation>L&apos;IOMMU est désactivée : Linux n&apos;a créé aucun groupe IOMMU, aucun périphérique ne peut donc être confié sans risque à une machine virtuelle. Elle le reste tant que le micrologiciel n&apos;annonce pas d&apos;IOMMU.</translation>
    </message>
    <message>
        <source>The kernel command line switches the IOMMU off with %1 (%2 is there too, but the later word wins).</source>
        <translation>La ligne de commande du noyau désactive l&apos;IOMMU avec %1 (%2 y est aussi, mais le dernier mot l&apos;emporte).</translation>
    </message>
    <message>
        <source>The kernel command line switches the IOMMU off with %1.</source>
        <translation>La ligne de commande du noyau désactive l&apos;IOMMU avec %1.</translation>
    </message>
    <message>
        <source>This kernel leaves Intel VT-d off unless %1 is given (%2 does not set %3=y).</source>
        <translation>Ce noyau laisse Intel VT-d désactivé sauf si %1 est donné (%2 ne définit pas %3=y).</translation>
    </message>
    <message>
        <source>This kernel&apos;s build configuration (%1) is not there to tell whether it turns Intel VT-d on by itself, so %2 is needed to be sure.</source>
        <translation>La configuration de compilation de ce noyau (%1) est absente pour dire s&apos;il active Intel VT-d de lui-même ; %2 est donc nécessaire pour en être sûr.</translation>
    </message>
    <message>
        <source>%1 is already on the line and stays.</source>
        <translation>%1 est déjà sur la ligne et y reste.</translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line and add %2, then restart.</source>
        <translation>Retirez %1 de la ligne de commande du noyau et ajoutez %2, puis redémarrez.</translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line (%2 is already there and stays), then restart.</source>
        <translation>Retirez %1 de la ligne de commande du noyau (%2 y est déjà et reste), puis redémarrez.</translation>
    </message>
    <message>
        <source>Remove %1 from the kernel command line, then restart.</source>
        <translation>Retirez %1 de la ligne de commande du noyau, puis redémarrez.</translation>
    </message>
    <message>
        <source>Add %1 to the kernel command line, then restart.</source>
        <translation>Ajoutez %1 à la ligne de commande du noyau, puis redémarrez.</translation>
    </message>
    <message>
        <source>No kernel parameter is needed: this kernel turns Intel VT-d on by itself (%1 sets %2=y).</source>
        <translation>Aucun paramètre du noyau n&apos;est nécessaire : ce noyau active Intel VT-d de lui-même (%1 définit %2=y).</translation>
    </message>
    <message>
        <source>No kernel parameter is needed: Linux turns AMD-Vi on by itself.</source>
        <translation>Aucun paramètre du noyau n&apos;est nécessaire : Linux active AMD-Vi de lui-même.</translation>
    </message>
    <message>
        <source>Nothing on the kernel command line switches the IOMMU off. Which parameters are needed can be told once the firmware announces an IOMMU.</source>
        <translation>Rien sur la ligne de commande du noyau ne désactive l&apos;IOMMU. Les paramètres nécessaires pourront être déterminés dès que le micrologiciel annoncera une IOMMU.</translation>
    </message>
    <message>
        <source>No kernel parameter is needed: the IOMMU is on.</source>
        <translation>Aucun paramètre du noyau n&apos;est nécessaire : l&apos;IOMMU est active.</translation>
    </message>
    <message>
        <source>%1 is set: the devices the host keeps skip IOMMU address translation, which keeps them fast; passed-through devices stay isolated.</source>
        <translation>%1 est défini : les périphériques gardés par l&apos;hôte évitent la traduction d&apos;adresses de l&apos;IOMMU, ce qui les garde rapides ; les périphériques transmis restent isolés.</translation>
    </message>
    <message>
        <source>%1, a speed option for IOMMU machines, matters only once the firmware announces an IOMMU; nothing is offered until then.</source>
        <translation>%1, une option de vitesse pour les machines à IOMMU, ne compte qu&apos;une fois que le micrologiciel annonce une IOMMU ; rien n&apos;est proposé d&apos;ici là.</translation>
    </message>
    <message>
        <source>You may add %1: it lets the devices the host keeps skip IOMMU address translation, which can make them faster; passed-through devices stay isolated. It is not needed, and only added if you choose it.</source>
        <translation>Vous pouvez ajouter %1 : les périphériques gardés par l&apos;hôte évitent alors la traduction d&apos;adresses de l&apos;IOMMU, ce qui peut les rendre plus rapides ; les périphériques transmis restent isolés. Ce n&apos;est pas nécessaire, et ce n&apos;est ajouté que si vous le choisissez.</translation>
    </message>
    <message>
        <source>The Secure Boot state is not shown (no SecureBoot variable in /%1). Either way vfio-pci works: it is part of the kernel and signed with it.</source>
        <translation>L&apos;état de Secure Boot n&apos;est pas affiché (pas de variable SecureBoot dans /%1). Dans tous les cas vfio-pci fonctionne : il fait partie du noyau et est signé avec lui.</translation>
    </message>
    <message>
        <source>No EFI variables are visible (no /sys/firmware/efi): the system started the legacy BIOS way, or this snapshot lacks them. Secure Boot does not stand in the way of vfio-pci in any case.</source>
        <translation>Aucune variable EFI n&apos;est visible (pas de /sys/firmware/efi) : le système a démarré en mode BIOS hérité, ou cet instantané ne les contient pas. Secure Boot ne gêne de toute façon pas vfio-pci.</translation>
    </message>
    <message>
        <source>The Secure Boot variable /%1 has an unexpected form (%2 bytes instead of 5), so its state is unknown. vfio-pci works either way: it is part of the kernel and signed with it.</source>
        <translation>La variable Secure Boot /%1 a une forme inattendue (%2 octets au lieu de 5) : son état est donc inconnu. vfio-pci fonctionne dans tous les cas : il fait partie du noyau et est signé avec lui.</translation>
    </message>
    <message>
        <source>Secure Boot is on. That is fine: vfio-pci is part of the kernel and signed with it, so it loads with Secure Boot on.</source>
        <translation>Secure Boot est actif. Aucun problème : vfio-pci fait partie du noyau et est signé avec lui, il se charge donc avec Secure Boot actif.</translation>
    </message>
    <message>
        <source>Secure Boot is off. Nothing to do: vfio-pci works with Secure Boot on or off.</source>
        <translation>Secure Boot est désactivé. Rien à faire : vfio-pci fonctionne avec ou sans Secure Boot.</translation>
    </message>
    <message>
        <source>No graphics device is marked as the one the firmware started the screen on (boot_vga), so it is unknown which GPU the host&apos;s display needs.</source>
        <translation>Aucun périphérique graphique n&apos;est marqué comme celui sur lequel le micrologiciel a démarré l&apos;écran (boot_vga) : on ne sait donc pas quel GPU l&apos;affichage de l&apos;hôte utilise.</translation>
    </message>
    <message>
        <source>The screen you see now comes from %1; passing it through leaves the host without a display, unless another graphics card takes over.</source>
        <translation>L&apos;écran que vous voyez maintenant vient de %1 ; le transmettre laisse l&apos;hôte sans affichage, sauf si une autre carte graphique prend le relais.</translation>
    </message>
    <message>
        <source>GRUB, configured through /etc/default/grub.d</source>
        <translation>GRUB, configuré via /etc/default/grub.d</translation>
    </message>
    <message>
        <source>GRUB, configured in /etc/default/grub</source>
        <translation>GRUB, configuré dans /etc/default/grub</translation>
    </message>
    <message>
        <source>GRUB with Boot Loader Specification entries, changed through grubby</source>
        <translation>GRUB avec des entrées Boot Loader Specification, modifiées via grubby</translation>
    </message>
    <message>
        <source>systemd-boot, with the command line in /etc/kernel/cmdline</source>
        <translation>systemd-boot, avec la ligne de commande dans /etc/kernel/cmdline</translation>
    </message>
    <message>
        <source>systemd-boot, with the command line in its loader entries</source>
        <translation>systemd-boot, avec la ligne de commande dans ses entrées de chargeur</translation>
    </message>
    <message>
        <source>kernelstub (Pop!_OS)</source>
        <translation>kernelstub (Pop!_OS)</translation>
    </message>
    <message>
        <source>an unknown boot loader</source>
        <translation>un chargeur d&apos;amorçage inconnu</translation>
    </message>
    <message>
        <source>The kernel&apos;s vfio modules could not be checked: %1</source>
        <translation>Les modules vfio du noyau n&apos;ont pas pu être vérifiés : %1</translation>
    </message>
    <message>
        <source>Kernel %1 lacks %2, which passthrough needs. Install your distribution&apos;s standard kernel (it has them), or build this one with CONFIG_VFIO and CONFIG_VFIO_PCI.</source>
        <translation>Il manque au noyau %1 %2, nécessaire au passthrough. Installez le noyau standard de votre distribution (il les a), ou compilez celui-ci avec CONFIG_VFIO et CONFIG_VFIO_PCI.</translation>
    </message>
    <message>
        <source>Kernel %1 has the vfio modules passthrough needs (%2).</source>
        <translation>Le noyau %1 a les modules vfio nécessaires au passthrough (%2).</translation>
    </message>
    <message>
        <source>Kernel %1 has the vfio modules passthrough needs (%2); built into the kernel itself: %3.</source>
        <translation>Le noyau %1 a les modules vfio nécessaires au passthrough (%2) ; intégrés au noyau lui-même : %3.</translation>
    </message>
    <message>
        <source>The initramfs (the small system that starts Linux) is built with %1 (%2): the app adds vfio-pci there, so the devices are claimed before their usual drivers.</source>
        <translation>L&apos;initramfs (le petit système qui démarre Linux) est construit avec %1 (%2) : l&apos;application y ajoute vfio-pci, pour que les périphériques soient réclamés avant leurs pilotes habituels.</translation>
    </message>
    <message>
        <source>This system root has no /usr, so its initramfs tool could not be checked.</source>
        <translation>Cette racine système n&apos;a pas de /usr : son outil d&apos;initramfs n&apos;a donc pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The app cannot make a vfio-pci binding last across restarts here: %1</source>
        <translation>L&apos;application ne peut pas rendre ici une liaison vfio-pci durable entre les redémarrages : %1</translation>
    </message>
    <message>
        <source>The kernel command line is set by %1 (found because %2).</source>
        <translation>La ligne de commande du noyau est définie par %1 (détecté car %2).</translation>
    </message>
    <message>
        <source>The boot loader was not recognised (%1). Nothing on the kernel command line needs changing now; should that change, edit it by hand in your boot loader&apos;s configuration.</source>
        <translation>Le chargeur d&apos;amorçage n&apos;a pas été reconnu (%1). Rien ne doit changer sur la ligne de commande du noyau pour l&apos;instant ; si cela change, modifiez-la à la main dans la configuration de votre chargeur d&apos;amorçage.</translation>
    </message>
    <message>
        <source>The boot loader was not recognised (%1), so the app cannot change the kernel command line itself. Make the change above by hand in your boot loader&apos;s configuration (your distribution&apos;s guide calls it &quot;kernel parameters&quot;), then restart.</source>
        <translation>Le chargeur d&apos;amorçage n&apos;a pas été reconnu (%1) : l&apos;application ne peut donc pas modifier elle-même la ligne de commande du noyau. Faites la modification ci-dessus à la main dans la configuration de votre chargeur d&apos;amorçage (le guide de votre distribution parle de « paramètres du noyau »), puis redémarrez.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemCheckHtml</name>
    <message>
        <source>This computer is not ready for passthrough yet</source>
        <translation>Cet ordinateur n&apos;est pas encore prêt pour le passthrough</translation>
    </message>
    <message>
        <source>This snapshot is not ready for passthrough yet</source>
        <translation>Cet instantané n&apos;est pas encore prêt pour le passthrough</translation>
    </message>
    <message>
        <source>This computer is ready for passthrough</source>
        <translation>Cet ordinateur est prêt pour le passthrough</translation>
    </message>
    <message>
        <source>This snapshot is ready for passthrough</source>
        <translation>Cet instantané est prêt pour le passthrough</translation>
    </message>
    <message>
        <source>[✓] OK</source>
        <translation>[✓] OK</translation>
    </message>
    <message>
        <source>[!] Action needed</source>
        <translation>[!] Action requise</translation>
    </message>
    <message>
        <source>[✗] Blocked</source>
        <translation>[✗] Bloqué</translation>
    </message>
    <message>
        <source>[i] Note</source>
        <translation>[i] Remarque</translation>
    </message>
    <message>
        <source>Optional fix:</source>
        <translation>Correction facultative :</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>The IOMMU keeps a device given to a virtual machine from reaching the host&apos;s memory. This is what was checked, and what to change:</source>
        <translation>L&apos;IOMMU empêche un périphérique confié à une machine virtuelle d&apos;atteindre la mémoire de l&apos;hôte. Voici ce qui a été vérifié, et ce qu&apos;il faut changer :</translation>
    </message>
    <message>
        <source>After the changes, restart and open VFIO Isolator again: the devices then appear in their IOMMU groups.</source>
        <translation>Après les modifications, redémarrez et rouvrez VFIO Isolator : les périphériques apparaissent alors dans leurs groupes IOMMU.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemRestart</name>
    <message>
        <source>The system did not restart (%1). Restart from your desktop&apos;s menu; VFIO Isolator checks the devices when it starts again.</source>
        <translation>Le système n&apos;a pas redémarré (%1). Redémarrez depuis le menu de votre bureau ; VFIO Isolator vérifie les périphériques à son prochain lancement.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemRoot</name>
    <message>
        <source>The folder %1 does not exist. Use the folder that holds sys/, proc/ and lib/modules/ of a system.</source>
        <translation>Le dossier %1 n&apos;existe pas. Utilisez le dossier qui contient sys/, proc/ et lib/modules/ d&apos;un système.</translation>
    </message>
    <message>
        <source>%1 is not a readable directory. Check its permissions, or use another folder.</source>
        <translation>%1 n&apos;est pas un répertoire lisible. Vérifiez ses permissions, ou utilisez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 has no readable sys/bus/pci/devices, so it is not a system root. On this machine, is /sys mounted? For a hardware report, use the folder that contains sys/.</source>
        <translation>%1 n&apos;a pas de sys/bus/pci/devices lisible : ce n&apos;est donc pas une racine système. Sur cette machine, /sys est-il monté ? Pour un rapport matériel, utilisez le dossier qui contient sys/.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemdBootEntries</name>
    <message>
        <source>No systemd-boot entry (loader/entries/*.conf in /boot/efi, /boot or /efi) was found. Add %1 to the `options` line of your boot entry by hand.</source>
        <translation>Aucune entrée systemd-boot (loader/entries/*.conf dans /boot/efi, /boot ou /efi) n&apos;a été trouvée. Ajoutez %1 à la main à la ligne `options` de votre entrée de démarrage.</translation>
    </message>
    <message>
        <source>systemd-boot starts the kernel with this entry&apos;s `options` line; only its words change.</source>
        <translation>systemd-boot démarre le noyau avec la ligne `options` de cette entrée ; seuls ses mots changent.</translation>
    </message>
</context>
<context>
    <name>vfio::SystemdBootKernelCmdline</name>
    <message>
        <source>%1 does not exist, so the kernel command line cannot be changed there. Add %2 to the `options` line of your boot entry by hand.</source>
        <translation>%1 n&apos;existe pas : la ligne de commande du noyau ne peut pas y être modifiée. Ajoutez %2 à la main à la ligne `options` de votre entrée de démarrage.</translation>
    </message>
    <message>
        <source>kernel-install puts this command line into the boot entries it writes.</source>
        <translation>kernel-install place cette ligne de commande dans les entrées de démarrage qu&apos;il écrit.</translation>
    </message>
    <message>
        <source>The boot entry of kernel %1 cannot be regenerated: kernel-install (in /usr/bin) or the kernel image (/usr/lib/modules/%1/vmlinuz or /boot/vmlinuz-%1) is missing. Nothing was changed.</source>
        <translation>L&apos;entrée de démarrage du noyau %1 ne peut pas être régénérée : kernel-install (dans /usr/bin) ou l&apos;image du noyau (/usr/lib/modules/%1/vmlinuz ou /boot/vmlinuz-%1) est absent. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Write the boot entry of kernel %1 again with the new command line.</source>
        <translation>Réécrire l&apos;entrée de démarrage du noyau %1 avec la nouvelle ligne de commande.</translation>
    </message>
</context>
<context>
    <name>vfio::TopologyScanner</name>
    <message>
        <source>`config` holds only %1 bytes, not a PCI header; it is ignored.</source>
        <translation>`config` ne contient que %1 octets, pas un en-tête PCI ; il est ignoré.</translation>
    </message>
    <message>
        <source>`modalias` holds %1, which is not a PCI modalias.</source>
        <translation>`modalias` contient %1, qui n&apos;est pas un modalias PCI.</translation>
    </message>
    <message>
        <source>`modalias` names %1 but config space says %2:%3; the snapshot may be damaged.</source>
        <translation>`modalias` indique %1 mais l&apos;espace de configuration indique %2:%3 ; l&apos;instantané est peut-être endommagé.</translation>
    </message>
    <message>
        <source>`%1` holds %2, which is not a hexadecimal ID.</source>
        <translation>`%1` contient %2, qui n&apos;est pas un ID hexadécimal.</translation>
    </message>
    <message>
        <source>`%1` is there but is not a link the scanner can read; it is ignored.</source>
        <translation>`%1` existe mais n&apos;est pas un lien lisible par l&apos;analyseur ; il est ignoré.</translation>
    </message>
    <message>
        <source>`iommu_group` points to &quot;%1&quot;, which does not end in a group number.</source>
        <translation>`iommu_group` pointe vers « %1 », qui ne se termine pas par un numéro de groupe.</translation>
    </message>
    <message>
        <source>%1/%2 is not named like a PCI device (dddd:bb:dd.f); it is ignored.</source>
        <translation>%1/%2 n&apos;est pas nommé comme un périphérique PCI (dddd:bb:dd.f) ; il est ignoré.</translation>
    </message>
    <message>
        <source>sys/bus/pci/devices/%1 is not a link to the device, so its parent bridge is unknown.</source>
        <translation>sys/bus/pci/devices/%1 n&apos;est pas un lien vers le périphérique, son pont parent est donc inconnu.</translation>
    </message>
    <message>
        <source>The device disappeared during the scan (or its directory cannot be read: %1); only its address is known.</source>
        <translation>Le périphérique a disparu pendant l&apos;analyse (ou son répertoire est illisible : %1) ; seule son adresse est connue.</translation>
    </message>
    <message>
        <source>The kernel release is unknown: %1</source>
        <translation>La version du noyau est inconnue : %1</translation>
    </message>
    <message>
        <source>No PCI devices could be listed: %1 cannot be read (%2).</source>
        <translation>Aucun périphérique PCI n&apos;a pu être listé : %1 est illisible (%2).</translation>
    </message>
</context>
<context>
    <name>vfio::TransactionRunner</name>
    <message>
        <source>Keeping a copy of the current files in %1</source>
        <translation>Conservation d&apos;une copie des fichiers actuels dans %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Putting the previous files back</source>
        <translation>Remise en place des fichiers précédents</translation>
    </message>
    <message>
        <source>Nothing was changed: your previous configuration is in place.</source>
        <translation>Rien n&apos;a été modifié : votre configuration précédente est en place.</translation>
    </message>
    <message>
        <source>Some previous files could not be put back: %1 The copies are in %2.</source>
        <translation>Certains fichiers précédents n&apos;ont pas pu être remis en place : %1 Les copies sont dans %2.</translation>
    </message>
    <message>
        <source>Regenerating the initramfs with %1</source>
        <translation>Régénération de l&apos;initramfs avec %1</translation>
    </message>
</context>
<context>
    <name>vfio::TransactionStore</name>
    <message>
        <source>Cannot read %1 to keep a copy of it.</source>
        <translation>Impossible de lire %1 pour en conserver une copie.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Restoring the content from before %1</source>
        <translation>Restauration du contenu d&apos;avant %1</translation>
    </message>
    <message>
        <source>Removing: it did not exist before %1</source>
        <translation>Suppression : il n&apos;existait pas avant %1</translation>
    </message>
    <message>
        <source>The copy of %1 kept by transaction %2 is missing in %3.</source>
        <translation>La copie de %1 conservée par la transaction %2 est absente de %3.</translation>
    </message>
</context>
<context>
    <name>vfio::TrayContent</name>
    <message>
        <source>VFIO passthrough: every device as configured</source>
        <translation>Passthrough VFIO : chaque périphérique est tel que configuré</translation>
    </message>
    <message>
        <source>VFIO passthrough: restart to finish</source>
        <translation>Passthrough VFIO : redémarrez pour terminer</translation>
    </message>
    <message>
        <source>VFIO passthrough: a configured device is not bound</source>
        <translation>Passthrough VFIO : un périphérique configuré n&apos;est pas lié</translation>
    </message>
    <message>
        <source>VFIO passthrough: nothing configured</source>
        <translation>Passthrough VFIO : rien n&apos;est configuré</translation>
    </message>
    <message>
        <source>not bound: %1</source>
        <translation>non lié : %1</translation>
    </message>
</context>
<context>
    <name>vfio::TrayController</name>
    <message>
        <source>Open VFIO Isolator</source>
        <translation>Ouvrir VFIO Isolator</translation>
    </message>
    <message>
        <source>First-time setup…</source>
        <translation>Configuration initiale…</translation>
    </message>
    <message>
        <source>Undo the last change…</source>
        <translation>Annuler la dernière modification…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>vfio::UdevMonitor</name>
    <message>
        <source>Live updates are off: the udev device monitor could not be started (is systemd-udevd running?). Use View &gt; Rescan.</source>
        <translation>Les mises à jour en direct sont désactivées : le moniteur de périphériques udev n&apos;a pas pu démarrer (systemd-udevd est-il en cours d&apos;exécution ?). Utilisez Affichage &gt; Réanalyser.</translation>
    </message>
</context>
<context>
    <name>vfio::UnknownBootLoader</name>
    <message>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>retirer %1</translation>
    </message>
    <message>
        <source>VFIO Isolator does not recognise how this system builds its kernel command line (it supports GRUB, GRUB with grubby, systemd-boot and kernelstub), so it changes nothing. Change it by hand: %1 in your boot loader&apos;s kernel command line (for GRUB, GRUB_CMDLINE_LINUX_DEFAULT in /etc/default/grub, then update-grub), and reboot.</source>
        <translation>VFIO Isolator ne reconnaît pas comment ce système construit sa ligne de commande du noyau (il prend en charge GRUB, GRUB avec grubby, systemd-boot et kernelstub) : il ne modifie donc rien. Modifiez-la à la main : %1 dans la ligne de commande du noyau de votre chargeur d&apos;amorçage (pour GRUB, GRUB_CMDLINE_LINUX_DEFAULT dans /etc/default/grub, puis update-grub), et redémarrez.</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>rien à modifier</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>vfio::Verification</name>
    <message>
        <source>no driver</source>
        <translation>aucun pilote</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>pilote %1</translation>
    </message>
    <message>
        <source>started without VFIO passthrough</source>
        <translation>démarré sans passthrough VFIO</translation>
    </message>
    <message>
        <source>This boot was started with vfio_isolator=off (the safety entry): every device kept its normal driver. Restart normally to pass it through.</source>
        <translation>Ce démarrage a été lancé avec vfio_isolator=off (l&apos;entrée de secours) : chaque périphérique a gardé son pilote normal. Redémarrez normalement pour le transmettre.</translation>
    </message>
    <message>
        <source>the IOMMU is off, so vfio-pci cannot take it</source>
        <translation>l&apos;IOMMU est désactivée, vfio-pci ne peut donc pas le prendre</translation>
    </message>
    <message>
        <source>vfio-pci is not loaded</source>
        <translation>vfio-pci n&apos;est pas chargé</translation>
    </message>
    <message>
        <source>The kernel has no vfio-pci driver at this boot. Apply again to put it into the initramfs, then restart.</source>
        <translation>Le noyau n&apos;a pas de pilote vfio-pci à ce démarrage. Appliquez de nouveau pour le mettre dans l&apos;initramfs, puis redémarrez.</translation>
    </message>
    <message>
        <source>vfio-pci or vfio.conf is missing from the initramfs</source>
        <translation>vfio-pci ou vfio.conf est absent de l&apos;initramfs</translation>
    </message>
    <message>
        <source>The initramfs was built without them, so %1 came first. Apply again to regenerate the initramfs, then restart.</source>
        <translation>L&apos;initramfs a été construit sans eux : %1 est donc passé en premier. Appliquez de nouveau pour régénérer l&apos;initramfs, puis redémarrez.</translation>
    </message>
    <message>
        <source>%1 claimed it first; vfio-pci is not loaded before it</source>
        <translation>%1 l&apos;a réclamé en premier ; vfio-pci n&apos;est pas chargé avant lui</translation>
    </message>
    <message>
        <source>The configuration was written by hand without softdep lines. Apply it with VFIO Isolator to load vfio-pci first, then restart.</source>
        <translation>La configuration a été écrite à la main sans lignes softdep. Appliquez-la avec VFIO Isolator pour charger vfio-pci en premier, puis redémarrez.</translation>
    </message>
    <message>
        <source>%1 claimed it first</source>
        <translation>%1 l&apos;a réclamé en premier</translation>
    </message>
    <message>
        <source>The initramfs may predate the configuration: apply again to regenerate it, then restart.</source>
        <translation>L&apos;initramfs est peut-être antérieur à la configuration : appliquez de nouveau pour le régénérer, puis redémarrez.</translation>
    </message>
    <message>
        <source>no driver took it</source>
        <translation>aucun pilote ne l&apos;a pris</translation>
    </message>
    <message>
        <source>Neither vfio-pci nor another driver holds it; the kernel log (journalctl -k) says why.</source>
        <translation>Ni vfio-pci ni un autre pilote ne le tient ; le journal du noyau (journalctl -k) indique pourquoi.</translation>
    </message>
    <message>
        <source>on the host (bridge)</source>
        <translation>sur l&apos;hôte (pont)</translation>
    </message>
    <message>
        <source>Bridges and root ports always stay with the host; the devices behind them can still be given to a virtual machine.</source>
        <translation>Les ponts et ports racine restent toujours à l&apos;hôte ; les périphériques derrière eux peuvent quand même être confiés à une machine virtuelle.</translation>
    </message>
    <message>
        <source>bound to vfio-pci</source>
        <translation>lié à vfio-pci</translation>
    </message>
    <message>
        <source>vfio-pci holds it and the configuration keeps it so at every boot: it is ready for a virtual machine.</source>
        <translation>vfio-pci le tient et la configuration le maintient ainsi à chaque démarrage : il est prêt pour une machine virtuelle.</translation>
    </message>
    <message>
        <source>vfio-pci holds it now; the configuration could not be read.</source>
        <translation>vfio-pci le tient maintenant ; la configuration n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>will return to the host at next boot</source>
        <translation>reviendra à l&apos;hôte au prochain démarrage</translation>
    </message>
    <message>
        <source>vfio-pci holds it now, but the configuration no longer names it: after a restart its normal driver takes it back.</source>
        <translation>vfio-pci le tient maintenant, mais la configuration ne le nomme plus : après un redémarrage, son pilote normal le reprend.</translation>
    </message>
    <message>
        <source>will bind at next boot</source>
        <translation>sera lié au prochain démarrage</translation>
    </message>
    <message>
        <source>The configuration names it; vfio-pci takes it at the next boot (now: %1).</source>
        <translation>La configuration le nomme ; vfio-pci le prend au prochain démarrage (actuellement : %1).</translation>
    </message>
    <message>
        <source>configured but not bound (%1)</source>
        <translation>configuré mais non lié (%1)</translation>
    </message>
    <message>
        <source>The configuration names it but it was not bound to vfio-pci at this boot: %1. %2</source>
        <translation>La configuration le nomme mais il n&apos;a pas été lié à vfio-pci à ce démarrage : %1. %2</translation>
    </message>
    <message>
        <source>on the host</source>
        <translation>sur l&apos;hôte</translation>
    </message>
    <message>
        <source>It uses %1 on the host and is not configured for vfio-pci.</source>
        <translation>Il utilise %1 sur l&apos;hôte et n&apos;est pas configuré pour vfio-pci.</translation>
    </message>
    <message>
        <source>It uses %1 on the host now; the configuration could not be read.</source>
        <translation>Il utilise maintenant %1 sur l&apos;hôte ; la configuration n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>No device is configured for vfio-pci.</source>
        <translation>Aucun périphérique n&apos;est configuré pour vfio-pci.</translation>
    </message>
    <message>
        <source>The configuration could not be read.</source>
        <translation>La configuration n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The configured device is bound to vfio-pci.</source>
        <translation>Le périphérique configuré est lié à vfio-pci.</translation>
    </message>
    <message>
        <source>The configuration changed after this boot: restart to finish.</source>
        <translation>La configuration a changé après ce démarrage : redémarrez pour terminer.</translation>
    </message>
    <message>
        <source>The configuration names %1, which no device on this computer has: check for a typo.</source>
        <translation>La configuration nomme %1, qu&apos;aucun périphérique de cet ordinateur ne porte : vérifiez qu&apos;il n&apos;y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>Started without VFIO passthrough (vfio_isolator=off): devices kept their normal drivers.</source>
        <translation>Démarré sans passthrough VFIO (vfio_isolator=off) : les périphériques ont gardé leurs pilotes normaux.</translation>
    </message>
    <message>
        <source>A configured device is not bound to vfio-pci.</source>
        <translation>Un périphérique configuré n&apos;est pas lié à vfio-pci.</translation>
    </message>
    <message numerus="yes">
        <source>Every configured device is bound to vfio-pci (%n devices).</source>
        <translation>
            <numerusform>Chaque périphérique configuré est lié à vfio-pci (%n périphérique).</numerusform>
            <numerusform>Chaque périphérique configuré est lié à vfio-pci (%n périphériques).</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch the IOMMU on with the first-time setup (File &gt; First-time setup…), then restart.</source>
        <translation>Activez l’IOMMU avec la configuration initiale (Fichier &gt; Configuration initiale…), puis redémarrez.</translation>
    </message>
</context>
<context>
    <name>vfio::cli</name>
    <message>
        <source>Boot loader: %1 (%2)</source>
        <translation>Chargeur d&apos;amorçage : %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to change: the boot configuration already has these words.</source>
        <translation>Rien à modifier : la configuration de démarrage contient déjà ces mots.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Run &apos;%2 --help&apos; for the options.</source>
        <translation>Argument inattendu &apos;%1&apos;. Lancez &apos;%2 --help&apos; pour voir les options.</translation>
    </message>
    <message>
        <source>Name at least one PCI address, e.g. 0000:01:00.0 (see &apos;vfio-isolator-cli list&apos;).</source>
        <translation>Indiquez au moins une adresse PCI, par ex. 0000:01:00.0 (voir &apos;vfio-isolator-cli list&apos;).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PCI address: write it as 0000:01:00.0, or 01:00.0 as lspci prints it (see &apos;vfio-isolator-cli list&apos;).</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse PCI : écrivez-la 0000:01:00.0, ou 01:00.0 comme l&apos;affiche lspci (voir &apos;vfio-isolator-cli list&apos;).</translation>
    </message>
    <message>
        <source>Print the helper&apos;s JSON answer.</source>
        <translation>Afficher la réponse JSON du programme d&apos;aide.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Lancez &apos;%1 --help&apos; pour voir les options.</translation>
    </message>
    <message>
        <source>Also add %1: the devices the host keeps skip IOMMU address translation.</source>
        <translation>Ajouter aussi %1 : les périphériques gardés par l&apos;hôte évitent la traduction d&apos;adresses de l&apos;IOMMU.</translation>
    </message>
    <message>
        <source>Work the words out from the system below DIR (a snapshot) instead of this machine. The helper still changes the system it runs on.</source>
        <translation>Déterminer les mots à partir du système sous DIR (un instantané) au lieu de cette machine. Le programme d&apos;aide modifie quand même le système sur lequel il tourne.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>retirer %1</translation>
    </message>
    <message>
        <source>add %1; remove %2</source>
        <translation>ajouter %1 ; retirer %2</translation>
    </message>
    <message>
        <source>Nothing to change: the kernel command line already has what the IOMMU needs on this system (see &apos;vfio-isolator-cli check&apos;).</source>
        <translation>Rien à modifier : la ligne de commande du noyau contient déjà ce dont l&apos;IOMMU a besoin sur ce système (voir &apos;vfio-isolator-cli check&apos;).</translation>
    </message>
    <message>
        <source>Kernel command line: %1</source>
        <translation>Ligne de commande du noyau : %1</translation>
    </message>
    <message>
        <source>Removed file %1 (%2):</source>
        <translation>Fichier supprimé %1 (%2) :</translation>
    </message>
    <message>
        <source>, mode %1</source>
        <translation>, mode %1</translation>
    </message>
    <message>
        <source>New file %1 (%2%3):</source>
        <translation>Nouveau fichier %1 (%2%3) :</translation>
    </message>
    <message>
        <source>Changed file %1 (%2%3), - removed, + added:</source>
        <translation>Fichier modifié %1 (%2%3), - retiré, + ajouté :</translation>
    </message>
    <message>
        <source>Then runs:</source>
        <translation>Ensuite est exécuté :</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>System: %1 (initramfs: %2)</source>
        <translation>Système : %1 (initramfs : %2)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Système : %1</translation>
    </message>
    <message>
        <source>Device %1 [%2]: bound by %3. %4</source>
        <translation>Périphérique %1 [%2] : lié par %3. %4</translation>
    </message>
    <message>
        <source>address (driver_override)</source>
        <translation>adresse (driver_override)</translation>
    </message>
    <message>
        <source>ID (ids=)</source>
        <translation>ID (ids=)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Optional fix: %1</source>
        <translation>Correction facultative : %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>IOMMU Group %1:</source>
        <translation>Groupe IOMMU %1 :</translation>
    </message>
    <message>
        <source>Devices without an IOMMU group:</source>
        <translation>Périphériques sans groupe IOMMU :</translation>
    </message>
    <message>
        <source>%1  matches no device on this computer: the configuration does nothing for it.
</source>
        <translation>%1  ne correspond à aucun périphérique de cet ordinateur : la configuration ne fait rien pour lui.
</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Utilisation : %1 &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Lancez &apos;%1 &lt;commande&gt; --help&apos; pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Name one file at most; &apos;%1&apos; is one too many.</source>
        <translation>Indiquez au plus un fichier ; « %1 » est de trop.</translation>
    </message>
    <message>
        <source>Read the system below DIR (a snapshot folder with sys/, proc/ and lib/modules/, or a report file made by &apos;report&apos;) instead of this machine.</source>
        <translation>Lire le système sous DIR (un dossier d’instantané avec sys/, proc/ et lib/modules/, ou un fichier de rapport créé par « report ») au lieu de cette machine.</translation>
    </message>
</context>
<context>
    <name>vfio::cli::ApplyCommand</name>
    <message>
        <source>Reserve devices for vfio-pci from the next boot on (asks for confirmation unless --yes).</source>
        <translation>Réserver des périphériques à vfio-pci à partir du prochain démarrage (demande confirmation sauf avec --yes).</translation>
    </message>
    <message>
        <source>PCI addresses, e.g. 0000:02:00.0; every endpoint of their IOMMU groups</source>
        <translation>Adresses PCI, par ex. 0000:02:00.0 ; chaque terminal de leurs groupes IOMMU</translation>
    </message>
    <message>
        <source>Apply without asking for confirmation.</source>
        <translation>Appliquer sans demander de confirmation.</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>Appliquer ces modifications ?</translation>
    </message>
</context>
<context>
    <name>vfio::cli::CheckCommand</name>
    <message>
        <source>Check whether this system is ready for PCI passthrough, and what to change if not.</source>
        <translation>Vérifier si ce système est prêt pour le passthrough PCI, et ce qu&apos;il faut changer sinon.</translation>
    </message>
    <message>
        <source>Print JSON instead of the table.</source>
        <translation>Afficher du JSON au lieu du tableau.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>System check of this computer:</source>
        <translation>Vérification du système de cet ordinateur :</translation>
    </message>
    <message>
        <source>System check of the snapshot %1:</source>
        <translation>Vérification du système de l&apos;instantané %1 :</translation>
    </message>
    <message>
        <source>Not ready yet: change what is marked Blocked or Action needed, then run this check again.</source>
        <translation>Pas encore prêt : changez ce qui est marqué Bloqué ou Action requise, puis relancez cette vérification.</translation>
    </message>
    <message>
        <source>Ready: nothing stands in the way of passing devices through.</source>
        <translation>Prêt : rien n&apos;empêche de transmettre des périphériques.</translation>
    </message>
</context>
<context>
    <name>vfio::cli::EnableIommuCommand</name>
    <message>
        <source>Switch the IOMMU on through the kernel command line from the next boot (asks unless --yes).</source>
        <translation>Activer l&apos;IOMMU via la ligne de commande du noyau à partir du prochain démarrage (demande sauf avec --yes).</translation>
    </message>
    <message>
        <source>Change the kernel command line without asking for confirmation.</source>
        <translation>Modifier la ligne de commande du noyau sans demander de confirmation.</translation>
    </message>
    <message>
        <source>Change the kernel command line?</source>
        <translation>Modifier la ligne de commande du noyau ?</translation>
    </message>
</context>
<context>
    <name>vfio::cli::HelperSession</name>
    <message>
        <source>Transaction %1 started.</source>
        <translation>Transaction %1 démarrée.</translation>
    </message>
    <message>
        <source>The helper stopped before finishing transaction %1. Run &apos;vfio-isolator-cli status&apos; to see what is in place.</source>
        <translation>Le programme d&apos;aide s&apos;est arrêté avant la fin de la transaction %1. Lancez &apos;vfio-isolator-cli status&apos; pour voir ce qui est en place.</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Refusé (%1) : %2</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation>Erreur (%1) : %2</translation>
    </message>
    <message>
        <source>Not asking for confirmation without a terminal: add --yes to go ahead.</source>
        <translation>Pas de demande de confirmation sans terminal : ajoutez --yes pour continuer.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>vfio::cli::ListCommand</name>
    <message>
        <source>Show the IOMMU groups and their PCI devices, drivers and kernel modules.</source>
        <translation>Afficher les groupes IOMMU et leurs périphériques PCI, pilotes et modules du noyau.</translation>
    </message>
    <message>
        <source>Print JSON instead of the listing.</source>
        <translation>Afficher du JSON au lieu de la liste.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>vfio::cli::PreviewCommand</name>
    <message>
        <source>Show the files and commands that apply would write and run (changes nothing).</source>
        <translation>Afficher les fichiers et commandes que apply écrirait et exécuterait (ne modifie rien).</translation>
    </message>
    <message>
        <source>PCI addresses, e.g. 0000:02:00.0</source>
        <translation>Adresses PCI, par ex. 0000:02:00.0</translation>
    </message>
</context>
<context>
    <name>vfio::cli::PreviewIommuCommand</name>
    <message>
        <source>Show how enable-iommu would change the kernel command line (changes nothing).</source>
        <translation>Afficher comment enable-iommu modifierait la ligne de commande du noyau (ne modifie rien).</translation>
    </message>
</context>
<context>
    <name>vfio::cli::ReportCommand</name>
    <message>
        <source>Write a hardware report for a bug report: the PCI devices, IOMMU groups, kernel modules and the configuration, without serial numbers, MAC addresses, host or user names.</source>
        <translation>Écrire un rapport matériel pour un rapport de bogue : les périphériques PCI, les groupes IOMMU, les modules du noyau et la configuration, sans numéros de série, adresses MAC, nom d’hôte ni noms d’utilisateur.</translation>
    </message>
    <message>
        <source>Where to write the report (default: vfio-isolator-report.tar.gz).</source>
        <translation>Où écrire le rapport (par défaut : vfio-isolator-report.tar.gz).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2). Attach it to your bug report; &quot;vfio-isolator-cli list --root %1&quot; shows what it holds.</source>
        <translation>%1 écrit (%2). Joignez-le à votre rapport de bogue ; « vfio-isolator-cli list --root %1 » montre ce qu’il contient.</translation>
    </message>
</context>
<context>
    <name>vfio::cli::RevertCommand</name>
    <message>
        <source>Undo the last change (apply or enable-iommu): put back the files it replaced, rerun its tool.</source>
        <translation>Annuler la dernière modification (apply ou enable-iommu) : remettre en place les fichiers remplacés, relancer son outil.</translation>
    </message>
    <message>
        <source>Revert without asking for confirmation.</source>
        <translation>Annuler sans demander de confirmation.</translation>
    </message>
    <message>
        <source>Revert the last change?</source>
        <translation>Annuler la dernière modification ?</translation>
    </message>
</context>
<context>
    <name>vfio::cli::StatusCommand</name>
    <message>
        <source>Show what is configured now: devices, IDs, files, the last change.</source>
        <translation>Afficher ce qui est configuré actuellement : périphériques, ID, fichiers, dernière modification.</translation>
    </message>
    <message>
        <source>No device is reserved for vfio-pci by VFIO Isolator.</source>
        <translation>Aucun périphérique n&apos;est réservé à vfio-pci par VFIO Isolator.</translation>
    </message>
    <message>
        <source>Reserved: %1 [%2], bound by %3</source>
        <translation>Réservé : %1 [%2], lié par %3</translation>
    </message>
    <message>
        <source>Last change: %1 %2 (%3)</source>
        <translation>Dernière modification : %1 %2 (%3)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Système : %1</translation>
    </message>
    <message>
        <source>vfio-pci ids= in the configuration: %1</source>
        <translation>vfio-pci ids= dans la configuration : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>A change is in progress.</source>
        <translation>Une modification est en cours.</translation>
    </message>
</context>
<context>
    <name>vfio::cli::VerifyCommand</name>
    <message>
        <source>After a restart: check that every configured device is bound to vfio-pci, and say why not.</source>
        <translation>Après un redémarrage : vérifier que chaque périphérique configuré est lié à vfio-pci, et dire pourquoi sinon.</translation>
    </message>
    <message>
        <source>Print JSON instead of sentences.</source>
        <translation>Afficher du JSON au lieu de phrases.</translation>
    </message>
</context>
<context>
    <name>vfio::report</name>
    <message>
        <source>No temporary folder could be made (%1). Free some space in %2.</source>
        <translation>Aucun dossier temporaire n’a pu être créé (%1). Libérez de la place dans %2.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 n’a pas pu être lu (%2).</translation>
    </message>
    <message>
        <source>The report could not be written (%1).</source>
        <translation>Le rapport n’a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>%1 could not be created (%2). Choose a folder you may write to.</source>
        <translation>%1 n’a pas pu être créé (%2). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 n’a pas pu être remplacé.</translation>
    </message>
    <message>
        <source>%1 is not a hardware report of VFIO Isolator (%2). Make a new one with &quot;vfio-isolator-cli report&quot;.</source>
        <translation>%1 n’est pas un rapport matériel de VFIO Isolator (%2). Créez-en un nouveau avec « vfio-isolator-cli report ».</translation>
    </message>
    <message>
        <source>%1 lies outside %2/</source>
        <translation>%1 se trouve hors de %2/</translation>
    </message>
    <message>
        <source>the link %1 leads outside the report</source>
        <translation>le lien %1 mène hors du rapport</translation>
    </message>
    <message>
        <source>%1 is neither a file, a folder nor a link</source>
        <translation>%1 n’est ni un fichier, ni un dossier, ni un lien</translation>
    </message>
    <message>
        <source>it unpacks to more than 512 MiB</source>
        <translation>il se décompresse en plus de 512 Mio</translation>
    </message>
    <message>
        <source>The report could not be unpacked (%1).</source>
        <translation>Le rapport n’a pas pu être décompressé (%1).</translation>
    </message>
</context>
<context>
    <name>vfio::report::SnapshotFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 n’a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>The link %1 could not be created (%2).</source>
        <translation>Le lien %1 n’a pas pu être créé (%2).</translation>
    </message>
</context>
</TS>
