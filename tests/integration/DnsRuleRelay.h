// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

/// A DNS server with the faults Knot itself never shows, for TestQtDnsResolver:
/// it relays UDP queries to Knot and its replies back, except that questions of
/// chosen types get a chosen RCODE instead (NOTIMP from a proxy that lacks TXT,
/// NOTAUTH...) or no answer at all. TCP on its port 53 is refused (like a firewall's REJECT), so a
/// truncated reply cannot be completed, or accepted and closed unanswered.
/// Runs in the test's event loop: QSignalSpy::wait() and QTRY_* turn it.
class DnsRuleRelay : public QObject
{
public:
    DnsRuleRelay(const QString &listen, const QString &upstream, QObject *parent = nullptr)
        : QObject(parent), m_listenAddress(listen), m_upstreamAddress(upstream)
    {
    }

    /// Answers every question of `qtype` (1 A, 16 TXT, 28 AAAA...) with `rcode`,
    /// or, with Drop, never answers it.
    void answerTypeWith(quint16 qtype, int rcode) { m_rules.insert(qtype, rcode); }
    static constexpr int Drop = 256;

    bool start(bool acceptTcp, QString *error)
    {
        if (!m_listen.bind(QHostAddress(m_listenAddress), 53) || !m_upstream.bind(QHostAddress::LocalHost, 0)) {
            *error = m_listen.errorString() + u' ' + m_upstream.errorString();
            return false;
        }
        if (acceptTcp) {
            m_tcp = new QTcpServer(this);
            if (!m_tcp->listen(QHostAddress(m_listenAddress), 53)) {
                *error = m_tcp->errorString();
                return false;
            }
            connect(m_tcp, &QTcpServer::newConnection, this, [this] {
                while (QTcpSocket *socket = m_tcp->nextPendingConnection())
                    socket->deleteLater();
            });
        }
        connect(&m_listen, &QUdpSocket::readyRead, this, [this] { onQuery(); });
        connect(&m_upstream, &QUdpSocket::readyRead, this, [this] { onReply(); });
        return true;
    }

private:
    void onQuery()
    {
        while (m_listen.hasPendingDatagrams()) {
            const QNetworkDatagram query = m_listen.receiveDatagram();
            QByteArray message = query.data();
            if (message.size() < 12)
                continue;
            const int rcode = m_rules.value(questionType(message), -1);
            if (rcode == Drop)
                continue;
            if (rcode >= 0) {
                message[2] = char(0x80 | (message.at(2) & 0x79)); // QR, opcode and RD kept, no AA, no TC
                message[3] = char(0x80 | rcode);                    // RA
                m_listen.writeDatagram(message, query.senderAddress(), quint16(query.senderPort()));
                continue;
            }
            const quint16 id = quint16(quint8(message.at(0)) << 8 | quint8(message.at(1)));
            m_clients.insert(id, {query.senderAddress(), quint16(query.senderPort())});
            m_upstream.writeDatagram(message, QHostAddress(m_upstreamAddress), 53);
        }
    }

    void onReply()
    {
        while (m_upstream.hasPendingDatagrams()) {
            const QByteArray reply = m_upstream.receiveDatagram().data();
            if (reply.size() < 12)
                continue;
            const quint16 id = quint16(quint8(reply.at(0)) << 8 | quint8(reply.at(1)));
            const auto client = m_clients.take(id);
            if (!client.first.isNull())
                m_listen.writeDatagram(reply, client.first, client.second);
        }
    }

    static quint16 questionType(const QByteArray &message)
    {
        int at = 12;
        while (at < message.size() && message.at(at) != 0)
            at += 1 + quint8(message.at(at));
        if (at + 2 >= message.size())
            return 0;
        return quint16(quint8(message.at(at + 1)) << 8 | quint8(message.at(at + 2)));
    }

    QString m_listenAddress;
    QString m_upstreamAddress;
    QUdpSocket m_listen;
    QUdpSocket m_upstream;
    QTcpServer *m_tcp = nullptr;
    QHash<quint16, int> m_rules;
    QHash<quint16, QPair<QHostAddress, quint16>> m_clients;
};
