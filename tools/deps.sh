#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages that are missing (and nothing else).
#   tools/deps.sh run    what building and running the program needs
#   tools/deps.sh test   that plus what the test suite's validators and servers need
set -euo pipefail
cd "$(dirname "$0")/.."

run_pkgs=(cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-translations-l10n libqt6svg6 libgl-dev libfontconfig-dev
          fonts-noto-cjk fonts-dejavu-core)
# file + dpkg-dev: CPack's shlibdeps; xvfb/xauth/x11-apps/imagemagick: screenshots;
# poppler-utils: PDF checks; the rest are the real tools that check our snippets
# and the real DNS server the integration tests talk to.
test_pkgs=(file dpkg-dev desktop-file-utils appstream xvfb xauth x11-apps imagemagick poppler-utils
           nftables iptables firewalld ufw postfix knot knot-dnsutils iproute2 util-linux
           python3-spf spfquery)

want=("${run_pkgs[@]}")
[ "${1:-run}" = test ] && want+=("${test_pkgs[@]}")
# Node.js runs the PowerShell syntax checker; some images ship their own node
# (whose nodejs package conflicts with Debian's npm), so only add Debian's when absent.
if [ "${1:-run}" = test ] && ! command -v npm >/dev/null; then
    want+=(nodejs npm)
fi

missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -q
    # postfix asks questions on install; firewalld and knot must not start services on the host
    # (a knotd on the host's port 53 is useless to us: the integration tests start their own
    # inside a private network namespace). policy-rc.d exit 101 = "do not start services".
    # The tests only need firewall-offline-cmd. On a machine booted with systemd the
    # package would start the firewalld daemon and firewall the host itself; mask the
    # unit before it is installed so it never starts (undo: systemctl unmask firewalld).
    if printf '%s\n' "${missing[@]}" | grep -qx firewalld && [ -d /run/systemd/system ]; then
        $sudo systemctl mask firewalld.service >/dev/null 2>&1 || true
    fi
    policy=/usr/sbin/policy-rc.d
    added_policy=""
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
        $sudo chmod 755 "$policy"
        added_policy=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -q \
        --no-install-recommends "${missing[@]}" \
        || { [ -n "$added_policy" ] && $sudo rm -f "$policy"; exit 1; }
    if [ -n "$added_policy" ]; then $sudo rm -f "$policy"; fi
fi
