#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds twice (plain, and with AddressSanitizer +
# UndefinedBehaviorSanitizer) and runs the whole test suite in both.
# Any failure or sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh test
tools/npm-deps.sh
jobs="$(nproc)"
status=0
for variant in plain asan; do
    dir="build-tests-$variant"
    flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
    [ "$variant" = asan ] && flags=(-DCMAKE_BUILD_TYPE=Debug -DTMEMS_SANITIZE=ON)
    echo "== $variant build =="
    cmake -S . -B "$dir" -G Ninja "${flags[@]}" >/dev/null
    cmake --build "$dir" --parallel "$jobs"
    echo "== $variant tests =="
    (cd "$dir" && ctest --output-on-failure --parallel "$jobs" --label-exclude bench) || status=1
done
exit $status
