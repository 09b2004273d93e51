// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up floor of any QDnsLookup program: loads QtCore and QtNetwork,
// builds the QCoreApplication and a QDnsLookup, and exits. bench.py times it
// beside tmems-assistant so the reports can say how much of a whole-process
// figure is Qt's own loading, which no code of ours can remove.
#include <QCoreApplication>
#include <QDnsLookup>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QDnsLookup lookup(QDnsLookup::TXT, QStringLiteral("example.invalid"));
    return lookup.isFinished() ? 1 : 0;
}
