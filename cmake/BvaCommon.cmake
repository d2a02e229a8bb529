# One INTERFACE target carries the language level, warnings and Qt strictness for every BVA target.
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

set(CMAKE_AUTOMOC ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(bva_common INTERFACE)
target_compile_features(bva_common INTERFACE cxx_std_20)
target_compile_options(bva_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
# The warnings that catch references into temporaries (QStringBuilder in braced lists and `auto`,
# returned locals) are errors in every build: each was a crash before.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(bva_common INTERFACE -Werror=range-loop-construct -Werror=dangling-pointer
                           -Werror=return-local-addr -Werror=return-type)
elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(bva_common INTERFACE -Werror=range-loop-construct -Werror=return-stack-address
                           -Werror=dangling -Werror=dangling-gsl -Werror=return-type)
endif()
target_compile_definitions(bva_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
