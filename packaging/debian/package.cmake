# CPack: a .deb for Debian 12 (`cpack -G DEB` in the build folder; configure with
# -DCMAKE_INSTALL_PREFIX=/usr). Library dependencies are computed from the binaries by
# dpkg-shlibdeps; the list below is what they load as plugins or start as processes.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME bva)
set(CPACK_PACKAGE_VENDOR "The BVA developers")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "sales analytics and restock plans for marketplace sellers")
# Debian shows the long description as written: lines stay under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION "\
BVA is a desktop analytics app for people who sell on several online
marketplaces. It connects Shopee-like and Lazada-like shops through each
marketplace's own consent page, keeps their products and orders in a local
database, receives the marketplaces' webhooks and shows live dashboards,
reports, inventory risk, demand forecasts, budget-aware restock plans and
promotion ideas.

This package holds the desktop app (bva), the headless server (bva-server)
with a systemd unit, and the forecasting command bva-forecast. Run
`bva --demo` to try it on two simulated marketplaces.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${BVA_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${BVA_WEBSITE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# SQL drivers, SVG icons and Chromium's helper process are loaded at run time, not linked.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, libqt6webenginecore6-bin")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, fonts-noto-color-emoji")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)
configure_file(${CMAKE_CURRENT_LIST_DIR}/conffiles.in ${CMAKE_CURRENT_BINARY_DIR}/deb/conffiles @ONLY)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/postinst ${CMAKE_CURRENT_LIST_DIR}/prerm ${CMAKE_CURRENT_LIST_DIR}/postrm
    ${CMAKE_CURRENT_BINARY_DIR}/deb/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# /etc and the systemd folder are outside the prefix only when it is /usr.
configure_file(${CMAKE_CURRENT_LIST_DIR}/cpack-check.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/cpack-check.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_BINARY_DIR}/cpack-check.cmake)
include(CPack)
