# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: the peering-desk.app bundle (Info.plist, .icns), macdeployqt, and a DMG (CPack DragNDrop).
# UNTESTED: written from the CMake/CPack and Qt documentation; it has never been built on macOS.
# Recipe: packaging/README.md. Needs Xcode command line tools (iconutil, hdiutil), Qt 6 and QtKeychain.
set(PEERING_MACOS_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(PEERING_MAC_GEN_DIR "${CMAKE_BINARY_DIR}/packaging/macos")

# Icon: an .iconset rendered from the SVG, turned into .icns by Apple's iconutil, copied into Resources.
if(PEERING_CAN_RENDER_ICONS)
    set(iconset "peering-desk.iconset")
    peering_render_icons(iconset_files
        16 "${iconset}/icon_16x16.png"     32 "${iconset}/icon_16x16@2x.png"
        32 "${iconset}/icon_32x32.png"     64 "${iconset}/icon_32x32@2x.png"
        128 "${iconset}/icon_128x128.png"  256 "${iconset}/icon_128x128@2x.png"
        256 "${iconset}/icon_256x256.png"  512 "${iconset}/icon_256x256@2x.png"
        512 "${iconset}/icon_512x512.png"  1024 "${iconset}/icon_512x512@2x.png")
    set(icns "${PEERING_MAC_GEN_DIR}/peering-desk.icns")
    add_custom_command(OUTPUT "${icns}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${PEERING_MAC_GEN_DIR}"
        COMMAND iconutil -c icns -o "${icns}" "${PEERING_ICON_DIR}/${iconset}"
        DEPENDS ${iconset_files}
        VERBATIM)
    target_sources(peering-desk PRIVATE "${icns}")
    set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()

set_target_properties(peering-desk PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${PEERING_MACOS_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.peeringdesk.PeeringDesk"
    MACOSX_BUNDLE_BUNDLE_NAME "Peering Desk"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "peering-desk.icns"
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later, Peering Desk contributors")

# macdeployqt copies Qt's frameworks and plugins and every non-system dylib the executable links
# (QtKeychain included) into the installed bundle, and rewrites their install names.
get_target_property(peering_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(peering_qt_bin "${peering_qmake}" DIRECTORY)
find_program(PEERING_MACDEPLOYQT macdeployqt HINTS "${peering_qt_bin}" REQUIRED)
install(CODE "
    execute_process(COMMAND \"${PEERING_MACDEPLOYQT}\" \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/peering-desk.app\"
                            -always-overwrite
                    COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Peering Desk")
set(CPACK_DMG_FORMAT "UDZO")
# A copy of the license next to the app in the DMG; the GPL needs no click-through agreement.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
