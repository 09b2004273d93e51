// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

/// The DNS servers the system resolver (glibc's libresolv, which QDnsLookup uses
/// on Unix) sends queries to, as resolv.conf(5) lists them. QtDnsResolver checks
/// that they take DNS over TCP before it reads an empty reply as "no records"
/// (see QtDnsResolver.cpp).
namespace ResolvConf {

/// glibc reads at most this many "nameserver" lines (MAXNS).
inline constexpr int MaxNameservers = 3;

/// The addresses of the "nameserver" lines of `text`, in order, at most
/// MaxNameservers, an IPv6 zone ("%eth0") kept; none listed means the local
/// host, as glibc assumes. Lines glibc would skip (comments, bad addresses) are
/// skipped.
QStringList nameservers(const QByteArray &text);

/// nameservers() of /etc/resolv.conf (or of `path`); an unreadable file gives
/// the local host, as it does to glibc.
QStringList systemNameservers(const QString &path = QStringLiteral("/etc/resolv.conf"));

} // namespace ResolvConf
