# SPDX-License-Identifier: GPL-3.0-or-later
# Where the system's services look for our files: the D-Bus system bus policy (system.d) and activation files
# (system-services), polkit's actions and systemd's system units. Each comes from a pkg-config variable of
# dbus-1, polkit-gobject-1 or systemd, made relative to the install prefix when it starts with the prefix that
# package reports (so `cmake --install --prefix` and DESTDIR staging keep working); without pkg-config's
# answer, the usual place below the prefix. Each is a cache variable a distribution can set:
# VFIO_DBUS_SYSTEM_CONF_DIR, VFIO_DBUS_SYSTEM_SERVICES_DIR, VFIO_POLKIT_ACTIONS_DIR, VFIO_SYSTEMD_SYSTEM_UNIT_DIR.

# OUT: MODULE's VARIABLE (with SUFFIX appended), relative to the prefix where it can be, or FALLBACK.
function(vfio_system_directory out module variable suffix fallback)
    if(DEFINED CACHE{${out}})
        return()
    endif()
    set(dir "")
    set(module_prefix "")
    pkg_check_modules(vfio_dirs_${module} QUIET ${module})
    if(vfio_dirs_${module}_FOUND)
        pkg_get_variable(dir ${module} ${variable})
        pkg_get_variable(module_prefix ${module} prefix)
    endif()
    # systemd on Debian 12 says /lib/systemd/system; with a merged /usr (/lib a link to usr/lib) that is the
    # prefix's lib/systemd/system, which keeps the files below the prefix (a real /lib in a DESTDIR would
    # clash with the link on the target system).
    if(dir MATCHES "^/lib/(.*)$" AND IS_SYMLINK /lib AND module_prefix STREQUAL "/usr")
        set(dir "/usr/lib/${CMAKE_MATCH_1}")
    endif()
    if(dir STREQUAL "")
        set(dir ${fallback})
    elseif(module_prefix AND dir MATCHES "^${module_prefix}/(.*)$")
        set(dir ${CMAKE_MATCH_1}${suffix})
    else()
        set(dir ${dir}${suffix})
    endif()
    set(${out} ${dir} CACHE PATH "Install directory (relative: below CMAKE_INSTALL_PREFIX) from ${module}'s ${variable}")
    message(STATUS "${out}: ${dir}")
endfunction()

# dbus-1.pc names no variable for system.d: it is datadir/dbus-1/system.d, which dbus-daemon reads.
vfio_system_directory(VFIO_DBUS_SYSTEM_CONF_DIR dbus-1 datadir /dbus-1/system.d
    ${CMAKE_INSTALL_DATADIR}/dbus-1/system.d)
vfio_system_directory(VFIO_DBUS_SYSTEM_SERVICES_DIR dbus-1 system_bus_services_dir ""
    ${CMAKE_INSTALL_DATADIR}/dbus-1/system-services)
vfio_system_directory(VFIO_POLKIT_ACTIONS_DIR polkit-gobject-1 policydir "" ${CMAKE_INSTALL_DATADIR}/polkit-1/actions)
vfio_system_directory(VFIO_SYSTEMD_SYSTEM_UNIT_DIR systemd systemdsystemunitdir "" lib/systemd/system)
