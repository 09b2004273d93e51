#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Small helpers for the Qt Linguist .ts files (run `cmake --build build --target
update_translations` first so the .ts files list every tr() string).

  ts-tool.py fill-en translations/tmems-assistant_en.ts
      English is the source language: mark every unfinished entry finished, the
      source as its translation (both plural forms for %n strings; write proper
      singular/plural forms with `apply`, which fill-en then leaves alone).
  ts-tool.py apply translations/tmems-assistant_ja.ts ja.json
      ja.json: {"Context": {"source text": "翻訳" or ["plural form"]}}; fills those entries.
  ts-tool.py merge translations/tmems-assistant_ja.ts other_ja.ts
      copies finished translations from another version of the file (after a git merge).
  ts-tool.py unfinished translations/tmems-assistant_ja.ts
      prints every unfinished entry as JSON in the form `apply` takes; exit 1 if any.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def save(tree, path):
    root = tree.getroot()
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def set_translation(msg, value):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    if msg.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value if isinstance(value, str) else value[0]
    if "type" in tr.attrib:
        del tr.attrib["type"]


def translation_of(msg):
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    if msg.get("numerus") == "yes":
        return [n.text or "" for n in tr.findall("numerusform")]
    return tr.text or ""


def main():
    cmd, path = sys.argv[1], sys.argv[2]
    tree = load(path)
    if cmd == "fill-en":
        for _, msg in messages(tree):
            if translation_of(msg) is not None:
                continue  # keep reviewed English plural forms
            src = msg.findtext("source")
            set_translation(msg, [src, src] if msg.get("numerus") == "yes" else src)
        save(tree, path)
    elif cmd == "apply":
        table = json.load(open(sys.argv[3], encoding="utf-8"))
        missing = {(c, s) for c, d in table.items() for s in d}
        for ctx, msg in messages(tree):
            src = msg.findtext("source")
            if ctx in table and src in table[ctx]:
                set_translation(msg, table[ctx][src])
                missing.discard((ctx, src))
        save(tree, path)
        for c, s in sorted(missing):
            print(f"not in the .ts file: {c}: {s!r}", file=sys.stderr)
    elif cmd == "merge":
        other = load(sys.argv[3])
        known = {}
        for ctx, msg in messages(other):
            t = translation_of(msg)
            if t is not None:
                known[(ctx, msg.findtext("source"), msg.findtext("comment"))] = t
        for ctx, msg in messages(tree):
            key = (ctx, msg.findtext("source"), msg.findtext("comment"))
            if translation_of(msg) is None and key in known:
                set_translation(msg, known[key])
        save(tree, path)
    elif cmd == "unfinished":
        out = {}
        for ctx, msg in messages(tree):
            if translation_of(msg) is None:
                out.setdefault(ctx, {})[msg.findtext("source")] = ""
        print(json.dumps(out, ensure_ascii=False, indent=2))
        sys.exit(1 if out else 0)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
