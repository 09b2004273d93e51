# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# tmems_add_program_module(TARGET SOURCES...): one of the modules the executable
# loads when needed (PrivateModule): built beside the executable, where it is
# looked for first, exporting only its entry points, installed in the private
# library directory (beside the executable on Windows).
function(tmems_add_program_module target)
    add_library(${target} MODULE ${ARGN})
    set_target_properties(${target} PROPERTIES
        CXX_VISIBILITY_PRESET hidden
        LIBRARY_OUTPUT_DIRECTORY ${TMEMS_PROGRAM_OUTPUT_DIR}
        RUNTIME_OUTPUT_DIRECTORY ${TMEMS_PROGRAM_OUTPUT_DIR})
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        # Not every symbol of the static libraries inside: a smaller dynamic
        # symbol table loads faster.
        target_link_options(${target} PRIVATE -Wl,--exclude-libs,ALL)
    endif()
    install(TARGETS ${target} LIBRARY DESTINATION ${TMEMS_MODULE_INSTALL_DIR}
                              RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endfunction()
