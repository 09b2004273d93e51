#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the program (the wizard, or the
# command line when arguments are given: tools/run.sh ranges --added-only).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)"
exec build/app/tmems-assistant "$@"
