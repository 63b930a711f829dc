# Runs CPack's DEB generator on the build tree and checks the packages' contents and metadata.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND cpack -G DEB -B "${WORK_DIR}" --config "${BUILD_DIR}/CPackConfig.cmake"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc)
    message(FATAL_ERROR "cpack failed:\n${out}\n${err}")
endif()
set(lib libxident-qt6-${SOVERSION})
foreach(pkg ${lib} libxident-qt6-dev xident-console xident-tools)
    file(GLOB found "${WORK_DIR}/${pkg}_*.deb")
    if(NOT found)
        message(FATAL_ERROR "expected a ${pkg} package in ${WORK_DIR}")
    endif()
    if(pkg STREQUAL lib)
        set(library_deb "${found}")
    else()
        string(REPLACE "-" "_" var "${pkg}")
        set(${var} "${found}")
    endif()
endforeach()

function(expect_in deb what)
    execute_process(COMMAND dpkg-deb ${what} "${deb}" OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
    if(rc)
        message(FATAL_ERROR "dpkg-deb ${what} ${deb} failed")
    endif()
    foreach(needle IN LISTS ARGN)
        string(FIND "${listing}" "${needle}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "${deb} (${what}) lacks \"${needle}\":\n${listing}")
        endif()
    endforeach()
endfunction()

expect_in("${library_deb}" -c "libxident-qt6.so.${SOVERSION}")
expect_in("${library_deb}" -I "Package: ${lib}" "Section: libs" "libqt6core6" "libqt6network6")
expect_in("${xident_tools}" -c "./usr/bin/xident" "./usr/bin/xident-sandbox" "./usr/share/man/man1/xident.1.gz"
    "./usr/share/man/man1/xident-sandbox.1.gz")
expect_in("${xident_tools}" -I "Package: xident-tools" "${lib} (= ")
expect_in("${xident_console}" -c "./usr/bin/xident-console" "./usr/share/applications/io.xident.Console.desktop"
    "./usr/share/metainfo/io.xident.Console.metainfo.xml" "./usr/share/icons/hicolor/scalable/apps/io.xident.Console.svg"
    "./usr/share/icons/hicolor/16x16/apps/io.xident.Console.png" "./usr/share/icons/hicolor/256x256/apps/io.xident.Console.png"
    "./usr/share/man/man1/xident-console.1.gz")
expect_in("${xident_console}" -I "Package: xident-console" "${lib} (= " "libqt6widgets6" "libqt6keychain1"
    "libqrencode4" "libsecret-1-0" "libqt6sql6-sqlite" "qt6-qpa-plugins" "libqt6svg6")
expect_in("${libxident_qt6_dev}" -c "include/XidentQt/client.h" "include/XidentQt/webhook.h"
    "cmake/XidentQt/XidentQtConfig.cmake" "libxident-qt6.so")
expect_in("${libxident_qt6_dev}" -I "Package: libxident-qt6-dev" "${lib} (= ")
message(STATUS "packages: ${library_deb} ${libxident_qt6_dev} ${xident_console} ${xident_tools}")
