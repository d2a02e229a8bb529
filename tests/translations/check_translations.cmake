# cmake -DTS_DIR=<repo>/translations -P check_translations.cmake
# Fails, naming each source text, when a .ts file has an unfinished entry or an empty plural form.
# New strings reach the files with `cmake --build build/release --target update_translations`.
cmake_minimum_required(VERSION 3.25)

file(GLOB ts_files ${TS_DIR}/*.ts)
if(NOT ts_files)
    message(FATAL_ERROR "no .ts files in ${TS_DIR}")
endif()
set(offences 0)
foreach(ts IN LISTS ts_files)
    file(READ ${ts} text)
    get_filename_component(name ${ts} NAME)
    # One <message> per chunk; CMake regexes do not span tags well, so split on the closing tag.
    string(REPLACE "</message>" ";" messages "${text}")
    foreach(message IN LISTS messages)
        if(message MATCHES "type=\"unfinished\"" OR message MATCHES "<numerusform></numerusform>"
           OR message MATCHES "<translation></translation>")
            string(REGEX MATCH "<source>[^<]*</source>" source "${message}")
            message(SEND_ERROR "${name}: not translated: ${source}")
            math(EXPR offences "${offences} + 1")
        endif()
    endforeach()
endforeach()
if(offences GREATER 0)
    message(FATAL_ERROR "${offences} text(s) not translated")
endif()
list(LENGTH ts_files count)
message(STATUS "${count} translation files, every entry translated")
