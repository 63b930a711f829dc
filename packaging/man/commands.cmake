# Writes a help2man include with the options of every xident command, from their own --help texts:
#   cmake -DXIDENT=<path to xident> -DOUT=<file.h2m> -DBASE=<xident.h2m> -P commands.cmake
# The commands come from xident's own command table ("xident help --commands", one per line).
execute_process(COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= "${XIDENT}" help --commands
                OUTPUT_VARIABLE listed RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR listed STREQUAL "")
    message(FATAL_ERROR "xident help --commands failed (${rc})")
endif()
string(STRIP "${listed}" listed)
string(REPLACE "\n" ";" commands "${listed}")
file(READ "${BASE}" text)
string(APPEND text "\n[COMMANDS IN DETAIL]\n")
foreach(command IN LISTS commands)
    separate_arguments(args UNIX_COMMAND "${command}")
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= "${XIDENT}" ${args} --help
                    OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR help STREQUAL "")
        message(FATAL_ERROR "xident ${command} --help failed (${rc})")
    endif()
    # roff: backslashes escaped, and no line may start with a control character.
    string(REPLACE "\\" "\\e" help "${help}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
    string(APPEND text ".SS \"xident ${command}\"\n.nf\n${help}.fi\n")
endforeach()
file(WRITE "${OUT}" "${text}")
