#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages that are missing (and nothing else).
#   tools/deps.sh run    what building and running the program needs
#   tools/deps.sh test   that plus what the test suite's validators and servers need
set -euo pipefail
cd "$(dirname "$0")/.."

run_pkgs=(cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-translations-l10n libgl-dev
          fonts-noto-cjk)
# file + dpkg-dev: CPack's shlibdeps; xvfb/xauth/x11-apps/imagemagick: screenshots;
# poppler-utils: PDF checks; the rest are the real tools that check our snippets
# and the real DNS server the integration tests talk to.
test_pkgs=(file dpkg-dev desktop-file-utils appstream xvfb xauth x11-apps imagemagick poppler-utils
           nftables iptables firewalld ufw postfix knot knot-dnsutils iproute2 util-linux
           python3-spf spfquery nodejs npm)

want=("${run_pkgs[@]}")
[ "${1:-run}" = test ] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -q
    # The tests only need firewall-offline-cmd. On a machine booted with systemd the
    # package would start the firewalld daemon and firewall the host itself; mask the
    # unit before it is installed so it never starts (undo: systemctl unmask firewalld).
    if printf '%s\n' "${missing[@]}" | grep -qx firewalld && [ -d /run/systemd/system ]; then
        $sudo systemctl mask firewalld.service >/dev/null 2>&1 || true
    fi
    # postfix asks questions on install; firewalld and knot must not start services on the host.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
