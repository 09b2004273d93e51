// SPDX-FileCopyrightText: 2026 TMEmS Migration Assistant developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "CatalogLoader.h"
#include "DnsResolver.h"
#include "MigrationSession.h"
#include "ReportExport.h"
#include "EngineDomainChecker.h"
#include "SaveLocation.h"
#include "QtDnsResolver.h"
#include "SettingsDialog.h"
#include "Translations.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

Q_LOGGING_CATEGORY(lcUi, "tmems.ui")

MainWindow::MainWindow(ResolverMaker makeResolver, SaveLocation *saveLocation, const QString &autosavePath,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_makeResolver(std::move(makeResolver))
    , m_session(new MigrationSession(this))
    , m_autosavePath(autosavePath)
    , m_autosaveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_context.catalog = CatalogLoader::builtIn();
    m_context.saveLocation = saveLocation;
    m_context.saveSession = [this] { saveSession(); };
    m_context.exportReport = [this](QWidget *parent) { return exportReport(parent); };
    m_context.openFolder = [](const QString &folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); };
    m_context.checkerFactory = [this](QObject *parent) -> DomainChecker * {
        return new EngineDomainChecker(resolver(), m_context.catalog, parent);
    };

    applySettings();
    m_session->setLanguage(Translations::currentLanguage());
    // The window claims the autosave once it is on screen, or at its first
    // autosave if that comes sooner: the lock writes a file and syncs it to
    // disk (0.5-0.8 ms on the development machines' fast storage, more on a
    // disk), which the first page need not wait for. Only where a lock file
    // is there already, another window may own the session: that is settled
    // first, and such a window starts empty.
    m_startedWithAutosave = !m_autosavePath.isEmpty() && QFileInfo::exists(m_autosavePath);
    if (m_startedWithAutosave && QFileInfo::exists(m_autosavePath + QStringLiteral(".lock")))
        claimAutosave(); // clears the path where another window holds it
    if (m_startedWithAutosave && !m_autosavePath.isEmpty()) {
        QString error;
        const QFileInfo read(m_autosavePath);
        if (!m_session->load(m_autosavePath, &error)) {
            keepUnreadableAutosave(error);
        } else {
            if (!m_session->loadNotice().isEmpty())
                say(m_session->loadNotice());
            m_restoredStamp = std::pair(read.lastModified(), read.size());
        }
        applyLanguage();
    }

    const int restoredPage = m_session->page();
    m_wizard = new MigrationWizard(m_session, &m_context, this);
    m_wizard->setWindowFlags(Qt::Widget);
    setCentralWidget(m_wizard);
    // Started now rather than when shown (which would start it again at the
    // first page), on the page where the autosaved session stopped.
    m_wizard->openAt(restoredPage);
    connect(m_wizard, &QWizard::finished, this, &QWidget::close);

    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newSession);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSession);
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveSession);
    m_saveAsAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveSessionAs);
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_quitAction->setShortcut(QKeySequence::Quit);

    // Autosave shortly after the last change: a crash loses at most this much.
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(500);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    connect(m_session, &MigrationSession::modified, m_autosaveTimer, qOverload<>(&QTimer::start));
    connect(m_session, &MigrationSession::dnsServerChanged, this, [this] { delete m_resolver; });
    connect(m_session, &MigrationSession::timeoutChanged, this, [this] { delete m_resolver; });

    if (!restoreGeometry(QSettings().value(QStringLiteral("ui/geometry")).toByteArray()))
        resize(900, 680);
    retranslate();
}

MainWindow::~MainWindow() = default;

DnsResolver *MainWindow::resolver()
{
    if (!m_resolver && m_makeResolver)
        m_resolver = m_makeResolver(m_session->dnsServer(), m_session->timeoutMs(), this);
    return m_resolver;
}

void MainWindow::applyLanguage()
{
    const QString language = Translations::normalizeLanguage(m_session->language());
    if (!language.isEmpty() && language != Translations::currentLanguage())
        Translations::install(language);
}

void MainWindow::autosave()
{
    claimAutosave();
    if (m_autosavePath.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_autosavePath).absolutePath());
    QString error;
    if (!m_session->save(m_autosavePath, &error))
        qCWarning(lcUi) << "autosave failed:" << error;
}

bool MainWindow::saveSession()
{
    if (m_sessionPath.isEmpty())
        return saveSessionAs();
    QString error;
    if (!m_session->save(m_sessionPath, &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool MainWindow::saveSessionAs()
{
    if (!m_context.saveLocation)
        return false;
    const QString path = m_context.saveLocation->saveFileName(this, tr("Save session"),
                                                              QStringLiteral("tmems-session.json"),
                                                              tr("Sessions (*.json)"));
    if (path.isEmpty())
        return false;
    m_sessionPath = path;
    return saveSession();
}

bool MainWindow::openSession()
{
    if (!m_context.saveLocation)
        return false;
    const QString path = m_context.saveLocation->openFileName(this, tr("Open session"), tr("Sessions (*.json)"));
    return !path.isEmpty() && openSessionFile(path);
}

bool MainWindow::openSessionFile(const QString &path)
{
    QString error;
    if (!m_session->load(path, &error)) {
        showError(error);
        return false;
    }
    m_sessionPath = path;
    if (!m_session->loadNotice().isEmpty())
        say(m_session->loadNotice());
    applyLanguage();
    m_wizard->openAt(m_session->page());
    return true;
}

void MainWindow::applySettings()
{
    // Settings written by an older build, or by hand, may hold what the
    // Settings dialog now refuses: the session gets usable values and the
    // window says what was replaced.
    const QSettings settings;
    QString server = settings.value(QStringLiteral("dns/server")).toString();
    int timeoutMs = settings.value(QStringLiteral("dns/timeoutMs"), MigrationSession::DefaultTimeoutMs).toInt();
    QString notice;
    MigrationSession::sanitizeDns(&server, &timeoutMs, &notice);
    m_session->setDnsServer(server);
    m_session->setTimeoutMs(timeoutMs);
    if (!notice.isEmpty())
        say(notice);
}

void MainWindow::claimAutosave()
{
    if (m_autosaveClaimed)
        return;
    m_autosaveClaimed = true;
    if (m_autosavePath.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_autosavePath).absolutePath());
    // One window owns the autosave: with two, the last to save would silently
    // replace the other's work. A lock left by a crashed window is taken over.
    m_autosaveLock = std::make_unique<QLockFile>(m_autosavePath + QStringLiteral(".lock"));
    // Held for the window's whole life: only a dead owner's lock is stale.
    m_autosaveLock->setStaleLockTime(0);
    if (m_autosaveLock->tryLock(0)) {
        // Claimed after the window was built: a window that held the autosave
        // meanwhile may have left a session there (after an empty start), or
        // newer work than this window restored (this one came on screen late,
        // started minimized). It is not this window's to write over.
        const bool leftByAnother = m_startedWithAutosave ? m_restoredStamp && autosaveChangedSinceRestored()
                                                         : QFileInfo::exists(m_autosavePath);
        if (!leftByAnother)
            return;
        m_autosaveLock.reset();
        m_autosavePath.clear();
        say(tr("Another window of the assistant saved its session automatically while this window was starting. "
               "This window saves nothing automatically, so that session is kept for the next start: use "
               "File > Save session to keep this window's work."));
        return;
    }
    // A folder that cannot hold the lock (read-only, full) is no other window:
    // restore and autosave as before; a failed autosave is logged.
    if (m_autosaveLock->error() != QLockFile::LockFailedError) {
        qCWarning(lcUi) << "autosave lock not taken:" << int(m_autosaveLock->error());
        m_autosaveLock.reset();
        return;
    }
    m_autosaveLock.reset();
    m_autosavePath.clear();
    if (m_restoredStamp) {
        // Two windows started at the same moment both restored the session;
        // the other one keeps saving it.
        say(tr("Another window of the assistant, started at the same time, saves this session automatically. "
               "This window saves nothing automatically: use File > Save session to keep its work."));
        return;
    }
    say(tr("Another window of the assistant is open and saves its session automatically. This window starts empty "
           "and saves nothing automatically: use File > Save session to keep its work."));
}

bool MainWindow::autosaveChangedSinceRestored() const
{
    const QFileInfo now(m_autosavePath);
    return !now.exists() || std::pair(now.lastModified(), now.size()) != m_restoredStamp;
}

void MainWindow::say(const QString &message)
{
    // Said once the window is up, without holding start-up: restored-session,
    // autosave and DNS-setting notices alike.
    QTimer::singleShot(0, this, [this, message] {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("TMEmS Migration Assistant"), message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("noticeBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::keepUnreadableAutosave(const QString &error)
{
    // A session from a newer version, or one damaged by hand, may still be
    // someone's work: the next autosave must not write over it unseen.
    const QString kept = m_autosavePath + QStringLiteral(".unreadable-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString message = tr("The session saved automatically last time could not be restored: %1").arg(error);
    if (QFile::rename(m_autosavePath, kept)) {
        message += u'\n' + tr("The file was kept as %1.").arg(QDir::toNativeSeparators(kept));
    } else {
        message += u'\n' + tr("It is left as it is, and this window saves nothing automatically.");
        m_autosavePath.clear();
        m_autosaveLock.reset();
    }
    qCWarning(lcUi) << "autosave not restored:" << error;
    say(message);
}

void MainWindow::newSession()
{
    m_session->clear();
    // A new session starts from Settings' DNS server and timeout, as at start-up.
    applySettings();
    m_session->setLanguage(Translations::currentLanguage());
    m_sessionPath.clear();
    m_wizard->restart();
}

QString MainWindow::exportReport(QWidget *parent)
{
    if (!m_context.saveLocation)
        return {};
    const QString path = m_context.saveLocation->saveFileName(
        parent, tr("Export report"), QStringLiteral("tmems-report.pdf"),
        tr("PDF (*.pdf);;HTML (*.html);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return {};
    QString error;
    if (!ReportExport::write(*m_session, m_context.catalog, Translations::currentLanguage(), path, &error)) {
        showError(error);
        return {};
    }
    return path;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.setDnsServer(m_session->dnsServer());
    dialog.setTimeoutMs(m_session->timeoutMs());
    dialog.setSystemResolverLimitMs(QtDnsResolver::systemResolverLimitMs());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->setDnsServer(dialog.dnsServer());
    m_session->setTimeoutMs(dialog.timeoutMs());
    QSettings settings;
    settings.setValue(QStringLiteral("dns/server"), dialog.dnsServer());
    settings.setValue(QStringLiteral("dns/timeoutMs"), dialog.timeoutMs());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context.catalog, this);
    dialog.exec();
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("TMEmS Migration Assistant"), message);
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_autosaveClaimed)
        QTimer::singleShot(0, this, &MainWindow::claimAutosave); // once this paint is done
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    autosave();
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("TMEmS Migration Assistant"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New session"));
    m_openAction->setText(tr("&Open session…"));
    m_saveAction->setText(tr("&Save session"));
    m_saveAsAction->setText(tr("Save session &as…"));
    m_settingsAction->setText(tr("Se&ttings…"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About"));
}
