#include "storage/pg_store_link.h"

#include "storage/pg_connection.h"
#include "storage/pg_store.h"
#include "storage/sql_writer.h"

#include <QSocketNotifier>
#include <QThread>

#include <algorithm>
#include <libpq-fe.h>
#include <spdlog/spdlog.h>

namespace xiuhua::storage {

// What a reconnect attempt in the worker thread hands back to the owner's thread.
struct PgStoreLink::Attempt
{
    std::unique_ptr<PgConnection> store;
    std::unique_ptr<PgConnection> listener;
    QString error;
};

PgStoreLink::PgStoreLink(PostgresStore& store, Timing timing, QObject* parent)
    : StoreLink(parent), m_store(store), m_timing(timing), m_retryMs(timing.firstRetryMs)
{
    m_retry.setSingleShot(true);
    connect(&m_keepAlive, &QTimer::timeout, this, &PgStoreLink::keepAlive);
    connect(&m_retry, &QTimer::timeout, this, &PgStoreLink::tryAgain);
}

PgStoreLink::~PgStoreLink()
{
    // A connect in flight ends by itself within libpq's connect_timeout; its result is dropped.
    if (m_connecting) {
        m_connecting->disconnect(this);
        m_connecting->wait();
        delete m_connecting;
    }
}

void PgStoreLink::start()
{
    try {
        listen(m_store.connectAgain());
    } catch (const StorageError& error) {
        markLost(QString::fromUtf8(error.what()));
    }
    m_keepAlive.start(m_timing.keepAliveMs);
}

void PgStoreLink::listen(std::unique_ptr<PgConnection> listener)
{
    const QByteArray sql = QByteArray("LISTEN ") + SqlWriter::changeChannel;
    listener->execute(sql.constData());
    m_listener = std::move(listener);
    m_probeSent = false;
    m_readable = std::make_unique<QSocketNotifier>(PQsocket(m_listener->handle()), QSocketNotifier::Read);
    connect(m_readable.get(), &QSocketNotifier::activated, this, &PgStoreLink::onReadable);
}

void PgStoreLink::onReadable()
{
    pg_conn* conn = m_listener->handle();
    // End of file or an error on the socket: the server closed the connection (terminated backend,
    // restart) or the network failed.
    if (PQconsumeInput(conn) == 0 || PQstatus(conn) != CONNECTION_OK) {
        markLost(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
        return;
    }
    if (m_probeSent && PQisBusy(conn) == 0) {
        while (PGresult* result = PQgetResult(conn))
            PQclear(result);
        m_probeSent = false;
    }
    bool any = false;
    while (PGnotify* notification = PQnotifies(conn)) {
        any = true;
        PQfreemem(notification);
    }
    // One look at the change log covers every notification read here.
    if (any)
        emit committed();
}

bool PgStoreLink::storeConnectionAnswers()
{
    try {
        Statement ping(m_store.connection(), "SELECT 1");
        ping.step();
        return true;
    } catch (const StorageError& error) {
        spdlog::warn("keep-alive on {}: {}", m_store.location().toStdString(), error.what());
        return m_store.connection().isConnected();
    }
}

void PgStoreLink::keepAlive()
{
    if (!isConnected())
        return;
    if (m_probeSent) {
        markLost(QStringLiteral("no answer to the keep-alive for %1 ms").arg(m_timing.keepAliveMs));
        return;
    }
    // Asked on the listening connection without waiting: the answer comes through onReadable.
    if (PQsendQuery(m_listener->handle(), "SELECT 1") == 0) {
        markLost(QString::fromUtf8(PQerrorMessage(m_listener->handle())).trimmed());
        return;
    }
    m_probeSent = true;
    checkNow();
}

void PgStoreLink::checkNow()
{
    if (isConnected() && !storeConnectionAnswers())
        markLost(QStringLiteral("the store's connection failed"));
}

void PgStoreLink::markLost(const QString& why)
{
    if (!isConnected())
        return;
    m_lostSince = QDateTime::currentDateTimeUtc();
    spdlog::error("lost the connection to the database {}: {}", m_store.location().toStdString(),
                  why.toStdString());
    m_store.setDisconnectedSince(m_lostSince);
    m_readable.reset();
    m_listener.reset();
    m_probeSent = false;
    m_retryMs = m_timing.firstRetryMs;
    m_retry.start(m_retryMs);
    emit lost(m_lostSince);
}

void PgStoreLink::tryAgain()
{
    if (m_connecting)
        return;
    auto attempt = std::make_shared<Attempt>();
    const PostgresStore* store = &m_store;
    m_connecting = QThread::create([attempt, store] {
        try {
            attempt->store = store->connectAgain();
            attempt->listener = store->connectAgain();
        } catch (const StorageError& error) {
            attempt->error = QString::fromUtf8(error.what());
        }
    });
    connect(m_connecting, &QThread::finished, this, [this, attempt] { onAttemptFinished(attempt); });
    m_connecting->start();
}

void PgStoreLink::onAttemptFinished(const std::shared_ptr<Attempt>& attempt)
{
    m_connecting->deleteLater();
    m_connecting = nullptr;
    if (attempt->error.isEmpty()) {
        try {
            listen(std::move(attempt->listener));
            m_store.adopt(std::move(attempt->store));
        } catch (const StorageError& error) {
            attempt->error = QString::fromUtf8(error.what());
        }
    }
    if (!attempt->error.isEmpty()) {
        m_readable.reset();
        m_listener.reset();
        m_retryMs = std::min(m_retryMs * 2, m_timing.longestRetryMs);
        spdlog::warn("cannot connect again to {} (next try in {} s): {}", m_store.location().toStdString(),
                     m_retryMs / 1000, attempt->error.toStdString());
        m_retry.start(m_retryMs);
        return;
    }
    m_lostSince = {};
    // A commit whose answer the loss swallowed: the reload after restored() shows whether it happened.
    m_store.resolveCommitInDoubt();
    spdlog::info("connected again to {}, listening", m_store.location().toStdString());
    emit restored();
}

} // namespace xiuhua::storage
