// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolvConf.h"

#include "IpNetwork.h"

#include <QFile>

namespace ResolvConf {

QStringList nameservers(const QByteArray &text)
{
    QStringList servers;
    for (const QByteArray &line : text.split('\n')) {
        // As glibc: the keyword at the very start of the line, then a blank.
        if (!line.startsWith("nameserver ") && !line.startsWith("nameserver\t"))
            continue;
        const QByteArray value = line.mid(int(sizeof("nameserver"))).simplified().split(' ').value(0);
        // An IPv6 link-local server carries its interface: "fe80::1%eth0".
        const int percent = value.indexOf('%');
        const QString address = QString::fromLatin1(percent < 0 ? value : value.left(percent));
        if (!IpAddress::parse(address))
            continue;
        servers.append(QString::fromLatin1(value));
        if (servers.size() == MaxNameservers)
            break;
    }
    if (servers.isEmpty())
        servers.append(QStringLiteral("127.0.0.1"));
    return servers;
}

QStringList systemNameservers(const QString &path)
{
    QFile file(path);
    // resolv.conf is a few lines; a bound keeps a strange file from costing much.
    if (!file.open(QIODevice::ReadOnly))
        return nameservers({});
    return nameservers(file.read(64 * 1024));
}

} // namespace ResolvConf
