# xident_add_catalog(<target> <catalog>): the catalog translations/<catalog>_{en,de,fr}.ts of <target>'s sources,
# compiled at build time into its resources as :/i18n/<catalog>_<lang>.qm. English is there for its plural
# forms. `cmake --build <dir> --target <target>_lupdate` brings the catalog up to date with the sources.
# A static library's resources need Q_INIT_RESOURCE(<catalog>_i18n) (dashes as underscores) before use.
function(xident_add_catalog target catalog)
    set(ts)
    foreach(lang IN ITEMS en de fr)
        list(APPEND ts ${PROJECT_SOURCE_DIR}/translations/${catalog}_${lang}.ts)
    endforeach()
    qt_add_lupdate(${target} TS_FILES ${ts} OPTIONS -no-obsolete -locations none)
    qt_add_lrelease(${target} TS_FILES ${ts} QM_FILES_OUTPUT_VARIABLE qm_files)
    set(qrc "<RCC>\n  <qresource prefix=\"/i18n\">\n")
    foreach(qm IN LISTS qm_files)
        get_filename_component(name "${qm}" NAME)
        string(APPEND qrc "    <file alias=\"${name}\">${qm}</file>\n")
    endforeach()
    string(APPEND qrc "  </qresource>\n</RCC>\n")
    string(REPLACE "-" "_" resource "${catalog}_i18n")
    file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/${resource}.qrc "${qrc}")
    set_target_properties(${target} PROPERTIES AUTORCC ON)
    target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${resource}.qrc)
endfunction()
