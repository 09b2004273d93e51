#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a benchmark against a DNS server with a fixed latency:
#
#   tests/bench/with-delayed-knot.sh DELAY_MS ZONEDIR -- COMMAND [ARG...]
#
# Inside the private namespace of tests/integration/with-knot.sh, knotd serves
# ZONEDIR on 127.0.0.2:53 and dns-delay-proxy answers on 127.0.0.1:53 (the
# address resolv.conf names, and the one to give --dns-server) DELAY_MS after
# Knot did. COMMAND sees TMEMS_DNS_DELAY_MS. With TMEMS_DNS_LOG=FILE the proxy
# appends one line per query to FILE (ms since start, name, type). Exits 77 (skip) where with-knot.sh does.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -ge 4 ] && [ "$3" = "--" ] || { echo "usage: $0 DELAY_MS ZONEDIR -- COMMAND [ARG...]" >&2; exit 2; }
delay="$1"
zonedir="$2"
shift 3

if [ -z "${TMEMS_DELAYED_INNER:-}" ]; then
    TMEMS_DELAYED_INNER=1 TMEMS_KNOT_LISTEN=127.0.0.2@53 \
        exec "$here/../integration/with-knot.sh" "$zonedir" -- "$0" "$delay" "$zonedir" -- "$@"
fi

log=()
[ -n "${TMEMS_DNS_LOG:-}" ] && log=(--log "$TMEMS_DNS_LOG")
python3 "$here/dns-delay-proxy" --listen 127.0.0.1:53 --upstream 127.0.0.2:53 --delay-ms "$delay" \
    --lifetime 3600 --idle 900 "${log[@]}" >/dev/null &
proxy_pid=$!
trap 'kill "$proxy_pid" 2>/dev/null || true; wait "$proxy_pid" 2>/dev/null || true' EXIT
zone="$(basename "$(ls "$zonedir"/*.zone | head -1)" .zone)"
for _ in $(seq 1 50); do
    kdig +timeout=1 +retry=0 @127.0.0.1 "$zone" SOA 2>/dev/null | grep -q "status: NOERROR" && break
    sleep 0.1
done
export TMEMS_DNS_DELAY_MS="$delay"
status=0
"$@" || status=$?
exit $status
