# Debian packages through CPack: `cpack -G DEB` in a build directory makes, the Debian way,
#   libxident-qt6-N    the shared library (named after its SONAME, libxident-qt6.so.N; N is XIDENT_SOVERSION)
#   libxident-qt6-dev  headers and the CMake package for find_package(XidentQt)
#   xident-console     the desktop console, with its desktop entry, metainfo, icons and man page
#   xident-tools       the xident command and the xident-sandbox server, with their man pages
# and `cpack -G TGZ` a tarball of the same install tree. Packages for distribution are configured with
# -DXIDENT_HMAC_BACKEND=openssl: only Debian's own packages may be needed at run time.
set(CPACK_PACKAGE_NAME "xident")
set(CPACK_PACKAGE_VENDOR "Xident Console authors")
set(CPACK_PACKAGE_CONTACT "Xident Console authors <maintainers@xident-console.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Tools and Qt 6 SDK for the Xident verification API")
set(library_package libxident-qt6-${XIDENT_SOVERSION})
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

set(CPACK_COMPONENTS_ALL Library Devel Console Tools)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://xident.io/")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The library package carries its shlibs file and an ldconfig trigger (not ldconfig calls in scripts).
set(deb_control ${CMAKE_BINARY_DIR}/packaging/debian)
file(MAKE_DIRECTORY ${deb_control})
file(WRITE ${deb_control}/shlibs "libxident-qt6 ${XIDENT_SOVERSION} ${library_package} (>= ${PROJECT_VERSION})\n")
file(WRITE ${deb_control}/triggers "activate-noawait ldconfig\n")
# CPack also writes postinst and postrm scripts that call ldconfig; lintian warns about them
# (packaging/lintian.md says why that warning is kept).
set(CPACK_DEBIAN_LIBRARY_PACKAGE_CONTROL_EXTRA "${deb_control}/shlibs;${deb_control}/triggers")
set(CPACK_DEBIAN_LIBRARY_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Every package has its copyright and changelog in /usr/share/doc/<package>, as Debian policy asks.
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.in ${deb_control}/changelog @ONLY)
execute_process(COMMAND gzip -9nc ${deb_control}/changelog OUTPUT_FILE ${deb_control}/changelog.gz)
foreach(component_package Library:${library_package} Devel:libxident-qt6-dev Console:xident-console Tools:xident-tools)
    string(REPLACE ":" ";" pair "${component_package}")
    list(GET pair 0 component)
    list(GET pair 1 package)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright ${deb_control}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()
set(library_dep "${library_package} (= ${PROJECT_VERSION})")
# dpkg-shlibdeps runs in each component's staging folder: the library's is next to it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "../Library/usr/${CMAKE_INSTALL_LIBDIR}")

set(CPACK_DEBIAN_LIBRARY_PACKAGE_NAME "${library_package}")
set(CPACK_DEBIAN_LIBRARY_PACKAGE_SECTION "libs")
set(CPACK_COMPONENT_LIBRARY_DESCRIPTION "Qt 6 client library for the Xident verification API
Async jobs with retries and backoff, session result models, and webhook
signature verification for the Xident age and identity verification API.")

set(CPACK_DEBIAN_DEVEL_PACKAGE_NAME "libxident-qt6-dev")
set(CPACK_DEBIAN_DEVEL_PACKAGE_SECTION "libdevel")
set(CPACK_DEBIAN_DEVEL_PACKAGE_DEPENDS "${library_dep}, qt6-base-dev (>= 6.4)")
set(CPACK_COMPONENT_DEVEL_DESCRIPTION "Qt 6 client library for the Xident verification API (development files)
Headers and the CMake package (find_package(XidentQt)) of the Qt 6 client
library: async jobs with retries, result models and webhook verification.")

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME "xident-console")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION "utils")
# Loaded at run time, so shlibdeps cannot see them: the SQLite driver, the platform plugins, the SVG
# icon engine, and libsecret (QtKeychain opens it).
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "${library_dep}, libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, libsecret-1-0")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "qt6-translations-l10n, xident-tools")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION "desktop console for the Xident verification API
Xident Console creates verification sessions, watches them to their
outcome and explains each result; it judges webhook signatures, receives
webhooks in a local inbox and logs every HTTP exchange. It runs against an
embedded sandbox server out of the box.")

set(CPACK_DEBIAN_TOOLS_PACKAGE_NAME "xident-tools")
set(CPACK_DEBIAN_TOOLS_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_TOOLS_PACKAGE_DEPENDS "${library_dep}")
set(CPACK_COMPONENT_TOOLS_DESCRIPTION "command-line tool and local sandbox for the Xident verification API
The xident command creates verification sessions, reads their results and
checks webhook signatures. xident-sandbox is a local Xident-compatible
server with a hosted-widget simulator, signed webhooks and fault injection.")

include(CPack)
