# cmake -DTS_DIR=<repo>/translations -P check_translations.cmake
# Fails, naming each source text, when a .ts file has an unfinished entry or an empty plural form, or
# translates one source text two ways (one term per language across the app: a text that means two
# things gets a disambiguation, tr("From", "where a change came from")).
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
    # One <message> per chunk; CMake regexes do not span tags well, so split on the closing tag. A
    # list item ends at a semicolon and an unmatched bracket joins items: neither is left in the text.
    string(REPLACE ";" "<semicolon/>" text "${text}")
    string(REPLACE "[" "<open/>" text "${text}")
    string(REPLACE "]" "<close/>" text "${text}")
    string(REPLACE "</message>" ";" messages "${text}")
    foreach(message IN LISTS messages)
        if(message MATCHES "type=\"unfinished\"" OR message MATCHES "<numerusform></numerusform>"
           OR message MATCHES "<translation></translation>")
            string(REGEX MATCH "<source>[^<]*</source>" source "${message}")
            message(SEND_ERROR "${name}: not translated: ${source}")
            math(EXPR offences "${offences} + 1")
        endif()
        string(REGEX MATCH "<source>[^<]*</source>" source "${message}")
        if(NOT source)
            continue()
        endif()
        string(REGEX MATCH "<comment>[^<]*</comment>" comment "${message}")
        string(REGEX MATCH "<translation[^>]*>.*</translation>" translation "${message}")
        string(REGEX REPLACE "[ \t\r\n]+" " " translation "${translation}")
        string(MD5 key "${name}${source}${comment}")
        if(DEFINED seen_${key} AND NOT seen_${key} STREQUAL translation)
            message(SEND_ERROR "${name}: ${source} ${comment} is translated two ways: ${seen_${key}} and ${translation}")
            math(EXPR offences "${offences} + 1")
        endif()
        set(seen_${key} "${translation}")
    endforeach()
endforeach()
if(offences GREATER 0)
    message(FATAL_ERROR "${offences} text(s) not translated, or translated two ways")
endif()
list(LENGTH ts_files count)
message(STATUS "${count} translation files, every entry translated, one way")
