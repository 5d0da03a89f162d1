# SPDX-License-Identifier: GPL-3.0-or-later
# Debian packages from the install components (`cpack -G DEB` in the build dir, tests/packaging/check-debs.sh):
#   vfio-isolator-helper  the privileged D-Bus service, its bus/polkit/systemd files (and PolkitQt6-1 privately
#                         where the system has no package of it: see src/helper/CMakeLists.txt)
#   vfio-isolator-cli     the command line
#   vfio-isolator         the GUI; depends on the helper
# Library dependencies come from dpkg-shlibdeps on the built binaries. Configure with
# -DCMAKE_INSTALL_PREFIX=/usr for packages (CPack installs below CPACK_PACKAGING_INSTALL_PREFIX, /usr).

set(VFIO_PACKAGE_COMPONENTS helper cli)
if(TARGET vfio-isolator)
    list(APPEND VFIO_PACKAGE_COMPONENTS gui)
endif()
if(VFIO_GUI_ONLY)
    set(VFIO_PACKAGE_COMPONENTS gui)
endif()

set(vfio_package_name_helper vfio-isolator-helper)
set(vfio_package_name_cli vfio-isolator-cli)
set(vfio_package_name_gui vfio-isolator)

# Debian wants the licence as /usr/share/doc/PACKAGE/copyright in each package.
foreach(component IN LISTS VFIO_PACKAGE_COMPONENTS)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE RENAME copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${vfio_package_name_${component}} COMPONENT ${component})
endforeach()

set(CPACK_PACKAGE_NAME vfio-isolator)
set(CPACK_PACKAGE_VENDOR "The VFIO Isolator developers")
set(CPACK_PACKAGE_CONTACT "The VFIO Isolator developers <vfio-isolator@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/vfio-isolator/vfio-isolator")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_COMPONENTS_ALL ${VFIO_PACKAGE_COMPONENTS})
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
if(VFIO_HELPER_PRIVATE_LIBDIR)
    # dpkg-shlibdeps looks there for the private PolkitQt6-1 the helper's RUNPATH names.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${CMAKE_INSTALL_PREFIX}/${VFIO_HELPER_PRIVATE_LIBDIR})
endif()

set(CPACK_DEBIAN_HELPER_PACKAGE_NAME ${vfio_package_name_helper})
set(CPACK_DEBIAN_HELPER_PACKAGE_DEPENDS "dbus, polkitd")
set(CPACK_DEBIAN_HELPER_DESCRIPTION "VFIO Isolator's privileged helper (D-Bus system service)
 The root part of VFIO Isolator: a D-Bus system service, started on demand, that writes the vfio-pci
 configuration and the kernel command line after polkit allowed the caller. The GUI (vfio-isolator),
 its Flatpak and the command line (vfio-isolator-cli) talk to it over the system bus.")
set(CPACK_DEBIAN_HELPER_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/resources/debian/postinst ${PROJECT_SOURCE_DIR}/resources/debian/postrm)
set(CPACK_DEBIAN_HELPER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLI_PACKAGE_NAME ${vfio_package_name_cli})
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS ${vfio_package_name_helper})
set(CPACK_DEBIAN_CLI_DESCRIPTION "Bind PCI devices to vfio-pci, safely (command line)
 vfio-isolator-cli lists IOMMU groups and devices, checks a machine for PCI passthrough, and previews,
 applies and reverts vfio-pci configuration through the vfio-isolator-helper service.")

set(CPACK_DEBIAN_GUI_PACKAGE_NAME ${vfio_package_name_gui})
# Besides the libraries dpkg-shlibdeps sees: the plugins Qt loads at run time, the platform (xcb, wayland)
# and the SVG image format (the tray's state icons).
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS
    "${vfio_package_name_helper} (= ${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}), qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_GUI_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_GUI_DESCRIPTION "Bind PCI devices to vfio-pci, safely
 VFIO Isolator takes you from \"I want to give this GPU to a virtual machine\" to \"the device is bound to
 vfio-pci at every boot\": IOMMU groups in plain words, the host's own devices kept, every file shown
 before it is written, and one-click undo.")

include(CPack)
