# xident-llhttp: Node's HTTP/1.1 parser, built from the generated C sources that Debian's node-llhttp package
# installs (/usr/share/llhttp/*.c and /usr/share/include/llhttp/llhttp.h); never copied into this repository.
# Strict mode (LLHTTP_STRICT_MODE=1, PUBLIC so the header the server includes agrees), position-independent,
# its own warnings off, its include folder SYSTEM so the project's strict warnings never apply to it.
set(XIDENT_LLHTTP_SOURCE_DIR "/usr/share/llhttp" CACHE PATH "Folder with llhttp's llhttp.c, api.c and http.c")
set(XIDENT_LLHTTP_INCLUDE_DIR "/usr/share/include/llhttp" CACHE PATH "Folder with llhttp.h")

set(_llhttp_sources)
foreach(file IN ITEMS llhttp.c api.c http.c)
    if(NOT EXISTS "${XIDENT_LLHTTP_SOURCE_DIR}/${file}")
        message(FATAL_ERROR "llhttp's ${file} is not in ${XIDENT_LLHTTP_SOURCE_DIR}: install Debian's package "
                            "node-llhttp (apt-get install node-llhttp), or set XIDENT_LLHTTP_SOURCE_DIR.")
    endif()
    list(APPEND _llhttp_sources "${XIDENT_LLHTTP_SOURCE_DIR}/${file}")
endforeach()
if(NOT EXISTS "${XIDENT_LLHTTP_INCLUDE_DIR}/llhttp.h")
    message(FATAL_ERROR "llhttp.h is not in ${XIDENT_LLHTTP_INCLUDE_DIR}: install Debian's package node-llhttp "
                        "(apt-get install node-llhttp), or set XIDENT_LLHTTP_INCLUDE_DIR.")
endif()

# The server is written against llhttp 8.1 (its strict mode, its callbacks and error codes).
file(STRINGS "${XIDENT_LLHTTP_INCLUDE_DIR}/llhttp.h" _llhttp_version_lines REGEX "#define LLHTTP_VERSION_(MAJOR|MINOR) ")
set(_llhttp_major "")
set(_llhttp_minor "")
foreach(line IN LISTS _llhttp_version_lines)
    if(line MATCHES "LLHTTP_VERSION_MAJOR ([0-9]+)")
        set(_llhttp_major "${CMAKE_MATCH_1}")
    elseif(line MATCHES "LLHTTP_VERSION_MINOR ([0-9]+)")
        set(_llhttp_minor "${CMAKE_MATCH_1}")
    endif()
endforeach()
if(NOT _llhttp_major STREQUAL "8" OR NOT _llhttp_minor STREQUAL "1")
    message(FATAL_ERROR "llhttp 8.1 is needed (Debian 12's node-llhttp); ${XIDENT_LLHTTP_INCLUDE_DIR}/llhttp.h is "
                        "version '${_llhttp_major}.${_llhttp_minor}'.")
endif()
message(STATUS "llhttp ${_llhttp_major}.${_llhttp_minor} from ${XIDENT_LLHTTP_SOURCE_DIR}")

add_library(xident-llhttp STATIC ${_llhttp_sources})
target_include_directories(xident-llhttp SYSTEM PUBLIC "${XIDENT_LLHTTP_INCLUDE_DIR}")
target_compile_definitions(xident-llhttp PUBLIC LLHTTP_STRICT_MODE=1)
target_compile_options(xident-llhttp PRIVATE -w)
set_target_properties(xident-llhttp PROPERTIES POSITION_INDEPENDENT_CODE ON C_STANDARD 99 C_EXTENSIONS OFF AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
