# cmake -DPROJECT=<build>/translations/.lupdate/<name>_project.cmake -DLUPDATE=<lupdate> -DGENERATE=<Qt's
#       GenerateLUpdateProject.cmake> -DLUPDATE_OPTIONS="..." -DWORK_DIR=<scratch dir> -P check_translations_current.cmake
# Fails, naming the file, when a .ts file is behind the sources: lupdate, run over copies of the files
# with the options `update_translations` uses, would add or drop an entry (a new or moved tr() text that
# would show in English however the language is set). Fix: `cmake --build <build> --target update_translations`.
cmake_minimum_required(VERSION 3.25)

include("${PROJECT}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
file(READ "${PROJECT}" project)
file(WRITE "${WORK_DIR}/project.cmake" "${project}\nset(lupdate_translations \"${copies}\")\n")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${WORK_DIR}/project.cmake -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATE}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project")
endif()
separate_arguments(options UNIX_COMMAND "${LUPDATE_OPTIONS}")
execute_process(COMMAND "${LUPDATE}" -project ${WORK_DIR}/project.json ${options}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${out}")
endif()
set(behind 0)
foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name "${ts}" NAME)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ts}" "${WORK_DIR}/${name}" RESULT_VARIABLE differs)
    if(differs)
        message(SEND_ERROR "translations/${name} is behind the sources (lupdate: ${out}); run the "
                           "update_translations target and translate the new entries")
        math(EXPR behind "${behind} + 1")
    endif()
endforeach()
if(behind GREATER 0)
    message(FATAL_ERROR "${behind} translation file(s) behind the sources")
endif()
message(STATUS "translation files match the sources")
