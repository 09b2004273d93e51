// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of `check` of one bench domain for any QDnsLookup program: asks
// the 12 questions of make-bench-zone.py's tree for domain argv[1], each level
// as soon as its parent's answer is in, at most 5 at once (Qt's pool), and
// exits on the last answer. It knows the names instead of reading records, so
// it does no SPF work at all. bench.py times it beside tmems-assistant: what
// tmems-assistant spends beyond it is the cost of its own code, measured in the
// same run, where the bound counts only 25 ms a round.
#include <QCoreApplication>
#include <QDnsLookup>

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <utility>

namespace {

using Question = std::pair<QDnsLookup::Type, QString>;

class TreeWalk
{
public:
    explicit TreeWalk(const QString &domain) : m_domain(domain)
    {
        m_waiting = {{QDnsLookup::TXT, domain}, {QDnsLookup::MX, domain}};
    }

    void pump()
    {
        while (m_running < 5 && !m_waiting.empty()) {
            const Question question = m_waiting.front();
            m_waiting.pop_front();
            auto *lookup = new QDnsLookup(question.first, question.second);
            QObject::connect(lookup, &QDnsLookup::finished, [this, lookup, question] {
                --m_running;
                ++m_answered;
                if (lookup->error() != QDnsLookup::NoError)
                    std::fprintf(stderr, "%s: %s\n", qPrintable(question.second), qPrintable(lookup->errorString()));
                lookup->deleteLater();
                queueChildren(question);
                if (m_answered == 12) {
                    std::fflush(stderr);
                    std::_Exit(0); // like tmems-assistant: no wait for Qt's pool threads
                }
                pump();
            });
            ++m_running;
            lookup->lookup();
        }
    }

private:
    /// The tree of make-bench-zone.py: dK -> i1..i4; i1 -> j1, h1; i2 -> j2, h2;
    /// i3 -> j3; i4 -> h3 (the h names are A lookups of a: mechanisms).
    void queueChildren(const Question &answered)
    {
        const QString &name = answered.second;
        const auto sub = [this](const char *label) { return QStringLiteral("%1.%2").arg(QLatin1String(label), m_domain); };
        if (name == m_domain && answered.first == QDnsLookup::TXT) {
            for (const char *label : {"i1", "i2", "i3", "i4"})
                m_waiting.push_back({QDnsLookup::TXT, sub(label)});
        } else if (name == sub("i1")) {
            m_waiting.push_back({QDnsLookup::TXT, sub("j1")});
            m_waiting.push_back({QDnsLookup::A, sub("h1")});
        } else if (name == sub("i2")) {
            m_waiting.push_back({QDnsLookup::TXT, sub("j2")});
            m_waiting.push_back({QDnsLookup::A, sub("h2")});
        } else if (name == sub("i3")) {
            m_waiting.push_back({QDnsLookup::TXT, sub("j3")});
        } else if (name == sub("i4")) {
            m_waiting.push_back({QDnsLookup::A, sub("h3")});
        }
    }

    QString m_domain;
    std::deque<Question> m_waiting;
    int m_running = 0;
    int m_answered = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s dK.bench.test\n", argv[0]);
        return 2;
    }
    TreeWalk walk(QString::fromLatin1(argv[1]));
    walk.pump();
    return app.exec();
}
