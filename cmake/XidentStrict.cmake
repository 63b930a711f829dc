# One INTERFACE target carries the project's strict Qt hygiene and warnings.
# Every target of the project links it privately.
add_library(xident_strict INTERFACE)
add_library(Xident::strict ALIAS xident_strict)

target_compile_definitions(xident_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

target_compile_options(xident_strict INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)

if(XIDENT_WERROR)
    target_compile_options(xident_strict INTERFACE -Werror)
endif()

# Keep the strict target out of the exported package: consumers choose their own flags.

