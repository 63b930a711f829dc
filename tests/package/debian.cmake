# Runs CPack's DEB generator on the build tree and checks the packages' contents and metadata.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND cpack -G DEB -B "${WORK_DIR}" --config "${BUILD_DIR}/CPackConfig.cmake"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc)
    message(FATAL_ERROR "cpack failed:\n${out}\n${err}")
endif()
file(GLOB runtime "${WORK_DIR}/xident-console_*.deb")
file(GLOB devel "${WORK_DIR}/libxident-qt-dev_*.deb")
if(NOT runtime OR NOT devel)
    message(FATAL_ERROR "expected xident-console and libxident-qt-dev packages in ${WORK_DIR}")
endif()

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

expect_in("${runtime}" -c "./usr/bin/xident" "./usr/bin/xident-sandbox" "libxident-qt6.so.0" "./usr/bin/xident-console"
    "./usr/share/applications/xident-console.desktop" "./usr/share/icons/hicolor/scalable/apps/xident-console.svg")
expect_in("${runtime}" -I "Package: xident-console" "Depends:" "libqt6core6" "libqt6network6" "libqt6widgets6"
    "libqt6keychain1" "libqrencode4" "libsecret-1-0")
expect_in("${devel}" -c "include/XidentQt/client.h" "include/XidentQt/webhook.h" "cmake/XidentQt/XidentQtConfig.cmake" "libxident-qt6.so")
expect_in("${devel}" -I "Package: libxident-qt-dev" "xident-console (= ")
message(STATUS "packages: ${runtime} ${devel}")
