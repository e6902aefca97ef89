#include "app/background_integrity_check.h"

#include "storage/database_backup.h"

#include <QThread>

#include <memory>
#include <mutex>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace xiuhua::app {

// The worker's connection, so the console can interrupt the check when it closes.
struct BackgroundIntegrityCheck::Running
{
    std::mutex mutex;
    sqlite3* connection = nullptr;
    bool stopped = false;
    QStringList problems;
};

namespace {

void runCheck(const QString& path, BackgroundIntegrityCheck::Running& running);

} // namespace

QStringList fullIntegrityProblems(const QString& path)
{
    try {
        auto db = storage::SqliteDatabase::open(path, storage::SqliteDatabase::OpenMode::ReadOnly);
        db.execute("PRAGMA busy_timeout = 5000");
        return storage::integrityProblems(db);
    } catch (const storage::StorageError& error) {
        return {QString::fromUtf8(error.what())};
    }
}

BackgroundIntegrityCheck::BackgroundIntegrityCheck(QString databasePath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath))
{}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    if (m_running) {
        const std::lock_guard lock(m_running->mutex);
        m_running->stopped = true;
        if (m_running->connection)
            sqlite3_interrupt(m_running->connection);
    }
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void BackgroundIntegrityCheck::start()
{
    if (m_worker)
        return;
    m_running = std::make_shared<Running>();
    const QString path = m_path;
    m_worker = QThread::create([running = m_running, path] { runCheck(path, *running); });
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        const auto problems = std::make_shared<QStringList>(m_running->problems);
        m_running.reset();
        m_result = *problems;
        if (problems->isEmpty())
            spdlog::info("full integrity check of {}: ok", m_path.toStdString());
        else
            spdlog::error("the database {} is damaged (full integrity check): {}", m_path.toStdString(),
                          problems->mid(0, 3).join(QStringLiteral("; ")).toStdString());
        emit finished(*problems);
    });
    m_worker->start(QThread::LowPriority);
}

namespace {

void runCheck(const QString& path, BackgroundIntegrityCheck::Running& running)
{
    QStringList problems;
    try {
        auto db = storage::SqliteDatabase::open(path, storage::SqliteDatabase::OpenMode::ReadOnly);
        {
            const std::lock_guard lock(running.mutex);
            if (running.stopped)
                return;
            running.connection = db.handle();
        }
        try {
            db.execute("PRAGMA busy_timeout = 5000");
            problems = storage::integrityProblems(db);
        } catch (const storage::StorageError& error) {
            problems = {QString::fromUtf8(error.what())};
        }
        // Before the connection closes, so the console never interrupts a closed one.
        const std::lock_guard lock(running.mutex);
        running.connection = nullptr;
        if (running.stopped)
            problems.clear(); // interrupted: nothing was found
    } catch (const storage::StorageError& error) {
        problems = {QString::fromUtf8(error.what())};
    }
    const std::lock_guard lock(running.mutex);
    running.problems = std::move(problems);
}

} // namespace

} // namespace xiuhua::app
