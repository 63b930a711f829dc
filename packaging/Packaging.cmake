# Debian packages through CPack: `cpack -G DEB` in a build directory makes
#   xident-console      the desktop console, the xident CLI, the xident-sandbox server and the shared library
#   libxident-qt-dev    headers and the CMake package for find_package(XidentQt)
set(CPACK_PACKAGE_NAME "xident-console")
set(CPACK_PACKAGE_VENDOR "Xident Console authors")
set(CPACK_PACKAGE_CONTACT "Xident Console authors <maintainers@xident-console.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Tools and Qt 6 SDK for the Xident verification API")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL Runtime Devel)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://api.xident.io")

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME "xident-console")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION "utils")
# QtKeychain opens libsecret at run time, so shlibdeps cannot see it: name it.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION "Xident Console is a desktop console that creates verification sessions,
watches them to their outcome and explains each result. The xident command creates verification sessions, reads their results and
checks webhook signatures. xident-sandbox is a local Xident-compatible server
with a hosted-widget simulator, signed webhooks and fault injection.")

set(CPACK_DEBIAN_DEVEL_PACKAGE_NAME "libxident-qt-dev")
set(CPACK_DEBIAN_DEVEL_PACKAGE_SECTION "libdevel")
set(CPACK_DEBIAN_DEVEL_PACKAGE_DEPENDS "xident-console (= ${PROJECT_VERSION}), qt6-base-dev (>= 6.4)")
set(CPACK_DEBIAN_DEVEL_DESCRIPTION "Development files of the Xident-Qt client library.
Headers and the CMake package (find_package(XidentQt)) of the Qt 6 client
library: async jobs with retries, result models and webhook verification.")

include(CPack)
