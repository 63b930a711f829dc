# Man pages, generated with help2man from each program's own --help and --version (and, for xident, every
# command's --help), plus a short include per page with its description, environment and exit status.
find_program(XIDENT_HELP2MAN help2man)
find_program(XIDENT_GZIP gzip)
if(NOT XIDENT_HELP2MAN OR NOT XIDENT_GZIP)
    message(WARNING "help2man or gzip not found: no man pages (Debian: apt-get install help2man)")
    return()
endif()
set(man_src ${CMAKE_CURRENT_LIST_DIR}/man)
set(man_dir ${CMAKE_BINARY_DIR}/man)
file(MAKE_DIRECTORY ${man_dir})
set(c_locale ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=)

add_custom_command(OUTPUT ${man_dir}/xident-full.h2m
    COMMAND ${CMAKE_COMMAND} -DXIDENT=$<TARGET_FILE:xident> -DOUT=${man_dir}/xident-full.h2m
            -DBASE=${man_src}/xident.h2m -P ${man_src}/commands.cmake
    DEPENDS xident ${man_src}/xident.h2m ${man_src}/commands.cmake
    COMMENT "Collecting the options of every xident command" VERBATIM)

set(pages)
set(programs xident xident-sandbox)
if(TARGET xident-console)
    list(APPEND programs xident-console)
endif()
foreach(page IN LISTS programs)
    set(include ${man_src}/${page}.h2m)
    if(page STREQUAL "xident")
        set(include ${man_dir}/xident-full.h2m)
    endif()
    add_custom_command(OUTPUT ${man_dir}/${page}.1.gz
        COMMAND ${c_locale} ${XIDENT_HELP2MAN} --no-info --section=1 --include=${include}
                --output=${man_dir}/${page}.1 $<TARGET_FILE:${page}>
        COMMAND ${XIDENT_GZIP} -9nf ${man_dir}/${page}.1
        DEPENDS ${page} ${include}
        COMMENT "Writing the man page of ${page}" VERBATIM)
    list(APPEND pages ${man_dir}/${page}.1.gz)
endforeach()
add_custom_target(xident-man-pages ALL DEPENDS ${pages})
install(FILES ${man_dir}/xident.1.gz ${man_dir}/xident-sandbox.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT Tools)
if(TARGET xident-console)
    install(FILES ${man_dir}/xident-console.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT Console)
endif()
