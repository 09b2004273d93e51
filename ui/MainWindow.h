// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MigrationWizard.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>
#include <utility>

class DnsResolver;
class MigrationSession;
class QAction;
class QLockFile;
class QMenu;
class QTimer;

/// The application window: the wizard in the middle, File (New, Open, Save,
/// Save As, Settings, Quit) and Help (About) menus, autosave of the session
/// to `autosavePath` a moment after every change (and on close), restore of
/// the autosaved session and of the window geometry on start.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// Makes the resolver for the current DNS server and timeout (empty server = system).
    using ResolverMaker = std::function<DnsResolver *(const QString &server, int timeoutMs, QObject *parent)>;

    MainWindow(ResolverMaker makeResolver, SaveLocation *saveLocation, const QString &autosavePath,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    MigrationSession *session() const { return m_session; }
    MigrationWizard *wizard() const { return m_wizard; }
    WizardContext *context() { return &m_context; }
    QString sessionPath() const { return m_sessionPath; }

public Q_SLOTS:
    bool saveSession();
    bool saveSessionAs();
    bool openSession();
    bool openSessionFile(const QString &path);
    void newSession();
    QString exportReport(QWidget *parent);
    void showSettings();
    void showAbout();
    void autosave();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyLanguage();
    /// The DNS server and timeout of Settings, into the session.
    void applySettings();
    /// Locks the autosave for this window, once; where another window holds
    /// it, this one neither restores nor autosaves, and says so.
    void claimAutosave();
    bool autosaveChangedSinceRestored() const;
    /// Moves an autosave that cannot be read out of the way (or stops autosaving) and says so.
    void keepUnreadableAutosave(const QString &error);
    /// A warning shown once the window is up, not holding start-up.
    void say(const QString &message);
    DnsResolver *resolver();
    void showError(const QString &message);

    ResolverMaker m_makeResolver;
    QPointer<DnsResolver> m_resolver;
    MigrationSession *m_session;
    WizardContext m_context;
    MigrationWizard *m_wizard;
    QString m_autosavePath;
    std::unique_ptr<QLockFile> m_autosaveLock;
    bool m_autosaveClaimed = false;
    /// The autosave's time and size when this window restored its session
    /// (none: it did not). A window claims the autosave only once on screen,
    /// and must not write over what another saved meanwhile.
    std::optional<std::pair<QDateTime, qint64>> m_restoredStamp;
    bool m_startedWithAutosave = false; ///< there was a session to restore when the window was built
    QString m_sessionPath;
    QTimer *m_autosaveTimer;
    QMenu *m_fileMenu;
    QMenu *m_helpMenu;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_saveAction;
    QAction *m_saveAsAction;
    QAction *m_settingsAction;
    QAction *m_quitAction;
    QAction *m_aboutAction;
};
