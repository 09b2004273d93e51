#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb and .tar.gz with CPack and inspects them as a packager would.
# usage: check-packages.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
src="$2"
for tool in cpack dpkg-deb dpkg-shlibdeps file desktop-file-validate; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (tools/deps.sh test installs it)"; exit 77; }
done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
fail=0
check() { if eval "$2"; then echo "PASS: $1"; else echo "FAIL: $1"; fail=1; fi; }

check "desktop file is valid" 'desktop-file-validate "$src/resources/desktop/tmems-assistant.desktop"'

(cd "$build" && cpack -G "DEB;TGZ" -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb="$(ls "$out"/*.deb)"
tgz="$(ls "$out"/*.tar.gz)"
info="$(dpkg-deb -I "$deb")"
contents="$(dpkg-deb -c "$deb")"
echo "$info" | sed 's/^/  /'

check "package name" 'grep -q "Package: tmems-assistant" <<<"$info"'
check "architecture" 'grep -q "Architecture: $(dpkg --print-architecture)" <<<"$info"'
depends="$(grep '^ Depends:' <<<"$info")"
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 fonts-noto-cjk qt6-translations-l10n libc6 libstdc++6; do
    check "Depends names $dep" 'grep -q "$dep" <<<"$depends"'
done
check "binary in /usr/bin" 'grep -qE "\./usr/bin/tmems-assistant$" <<<"$contents"'
check "GUI module in a private library directory" 'grep -qE "\./usr/lib/(.*/)?tmems-assistant/libtmems-assistant-gui\.so$" <<<"$contents"'
check "DNS module in a private library directory" 'grep -qE "\./usr/lib/(.*/)?tmems-assistant/libtmems-assistant-dns\.so$" <<<"$contents"'
check "desktop file" 'grep -q "./usr/share/applications/tmems-assistant.desktop" <<<"$contents"'
check "icon" 'grep -q "./usr/share/icons/hicolor/scalable/apps/tmems-assistant.svg" <<<"$contents"'
check "no build-tree paths" '! grep -q "/work/\|CMakeFiles" <<<"$contents"'

mkdir "$out/x"
dpkg-deb -x "$deb" "$out/x"
check "packaged binary is an ELF executable" 'file "$out/x/usr/bin/tmems-assistant" | grep -q ELF'
check "packaged binary runs" '"$out/x/usr/bin/tmems-assistant" --version | grep -q "^tmems-assistant "'
check "packaged binary has its catalog" '"$out/x/usr/bin/tmems-assistant" ranges --added-only | grep -qx "15.168.56.0/25"'
# `report` and the wizard live in the GUI module: the installed binary must find it.
check "packaged binary loads its GUI module (report)" '"$out/x/usr/bin/tmems-assistant" report --help | grep -q -- "--output"'
# QDnsLookup is in the DNS module: `check` from the package must load it. Usually
# nothing listens on 127.0.0.9 (a DNS failure, exit 3); a resolver bound to all
# addresses may answer. Either way not the module complaint (exit 2).
dns_status=0
dns_out="$("$out/x/usr/bin/tmems-assistant" check example.jp --dns-server 127.0.0.9 --timeout 1000 2>&1)" || dns_status=$?
check "packaged binary loads its DNS module (check)" '[ "$dns_status" != 2 ] && ! grep -q "cannot load" <<<"$dns_out"'
# The wizard from the package: still up after 3 s (timeout ends it with 124) and no
# complaint about its module.
wizard_status=0
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" \
    timeout 3 "$out/x/usr/bin/tmems-assistant" >"$out/wizard.log" 2>&1 || wizard_status=$?
check "packaged binary opens the wizard (GUI module found)" '[ "$wizard_status" = 124 ] && ! grep -q "cannot load" "$out/wizard.log"'
check "Depends of the GUI module are there" 'grep -q "libqt6widgets6" <<<"$depends"'
mkdir "$out/alone"
cp "$out/x/usr/bin/tmems-assistant" "$out/alone/"
missing="$("$out/alone/tmems-assistant" report --help 2>&1 >/dev/null; echo "exit $?")"
check "without its module: a clear message and exit 2" 'grep -q "cannot load the wizard and report module" <<<"$missing" && grep -q "exit 2" <<<"$missing"'
missing_dns="$("$out/alone/tmems-assistant" check example.jp --lang en 2>&1 >/dev/null; echo "exit $?")"
check "without its DNS module: check says so and exits 2" 'grep -q "cannot load the DNS module" <<<"$missing_dns" && grep -q "exit 2" <<<"$missing_dns"'
check "without its modules, ranges still works" '"$out/alone/tmems-assistant" ranges --added-only | grep -qx "15.168.56.0/25"'
listing="$(tar tzf "$tgz")" # not piped into grep -q: with pipefail, tar's SIGPIPE would fail the check
check "tarball has the binary" 'grep -q "/bin/tmems-assistant$" <<<"$listing"'
check "tarball has the GUI module" 'grep -q "/tmems-assistant/libtmems-assistant-gui.so$" <<<"$listing"'
check "tarball has the DNS module" 'grep -q "/tmems-assistant/libtmems-assistant-dns.so$" <<<"$listing"'
exit $fail
