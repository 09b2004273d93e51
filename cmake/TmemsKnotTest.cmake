# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests that talk to a real DNS server: each runs under
# tests/integration/with-knot.sh, i.e. in its own network namespace with knotd
# serving ZONES (default tests/integration/zones) on 127.0.0.1:53. Where that is
# impossible (not root, no namespaces) the script exits 77 and CTest reports
# the test as skipped, with the reason in its output.
#
#   tmems_add_knot_test(NAME SOURCES a.cpp... LIBS tmems_core... [ZONES dir] [LABELS ...] [TIMEOUT s])
#       a QtTest executable (QTEST_GUILESS_MAIN), run under Knot
#   tmems_add_knot_command(NAME COMMAND prog args... [ZONES dir] [LABELS ...] [TIMEOUT s])
#       any command (a script, the tmems-assistant binary, a benchmark), run under Knot
set(TMEMS_WITH_KNOT "${PROJECT_SOURCE_DIR}/tests/integration/with-knot.sh")
set(TMEMS_KNOT_ZONES "${PROJECT_SOURCE_DIR}/tests/integration/zones")

function(tmems_add_knot_command name)
    cmake_parse_arguments(T "" "ZONES;TIMEOUT" "COMMAND;LABELS" ${ARGN})
    if(NOT T_ZONES)
        set(T_ZONES "${TMEMS_KNOT_ZONES}")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 180)
    endif()
    if(NOT T_LABELS)
        set(T_LABELS integration)
    endif()
    add_test(NAME ${name} COMMAND "${TMEMS_WITH_KNOT}" "${T_ZONES}" -- ${T_COMMAND})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${TMEMS_TEST_ENV}" TIMEOUT ${T_TIMEOUT}
                         LABELS "${T_LABELS}" SKIP_RETURN_CODE 77)
endfunction()

function(tmems_add_knot_test name)
    cmake_parse_arguments(T "" "ZONES;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE ${T_LIBS} Qt6::Test)
    target_compile_definitions(${name} PRIVATE TMEMS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    set(extra)
    if(T_ZONES)
        list(APPEND extra ZONES "${T_ZONES}")
    endif()
    if(T_TIMEOUT)
        list(APPEND extra TIMEOUT ${T_TIMEOUT})
    endif()
    if(T_LABELS)
        list(APPEND extra LABELS ${T_LABELS})
    endif()
    tmems_add_knot_command(${name} COMMAND $<TARGET_FILE:${name}> ${extra})
endfunction()
