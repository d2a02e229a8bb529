# Where an installed BVA lives (GNUInstallDirs), and the names the desktop knows it by.
include(GNUInstallDirs)

# The project has no domain of its own yet. Its reverse-DNS id (desktop entry, AppStream component,
# icon and Wayland app id) and its web address (AppStream links and screenshots) are reserved
# example names until it has one; see docs/packaging.md before publishing a package.
set(BVA_APP_ID "com.example.bva" CACHE STRING "Reverse-DNS application id (desktop entry, AppStream, icon)")
set(BVA_WEBSITE "https://bva.example.com" CACHE STRING "Project web site; AppStream screenshots are under /screenshots/")

# bva-clone is a helper of `bva --demo`, not a command: it goes in libexec, and bva finds it there
# relative to its own folder, so the install stays relocatable and names no build folder.
set(BVA_INSTALL_LIBEXECDIR "${CMAKE_INSTALL_LIBEXECDIR}/bva")
file(RELATIVE_PATH BVA_CLONE_DIR_FROM_BIN "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_LIBEXECDIR}/bva")
