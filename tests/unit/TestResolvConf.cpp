// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResolvConf.h"

#include <QTemporaryDir>
#include <QTest>

/// The servers whose TCP QtDnsResolver checks when it uses the system
/// resolver: those glibc sends to, read as resolv.conf(5) describes.
class TestResolvConf final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nameservers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("servers");
        QTest::newRow("systemd-resolved stub")
            << QByteArray("# This is /run/systemd/resolve/stub-resolv.conf\nnameserver 127.0.0.53\noptions edns0 "
                          "trust-ad\nsearch example.jp\n")
            << QStringList{"127.0.0.53"};
        QTest::newRow("several, in order, tabs and spaces")
            << QByteArray("nameserver\t192.0.2.53\nnameserver   2001:db8::53  \nnameserver 198.51.100.53\n")
            << QStringList{"192.0.2.53", "2001:db8::53", "198.51.100.53"};
        // glibc reads the keyword only at the start of a line.
        QTest::newRow("indented line skipped")
            << QByteArray("  nameserver 192.0.2.1\n\tnameserver 192.0.2.2\nnameserver 192.0.2.3\n")
            << QStringList{"192.0.2.3"};
        QTest::newRow("at most three, as glibc")
            << QByteArray("nameserver 192.0.2.1\nnameserver 192.0.2.2\nnameserver 192.0.2.3\nnameserver 192.0.2.4\n")
            << QStringList{"192.0.2.1", "192.0.2.2", "192.0.2.3"};
        QTest::newRow("IPv6 zone kept") << QByteArray("nameserver fe80::1%eth0\n") << QStringList{"fe80::1%eth0"};
        QTest::newRow("comments and bad lines skipped")
            << QByteArray("#nameserver 192.0.2.9\n; nameserver 192.0.2.8\nnameserver dns.example\nnameserver\n"
                          "nameservers 192.0.2.7\nnameserver 192.0.2.10 # office\r\n")
            << QStringList{"192.0.2.10"};
        QTest::newRow("none listed: the local host") << QByteArray("search example.jp\n") << QStringList{"127.0.0.1"};
        QTest::newRow("empty") << QByteArray() << QStringList{"127.0.0.1"};
        QTest::newRow("binary") << QByteArray("\0\xff\nnameserver\0 192.0.2.1\n", 25) << QStringList{"127.0.0.1"};
    }
    void nameservers()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, servers);
        QCOMPARE(ResolvConf::nameservers(text), servers);
    }

    void systemNameserversReadsTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("resolv.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("nameserver 192.0.2.53\n");
        file.close();
        QCOMPARE(ResolvConf::systemNameservers(file.fileName()), QStringList{"192.0.2.53"});
        QCOMPARE(ResolvConf::systemNameservers(dir.filePath(QStringLiteral("missing"))), QStringList{"127.0.0.1"});
    }
};

QTEST_GUILESS_MAIN(TestResolvConf)
#include "TestResolvConf.moc"
