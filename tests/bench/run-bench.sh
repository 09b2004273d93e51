#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The issue 3 speed benchmarks (ctest -L bench, or by hand):
#
#   tests/bench/run-bench.sh spf|check-one|check-many|all [bench.py options]
#
# Writes a zone of 300 independent SPF trees (make-bench-zone.py), installs
# mailauth from package-lock.json if needed (--ignore-scripts), and runs bench.py
# in a private namespace: Knot behind dns-delay-proxy adding 25 ms per answer
# on 127.0.0.1:53. Needs root (exits 77, "skipped", otherwise), like with-knot.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
which="${1:?usage: $0 spf|check-one|check-many|all [options]}"
shift
if [ ! -x "$here/node_modules/.bin/mailauth" ]; then
    (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
work="$(mktemp -d /tmp/tmems-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/zones"
python3 "$here/make-bench-zone.py" "$work/zones" 300
: > "$work/queries.log"
TMEMS_DNS_LOG="$work/queries.log" "$here/with-delayed-knot.sh" "${TMEMS_DNS_DELAY_MS:-25}" "$work/zones" -- \
    python3 "$here/bench.py" "$which" "$@"
