#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QThread;

namespace xiuhua::app {

// The full PRAGMA integrity_check of the console's SQLite database, after start, on a worker thread
// with its own read-only connection: the start check (storage/start_check.h) reads only the schema
// and the newest pages, so a large history does not delay the login. The result arrives as
// finished(); the console tells the operator when it found anything.
class BackgroundIntegrityCheck : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundIntegrityCheck(QString databasePath, QObject* parent = nullptr);
    ~BackgroundIntegrityCheck() override; // stops a running check (closing the console must not wait for it)

    void start();
    // The problems found once the check has finished (empty = whole); nullopt while it runs.
    const std::optional<QStringList>& result() const { return m_result; }

    struct Running; // the worker's state, shared with it

signals:
    void finished(const QStringList& problems);

private:
    QString m_path;
    std::shared_ptr<Running> m_running;
    QThread* m_worker = nullptr;
    std::optional<QStringList> m_result;
};

// The problems the full integrity check of `path` finds, as the operator reads them; a file that cannot
// be opened at all is one problem. Runs on the calling thread.
QStringList fullIntegrityProblems(const QString& path);

} // namespace xiuhua::app
