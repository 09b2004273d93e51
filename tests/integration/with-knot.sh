#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs COMMAND next to a real Knot DNS server, inside a private network (and
# mount) namespace, so that nothing on the host is touched or needed:
#
#   tests/integration/with-knot.sh ZONEDIR -- COMMAND [ARG...]
#
# Every ZONEDIR/<zone>.zone is served as <zone> by knotd on 127.0.0.1:53 (UDP and
# TCP, authoritative: real NXDOMAIN, NODATA, REFUSED outside its zones, SERVFAIL
# for a zone that fails to load). /etc/resolv.conf inside the namespace points at
# it, so the system resolver path works too. COMMAND sees TMEMS_KNOT_SERVER=127.0.0.1
# and TMEMS_KNOT_ZONES; its exit status is ours. knotd is stopped afterwards.
#
# TMEMS_KNOT_LISTEN=ADDR@PORT moves knotd elsewhere (the benchmarks put a
# delaying proxy on 127.0.0.1:53 in front of it); resolv.conf still says 127.0.0.1.
#
# Not root, or namespaces not permitted (a container without CAP_SYS_ADMIN), or
# knotd missing: prints why and exits 77, which CTest reports as "skipped"
# (SKIP_RETURN_CODE), never as a failure.
set -euo pipefail
SKIP=77

usage() { echo "usage: $0 ZONEDIR -- COMMAND [ARG...]" >&2; exit 2; }
[ $# -ge 3 ] && [ "$2" = "--" ] || usage
zonedir="$(cd "$1" && pwd)"
shift 2

if [ -z "${TMEMS_IN_KNOT_NS:-}" ]; then
    skip() { echo "SKIP: $* (the Knot integration tests need root and 'unshare -n -m'; run them as root, e.g. tools/test.sh in CI)"; exit $SKIP; }
    [ "$(id -u)" -eq 0 ] || skip "not running as root"
    command -v knotd >/dev/null || skip "knotd not installed (Debian package 'knot')"
    command -v ip >/dev/null || skip "ip not installed (Debian package 'iproute2')"
    unshare -n -m true 2>/dev/null || skip "unshare of network and mount namespaces is not permitted here"
    TMEMS_IN_KNOT_NS=1 exec unshare -n -m --propagation private -- "$0" "$zonedir" -- "$@"
fi

ip link set lo up
listen="${TMEMS_KNOT_LISTEN:-127.0.0.1@53}"
listen_addr="${listen%@*}"
listen_port="${listen#*@}"
work="$(mktemp -d /tmp/tmems-knot.XXXXXX)"
knot_pid=""
cleanup() {
    if [ -n "$knot_pid" ]; then
        kill "$knot_pid" 2>/dev/null || true
        wait "$knot_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

zones=()
for f in "$zonedir"/*.zone; do
    [ -e "$f" ] || continue
    zones+=("$(basename "$f" .zone)")
done
[ ${#zones[@]} -gt 0 ] || { echo "with-knot.sh: no *.zone files in $zonedir" >&2; exit 2; }

mkdir -p "$work/db" "$work/run"
{
    echo "server:"
    echo "    rundir: \"$work/run\""
    echo "    listen: $listen"
    echo "    udp-workers: 2"
    echo "    tcp-workers: 2"
    echo "    background-workers: 1"
    echo "database:"
    echo "    storage: \"$work/db\""
    echo "log:"
    echo "  - target: stderr"
    echo "    any: warning"
    echo "template:"
    echo "  - id: default"
    echo "    storage: \"$zonedir\""
    echo "    zonefile-sync: -1"
    echo "    zonefile-load: whole"
    echo "    journal-content: none"
    echo "    semantic-checks: off"
    echo "zone:"
    for z in "${zones[@]}"; do
        echo "  - domain: \"$z\""
        echo "    file: \"$zonedir/$z.zone\""
    done
} > "$work/knot.conf"

printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' > "$work/resolv.conf"
mount --bind "$work/resolv.conf" /etc/resolv.conf

knotd -c "$work/knot.conf" 2> "$work/knotd.log" &
knot_pid=$!

# Ready when it answers SOA for a zone that loaded (or after 10 s: give up).
ready=""
for _ in $(seq 1 100); do
    for z in "${zones[@]}"; do
        if kdig +timeout=1 +retry=0 -p "$listen_port" @"$listen_addr" "$z" SOA 2>/dev/null | grep -q "status: NOERROR"; then
            ready=1
            break 2
        fi
    done
    kill -0 "$knot_pid" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$ready" ]; then
    echo "with-knot.sh: knotd did not start; its log:" >&2
    cat "$work/knotd.log" >&2
    exit 1
fi

export TMEMS_KNOT_SERVER="$listen_addr" TMEMS_KNOT_ZONES="$zonedir"
status=0
"$@" || status=$?
exit $status
