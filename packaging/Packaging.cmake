# SPDX-License-Identifier: GPL-3.0-or-later
# Installers and desktop integration (issue 8). Included once, at the end of the root CMakeLists.txt.
# Everything here reads the project's own name, version and description, so a release only bumps project().
#   Linux:   desktop file, AppStream metainfo, hicolor icons, man pages, license; CPack DEB, RPM and TGZ.
#   Windows: windeployqt + WiX (or NSIS) installer          (packaging/windows/Windows.cmake, untested)
#   macOS:   .app bundle with Info.plist, macdeployqt, DMG  (packaging/macos/MacOS.cmake, untested)
include(GNUInstallDirs)

set(PEERING_PACKAGE_CONTACT "Peering Desk contributors <peeringdesk@users.noreply.github.com>"
    CACHE STRING "Maintainer shown in the packages")
set(PEERING_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(PEERING_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/peering-desk.svg")
set(PEERING_ICON_DIR "${CMAKE_BINARY_DIR}/packaging/icons")

# Raster icons are rendered from the one SVG at build time, with Qt's own SVG renderer (qt6-svg-dev).
find_package(Qt6 6.4 QUIET COMPONENTS Svg)
if(TARGET Qt6::Svg)
    add_executable(peering-svg-render "${PEERING_PACKAGING_DIR}/tools/svg-render.cpp")
    target_link_libraries(peering-svg-render PRIVATE Qt6::Gui Qt6::Svg)
    peering_set_warnings(peering-svg-render)
    set(PEERING_CAN_RENDER_ICONS TRUE)
else()
    message(WARNING "Qt6 Svg development files not found (Debian: qt6-svg-dev): "
                    "the packages get only the scalable SVG icon, no PNG icons.")
    set(PEERING_CAN_RENDER_ICONS FALSE)
endif()

# peering_render_icons(<output variable> SIZE FILE [SIZE FILE ...]): files are relative to PEERING_ICON_DIR.
function(peering_render_icons out_var)
    set(args "")
    set(outputs "")
    set(pairs ${ARGN})
    while(pairs)
        list(POP_FRONT pairs size file)
        list(APPEND args ${size} "${PEERING_ICON_DIR}/${file}")
        list(APPEND outputs "${PEERING_ICON_DIR}/${file}")
    endwhile()
    add_custom_command(OUTPUT ${outputs}
        COMMAND ${CMAKE_COMMAND} -E make_directory "${PEERING_ICON_DIR}"
        COMMAND peering-svg-render "${PEERING_ICON_SVG}" ${args}
        DEPENDS peering-svg-render "${PEERING_ICON_SVG}"
        COMMENT "Rendering ${PEERING_ICON_SVG} to raster icons"
        VERBATIM)
    set(${out_var} ${outputs} PARENT_SCOPE)
endfunction()

# Common CPack settings.
set(CPACK_PACKAGE_NAME "${PROJECT_NAME}")
set(CPACK_PACKAGE_VENDOR "Peering Desk contributors")
set(CPACK_PACKAGE_CONTACT "${PEERING_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description, one line per list item (Debian and RPM want lines of at most 80 characters).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Peering Desk creates MongoDB Atlas network peering connections for AWS,"
    "Azure and Google Cloud from a form. It checks every field as you type,"
    "sends the request only when the form is valid, and shows the created"
    "peering or every part of the error Atlas returned. The API key is kept in"
    "the system keychain only."
    "A built-in sandbox (also available as atlas-sandbox) imitates Atlas on this"
    "computer, so every flow can be tried without an Atlas account.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Peering Desk")
set(CPACK_PACKAGE_EXECUTABLES "peering-desk" "Peering Desk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_PACKAGE_CHECKSUM SHA256)

if(WIN32)
    include("${PEERING_PACKAGING_DIR}/windows/Windows.cmake")
elseif(APPLE)
    include("${PEERING_PACKAGING_DIR}/macos/MacOS.cmake")
else()
    include("${PEERING_PACKAGING_DIR}/linux/Linux.cmake")
endif()

include(CPack)
