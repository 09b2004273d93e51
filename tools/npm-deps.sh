#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The PowerShell syntax checker (tests/validators/pscheck.cjs) uses the
# tree-sitter PowerShell grammar as WebAssembly: no native build, no pwsh.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f tests/validators/package.json ] && [ ! -d tests/validators/node_modules ]; then
    (cd tests/validators && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
