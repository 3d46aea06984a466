# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: icon and version resource, windeployqt, and a WiX (default) or NSIS installer.
# UNTESTED: written from the CMake/CPack and Qt documentation; it has never been built on Windows.
# Recipe: packaging/README.md. Needs CMake >= 3.25, Qt 6 for MSVC, QtKeychain built against it, WiX 3.x
# (candle/light on PATH) or NSIS 3.
set(PEERING_WINDOWS_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(PEERING_WIN_GEN_DIR "${CMAKE_BINARY_DIR}/packaging/windows")

# Icon: a 256 px .ico rendered from the SVG (Qt's ico image plugin); embedded through the resource file.
if(PEERING_CAN_RENDER_ICONS)
    peering_render_icons(ico_files 256 "peering-desk.ico")
    add_custom_target(peering_windows_icon DEPENDS ${ico_files})
    add_dependencies(peering-desk peering_windows_icon)
    set(PEERING_ICO "${PEERING_ICON_DIR}/peering-desk.ico")
    configure_file("${PEERING_WINDOWS_DIR}/peering-desk.rc.in" "${PEERING_WIN_GEN_DIR}/peering-desk.rc" @ONLY)
    target_sources(peering-desk PRIVATE "${PEERING_WIN_GEN_DIR}/peering-desk.rc")
    set_source_files_properties("${PEERING_WIN_GEN_DIR}/peering-desk.rc" PROPERTIES OBJECT_DEPENDS "${PEERING_ICO}")
endif()

# QtKeychain is not a Qt module, so windeployqt does not copy it: install its DLL next to the executable.
install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
# The MSVC runtime, for machines without the redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# windeployqt copies the Qt DLLs and plugins (platforms, styles, imageformats incl. svg, iconengines, tls)
# the installed executable needs. It runs on the staged install, so it works for cmake --install and CPack.
get_target_property(peering_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(peering_qt_bin "${peering_qmake}" DIRECTORY)
find_program(PEERING_WINDEPLOYQT windeployqt HINTS "${peering_qt_bin}" REQUIRED)
install(CODE "
    set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    execute_process(COMMAND \"${PEERING_WINDEPLOYQT}\" --release --no-compiler-runtime --no-opengl-sw
                            --no-system-d3d-compiler --no-translations \"\${bin}/peering-desk.exe\"
                    COMMAND_ERROR_IS_FATAL ANY)
")

# WiX needs the license as .txt or .rtf.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PEERING_WIN_GEN_DIR}/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${PEERING_WIN_GEN_DIR}/LICENSE.txt")
set(CPACK_GENERATOR "WIX;ZIP")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Peering Desk")

# WiX: keep this GUID forever; it is how an upgrade finds the installed version.
set(CPACK_WIX_UPGRADE_GUID "ff017706-c092-4b2b-9a0d-6f54d0eb1e6e")
set(CPACK_WIX_PRODUCT_ICON "${PEERING_ICO}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Peering Desk")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}/issues")

# NSIS, for `cpack -G NSIS` instead of WiX.
set(CPACK_NSIS_DISPLAY_NAME "Peering Desk")
set(CPACK_NSIS_PACKAGE_NAME "Peering Desk")
set(CPACK_NSIS_MUI_ICON "${PEERING_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${PEERING_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\peering-desk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
