#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""`tmems-assistant check` end to end: the real binary, QDnsLookup, and Knot
serving tests/integration/check-zones on 127.0.0.1 (run under with-knot.sh).

usage: check-cli.py TMEMS_ASSISTANT_BINARY
"""
import json
import os
import shutil
import subprocess
import sys
import time

binary = sys.argv[1]
failures = []


def run(*args, timeout=60):
    started = time.monotonic()
    p = subprocess.run([binary, "check", *args], capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr, time.monotonic() - started


def wait_for_udp_listener(address, port, limit_s=15):
    """Returns once a socket listens on address:port (UDP), as /proc/net/udp shows.
    A fixed pause was not enough for the delaying proxy, a Python program, when
    the parallel test run kept both cores busy: the query came first and failed."""
    a, b, c, d = (int(x) for x in address.split("."))
    local = f"{d:02X}{c:02X}{b:02X}{a:02X}:{port:04X}"
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        with open("/proc/net/udp") as table:
            if any(line.split()[1] == local for line in table.readlines()[1:]):
                return
        time.sleep(0.02)
    raise SystemExit(f"FAIL the delaying proxy did not listen on {address}:{port} within {limit_s} s")


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def domains(*names, extra=()):
    code, out, err, _ = run(*names, "--dns-server", "127.0.0.1", "--json", "--lang", "en", *extra)
    try:
        doc = json.loads(out)
    except ValueError:
        print(out, err)
        raise
    return code, {d["domain"]: d for d in doc["domains"]}, doc


# A domain on each TMEmS site, told apart by its MX suffix.
sites = ["jp", "us", "eu", "anz", "sg", "in", "uae"]
code, found, doc = domains(*[f"{s}.check.test" for s in sites])
check(set(doc) == {"tool", "catalog", "domains"}, "document has tool, catalog, domains")
check(code == 1, f"exit 1 when the Japan domain needs action (got {code})")
for s in sites:
    dc = found[f"{s}.check.test"]["datacenter"]
    check(dc["id"] == s and dc["detectedFrom"] == "mx", f"{s}.check.test detected as {s} from MX (got {dc})")
jp = found["jp.check.test"]["spf"]
check(jp["lookups"] == 6 and jp["proposedLookups"] == 1, "legacy include: 6 lookups, Japan include: 1")
check(jp["proposedRecord"] == "v=spf1 include:spf.tmems-jp.trendmicro.com -all", "proposed record")
check(found["us.check.test"]["spf"]["proposedRecord"] is None, "US site: no proposal")
check([a["code"] for a in found["us.check.test"]["actions"]] == ["no-change-needed"], "US site: no change needed")

code, found, _ = domains("us.check.test", "eu.check.test")
check(code == 0, f"exit 0 when nothing needs changing (got {code})")

# The realistic tree: the legacy include pushes it over 10, the Japan one brings it back.
code, found, _ = domains("over10.check.test")
spf = found["over10.check.test"]["spf"]
check(spf["status"] == "permerror" and spf["lookups"] == 13, f"over 10: permerror, 13 lookups (got {spf['status']}, {spf['lookups']})")
check(spf["proposedLookups"] == 8, f"over 10: 8 lookups after the change (got {spf['proposedLookups']})")
check("too-many-lookups" in [p["code"] for p in spf["problems"]], "over 10: too-many-lookups")
check({c["authorized"] for c in found["over10.check.test"]["coverage"]} == {"none"},
      "over 10: no Japan range passes (the limit cuts in first)")

# CNAME in front of the SPF record; IDN; NXDOMAIN.
code, found, _ = domains("cname.check.test", "例え.test", "missing.check.test")
c = found["cname.check.test"]
check(c["spf"]["status"] == "ok" and c["spf"]["tmemsInclude"] == "jp", "CNAME in front of the record is followed")
check(c["datacenter"]["id"] == "jp", "CNAME: MX found through it")
check({x["authorized"] for x in c["coverage"]} == {"full"}, "CNAME: every Japan range passes")
idn = found.get("xn--r8jz45g.test")
check(idn is not None and idn["input"] == "例え.test" and idn["datacenter"]["id"] == "jp", "IDN domain sent as A-label")
check(idn is not None and idn["spf"]["tmemsInclude"] == "legacy", "IDN domain: legacy include found")
m = found["missing.check.test"]
check("domain-not-found" in [p["code"] for p in m["spf"]["problems"]], "NXDOMAIN: domain-not-found")

# Bad input served by a real server: clear findings, never a wrong pass.
code, found, _ = domains("loop.check.test", "binary.check.test", "long.check.test", "nest.check.test",
                         "macro.check.test")
check("include-loop" in [p["code"] for p in found["loop.check.test"]["spf"]["problems"]], "include loop")
b = found["binary.check.test"]["spf"]
check(b["status"] == "permerror" and "\\x01" in b["record"], "binary TXT: permerror, bytes shown escaped")
lg = found["long.check.test"]["spf"]
check(lg["status"] == "ok" and len(lg["record"]) > 4000, "4,000-character record read whole (TCP)")
n = found["nest.check.test"]["spf"]
check(n["status"] == "permerror" and n["lookups"] == 51, f"50 nested includes: 51 lookups (got {n['lookups']})")
check({x["authorized"] for x in found["nest.check.test"]["coverage"]} == {"none"}, "50 nested: no false pass")
check(found["macro.check.test"]["spf"]["status"] == "ok", "huge macro: analysed")

# A dead DNS server: exit 3, within the time limits.
code, out, err, took = run("jp.check.test", "--dns-server", "127.0.0.2", "--timeout", "1000", "--lang", "en")
check(code == 3, f"dead DNS server: exit 3 (got {code})")
check(took < 20, f"dead DNS server: finished in {took:.1f} s")

# A silent DNS server (every packet dropped): the answer comes within the
# 1 s query time limit and the process ends right after it, although
# libresolv holds each of Qt's query threads for its own ~10 s.
if shutil.which("iptables") and subprocess.run(["iptables", "-A", "INPUT", "-d", "127.0.0.4", "-j", "DROP"]).returncode == 0:
    code, out, err, took = run("jp.check.test", "--dns-server", "127.0.0.4", "--timeout", "1000", "--lang", "en")
    check(code == 3 and "No answer from the DNS server (127.0.0.4) for jp.check.test within 1 second." in out,
          f"silent DNS server: exit 3, said so (got {code}: {out[:300]})")
    check(took < 5, f"silent DNS server: ended {took:.1f} s after start (query limit 1 s; libresolv's own 10 s must not show)")
else:
    print("skip silent DNS server: iptables is not available here (tools/deps.sh test installs it)")

# A slow DNS server (every answer 1.5 s late, through the benchmarks' delaying
# proxy): --timeout 8000 must be what decides, not the 1 s that this
# namespace's resolv.conf gives libresolv (options timeout:1 attempts:1).
proxy_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench", "dns-delay-proxy")
proxy = subprocess.Popen([sys.executable, proxy_path, "--listen", "127.0.0.5:53", "--upstream", "127.0.0.1:53",
                          "--delay-ms", "1500", "--lifetime", "120"], stdout=subprocess.DEVNULL)
try:
    wait_for_udp_listener("127.0.0.5", 53)
    code, out, err, took = run("jp.check.test", "--dns-server", "127.0.0.5", "--timeout", "8000", "--json", "--lang", "en")
    slow = json.loads(out)["domains"][0]["spf"] if out else {}
    check(code == 1 and slow.get("status") == "ok", f"slow DNS server within --timeout: answered (got {code}, {slow.get('status')}, {err[:200]})")
finally:
    proxy.kill()
    proxy.wait()

# Replies QDnsLookup (Qt 6.4) reports like NODATA but which are failures: an
# include delegated away from the --dns-server asked, and a record too large
# for UDP where TCP is refused. Both are "DNS failure" (temperror), never a
# missing include target or a missing record.
code, found, _ = domains("referral.check.test")
r = found["referral.check.test"]["spf"]
codes = [p["code"] for p in r["problems"]]
check(r["status"] == "temperror" and "dns-failure" in codes and "include-target-missing" not in codes,
      f"include delegated elsewhere: temperror, dns-failure (got {r['status']}, {codes})")
# A domain that exists only through a wildcard A record, without SPF: "no SPF
# record", shown by the wildcard's records and the top-level domain's NXDOMAIN.
code, found, _ = domains("host.wild.check.test")
w = found["host.wild.check.test"]["spf"]
check(w["status"] == "none" and [p["code"] for p in w["problems"]] == ["no-spf-record"],
      f"domain under a wildcard without SPF: no-spf-record (got {w['status']}, {[p['code'] for p in w['problems']]})")
proxy = subprocess.Popen([sys.executable, proxy_path, "--listen", "127.0.0.6:53", "--upstream", "127.0.0.1:53",
                          "--delay-ms", "0", "--no-tcp", "--lifetime", "120"], stdout=subprocess.DEVNULL)
try:
    wait_for_udp_listener("127.0.0.6", 53)
    code, out, err, took = run("long.check.test", "jp.check.test", "--dns-server", "127.0.0.6", "--json", "--lang", "en")
    found = {d["domain"]: d for d in json.loads(out)["domains"]} if out else {}
    lg = found.get("long.check.test", {}).get("spf", {})
    codes = [p["code"] for p in lg.get("problems", [])]
    check(code == 3 and lg.get("status") == "temperror" and "no-spf-record" not in codes
          and "TCP" in json.dumps(lg),
          f"record too large for UDP, TCP refused: temperror, said why (got {code}, {lg.get('status')}, {codes})")
    check(found.get("jp.check.test", {}).get("spf", {}).get("status") == "ok", "small records still read over UDP")
finally:
    proxy.kill()
    proxy.wait()

# Japanese terminal output.
code, out, err, _ = run("jp.check.test", "--dns-server", "127.0.0.1", "--lang", "ja")
check(code == 1 and "日本データセンター" in out and "必須" in out and "受信サーバ" in out, "Japanese output")

# Bad input: exit 2, nothing checked.
code, out, err, _ = run("not a domain", "--dns-server", "127.0.0.1", "--lang", "en")
check(code == 2 and "not a domain" in err and out == "", "bad domain: exit 2 naming the input")

print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
