#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a tr() string is missing from the committed .ts files, when an
entry there is stale, when a Japanese (or English) entry is unfinished, or
when a count (%n) has no plural forms: a %n string lupdate did not see as
numerus (QT_TRANSLATE_NOOP instead of QT_TRANSLATE_N_NOOP), or an English
form that still says "(s)", would print "1 domain(s)" to the user.

usage: check-translations.py LUPDATE SOURCE_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, src = sys.argv[1], sys.argv[2]


def entries(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[(name, msg.findtext("source"), msg.findtext("comment"))] = (
                tr.get("type") if tr is not None else "unfinished")
    return out


def plural_problems(path, lang):
    found = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            if "%n" in source and msg.get("numerus") != "yes":
                found.append(f"{lang}: %n without plural forms (use the _N_ macro): {name}: {source!r}")
            forms = [f.text or "" for f in msg.iter("numerusform")]
            if lang == "en" and any("(s)" in f for f in forms):
                found.append(f"en: plural form still says (s): {name}: {source!r}")
    return found


failures = []
with tempfile.TemporaryDirectory() as tmp:
    dirs = [os.path.join(src, d) for d in ("app", "ui")]
    for lang in ("ja", "en"):
        committed = os.path.join(src, "translations", f"tmems-assistant_{lang}.ts")
        fresh = os.path.join(tmp, os.path.basename(committed))
        shutil.copy(committed, fresh)
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none",
                        "-extensions", "cpp,h,ui", *dirs, "-ts", fresh], check=True)
        before, after = entries(committed), entries(fresh)
        for key in sorted(set(after) - set(before), key=str):
            failures.append(f"{lang}: tr() string missing from {committed}: {key[0]}: {key[1]!r}")
        for key in sorted(set(before) - set(after), key=str):
            failures.append(f"{lang}: stale entry (no longer in the code): {key[0]}: {key[1]!r}")
        for key, state in sorted(after.items(), key=str):
            if key in before and state in ("unfinished", "vanished", "obsolete"):
                failures.append(f"{lang}: unfinished translation: {key[0]}: {key[1]!r}")
        failures += plural_problems(fresh, lang)

for f in failures:
    print(f)
print(f"{'FAIL' if failures else 'PASS'}: {len(failures)} translation problem(s)")
sys.exit(1 if failures else 0)
