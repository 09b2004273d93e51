#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The wizard's responsiveness through its own DNS stack (ctest -L bench):
#
#   tests/bench/run-wizard-responsiveness.sh BENCH_BINARY
#
# Writes a zone of 200 independent SPF trees (make-bench-zone.py) and runs
# BenchWizardResponsiveness::throughTheDnsStackAndADelayingProxy in a private
# namespace where Knot answers behind dns-delay-proxy, which adds 25 ms
# (TMEMS_DNS_DELAY_MS) to every answer on 127.0.0.1:53. Needs root (exits 77,
# "skipped", otherwise), like with-knot.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="${1:?usage: $0 BENCH_BINARY}"
work="$(mktemp -d /tmp/tmems-wizard-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/zones"
python3 "$here/make-bench-zone.py" "$work/zones" 200
"$here/with-delayed-knot.sh" "${TMEMS_DNS_DELAY_MS:-25}" "$work/zones" -- \
    "$binary" throughTheDnsStackAndADelayingProxy
