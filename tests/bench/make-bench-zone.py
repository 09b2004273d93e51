#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes OUTDIR/bench.test.zone: N domains d0..d{N-1}.bench.test, each with its
own SPF tree of exactly 10 DNS-querying terms in 3 levels of DNS queries, and
an MX at the Japan data center. Trees share nothing, so every domain costs the
same queries and the cache cannot hide any of them.

  level 1   dK            TXT  include:i1 include:i2 include:i3 include:i4 -all  (+ MX dK)
  level 2   i1..i4.dK     TXT  i1: include:j1 a:h1   i2: include:j2 a:h2
                               i3: include:j3         i4: a:h3 ip4:198.51.100.128/25
  level 3   j1..j3.dK     TXT  ip4 only;   h1..h3.dK  A
  terms: 4 + 2 + 2 + 1 + 1 = 10. No term matches the benchmark's client
  192.0.2.99, so every term is evaluated and the result is "fail".
"""
import sys

LEVELS = [1, 4, 6]  # DNS queries per level for the SPF tree of one domain


def domain_records(k):
    d = f"d{k}"
    yield f'{d} TXT "v=spf1 include:i1.{d}.bench.test include:i2.{d}.bench.test ' \
          f'include:i3.{d}.bench.test include:i4.{d}.bench.test -all"'
    yield f"{d} MX 10 {d}-bench-test.in.tmems-jp.trendmicro.com."
    yield f'i1.{d} TXT "v=spf1 include:j1.{d}.bench.test a:h1.{d}.bench.test -all"'
    yield f'i2.{d} TXT "v=spf1 include:j2.{d}.bench.test a:h2.{d}.bench.test -all"'
    yield f'i3.{d} TXT "v=spf1 include:j3.{d}.bench.test -all"'
    yield f'i4.{d} TXT "v=spf1 a:h3.{d}.bench.test ip4:198.51.100.128/25 -all"'
    for j in (1, 2, 3):
        yield f'j{j}.{d} TXT "v=spf1 ip4:198.51.100.{j}/32 -all"'
        yield f"h{j}.{d} A 203.0.113.{j}"


def main():
    outdir, count = sys.argv[1], int(sys.argv[2])
    with open(f"{outdir}/bench.test.zone", "w") as f:
        f.write("$ORIGIN bench.test.\n$TTL 300\n")
        f.write("@ SOA ns.bench.test. hostmaster.bench.test. 1 3600 600 86400 300\n")
        f.write("@ NS ns\nns A 127.0.0.1\n")
        for k in range(count):
            for record in domain_records(k):
                f.write(record + "\n")


if __name__ == "__main__":
    main()
