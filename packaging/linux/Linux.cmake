# SPDX-License-Identifier: GPL-3.0-or-later
# Linux desktop integration and the DEB, RPM and TGZ packages. Included by packaging/Packaging.cmake.
set(PEERING_LINUX_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(PEERING_APP_ID "io.github.peeringdesk.PeeringDesk")
set(PEERING_GEN_DIR "${CMAKE_BINARY_DIR}/packaging/linux")
set(PEERING_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/${PROJECT_NAME}")

install(FILES "${PEERING_LINUX_DIR}/${PEERING_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PEERING_LINUX_DIR}/${PEERING_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# Icons: the SVG as is, plus PNGs at the usual hicolor sizes.
install(FILES "${PEERING_ICON_SVG}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${PEERING_APP_ID}.svg")
if(PEERING_CAN_RENDER_ICONS)
    set(render_args "")
    foreach(size 16 22 24 32 48 64 128 256 512)
        list(APPEND render_args ${size} "hicolor/${size}x${size}/apps/${PEERING_APP_ID}.png")
    endforeach()
    peering_render_icons(icon_files ${render_args})
    add_custom_target(peering_linux_icons ALL DEPENDS ${icon_files})
    install(DIRECTORY "${PEERING_ICON_DIR}/hicolor" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons")
endif()

# Man pages and the Debian changelog, compressed the way Debian policy wants (gzip -9n: no name, no time stamp).
set(gzipped "")
foreach(page peering-desk atlas-sandbox)
    configure_file("${PEERING_LINUX_DIR}/${page}.1.in" "${PEERING_GEN_DIR}/${page}.1" @ONLY)
    list(APPEND gzipped "${PEERING_GEN_DIR}/${page}.1")
endforeach()
configure_file("${PEERING_LINUX_DIR}/changelog.Debian" "${PEERING_GEN_DIR}/changelog" COPYONLY)
list(APPEND gzipped "${PEERING_GEN_DIR}/changelog")
set(gz_outputs "")
foreach(file ${gzipped})
    add_custom_command(OUTPUT "${file}.gz"
        COMMAND sh -c "gzip -9n -c \"$1\" > \"$1.gz\"" sh "${file}"
        DEPENDS "${file}"
        VERBATIM)
    list(APPEND gz_outputs "${file}.gz")
endforeach()
add_custom_target(peering_linux_docs ALL DEPENDS ${gz_outputs})
install(FILES "${PEERING_GEN_DIR}/peering-desk.1.gz" "${PEERING_GEN_DIR}/atlas-sandbox.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# License: Debian's machine-readable copyright file plus the full text under share/licenses (FHS-neutral,
# the place RPM distributions use), and the changelog.
install(FILES "${PEERING_LINUX_DIR}/copyright" "${PEERING_GEN_DIR}/changelog.gz" DESTINATION "${PEERING_DOC_DIR}")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/licenses/${PROJECT_NAME}")

# The packages use the system's Qt and QtKeychain, so the executables need no RUNPATH
# (qt_standard_project_setup() gives them $ORIGIN:$ORIGIN/../lib, which distributions reject).
set_target_properties(peering-desk atlas-sandbox PROPERTIES INSTALL_RPATH "")

set(CPACK_GENERATOR "DEB;TGZ")
find_program(PEERING_RPMBUILD rpmbuild)
if(PEERING_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
endif()
# DEB and RPM install under /usr (their CPACK_PACKAGING_INSTALL_PREFIX default); the .tar.gz is a relocatable
# tree (bin/, share/) to unpack under /usr/local or ~/.local.

# DEB. QtKeychain dlopen()s libsecret and Qt loads the SVG plugins at run time, so dpkg-shlibdeps cannot see
# either: they are declared by hand.
set(CPACK_DEBIAN_PACKAGE_NAME "${PROJECT_NAME}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | keepassxc, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM. Names are Fedora's. Build the RPM on the target distribution: the one built on Debian links Debian's Qt.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
# Requirements by soname, as rpm's own dependency generator writes them, so they hold on any RPM distribution.
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret-1.so.0()(64bit), libQt6Svg.so.6()(64bit)")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${PEERING_PACKAGE_CONTACT}")
set(CPACK_RPM_CHANGELOG_FILE "${PEERING_LINUX_DIR}/changelog.rpm")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/licenses /usr/share/doc)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
