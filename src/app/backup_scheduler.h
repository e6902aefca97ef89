#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

class QThread;

namespace xiuhua::app {

// Backs the console's database up while it runs: every `interval` and whenever backupNow() is
// called (shift close), into `folder` as "<database name>-<yyyyMMdd-HHmmss>.sqlite", keeping the
// `keep` newest. Each backup runs in a worker thread on its own read-only connection (see
// storage::backupDatabase), so the console is never blocked.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString databasePath;
        QString folder;
        std::chrono::minutes interval{60};
        int keep = 24;
    };

    // Defaults overridden by QSettings backup/intervalMinutes and backup/keep.
    static Settings settingsFor(const QString& databasePath, const QString& dataDirectory);

    explicit BackupScheduler(Settings settings, QObject* parent = nullptr);
    ~BackupScheduler() override; // waits for a running backup to finish

    void start();

    // Starts a backup now (or right after the one running); `reason` goes to the log, e.g.
    // "shift close". The outcome arrives as backupFinished.
    void backupNow(const QString& reason);
    bool isRunning() const { return m_worker != nullptr; }

    // This database's backups in `folder`, newest first.
    static QStringList backupsOf(const QString& folder, const QString& databasePath);

signals:
    // ok = the copy is written and whole; message says what happened (for the status bar).
    void backupFinished(bool ok, const QString& path, const QString& message);

private:
    void finish(bool ok, const QString& path, const QString& message);
    void prune();

    Settings m_settings;
    QTimer m_timer;
    QThread* m_worker = nullptr;
    std::optional<QString> m_pendingReason;
};

} // namespace xiuhua::app
