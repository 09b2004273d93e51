# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: .deb and .tar.gz for Linux. Windows and macOS installers live under installer/.
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/tmems-assistant.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/tmems-assistant.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME "tmems-assistant")
set(CPACK_PACKAGE_VENDOR "TMEmS Migration Assistant developers")
set(CPACK_PACKAGE_CONTACT "TMEmS Migration Assistant developers <tmems-assistant@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Japanese PDF reports need a CJK font; QWizard's Japanese buttons come from qtbase_ja.qm;
# the window icon is an SVG, drawn by the SVG icon engine plugin in libqt6svg6.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, qt6-translations-l10n, libqt6svg6")
include(CPack)
