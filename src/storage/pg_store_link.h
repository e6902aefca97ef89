#pragma once

#include "storage/store_link.h"

#include <QTimer>

#include <memory>

class QSocketNotifier;
class QThread;

namespace xiuhua::storage {

class PgConnection;
class PostgresStore;

struct PgLinkTiming
{
    int keepAliveMs = 3000;
    int firstRetryMs = 1000;
    int longestRetryMs = 30000;
};

// The console's line to the PostgreSQL server: a second connection that LISTENs on the change
// channel, its socket watched by a QSocketNotifier on the owner's event loop (PQconsumeInput,
// PQnotifies), so a commit elsewhere is known within milliseconds. libpq and Qt say nothing when the
// server goes away, so the line watches for it itself: the listening socket's end of file or error,
// the store's own statements failing (checkNow), and a keep-alive every few seconds on both
// connections (an answer that does not come by the next one counts as lost: a pulled cable). Lost, it
// tells the store to refuse writes, and connects again with back-off (1, 2, 4 … 30 s) in a worker
// thread, so the window never freezes on a server that does not answer; back, it listens again.
class PgStoreLink final : public StoreLink
{
    Q_OBJECT

public:
    using Timing = PgLinkTiming;

    explicit PgStoreLink(PostgresStore& store, Timing timing = {}, QObject* parent = nullptr);
    ~PgStoreLink() override;

    void start() override;
    bool isConnected() const override { return !m_lostSince.isValid(); }
    QDateTime lostSince() const override { return m_lostSince; }
    void checkNow() override;

private:
    struct Attempt;

    void listen(std::unique_ptr<PgConnection> listener);
    void onReadable();
    void keepAlive();
    bool storeConnectionAnswers();
    void markLost(const QString& why);
    void tryAgain();
    void onAttemptFinished(const std::shared_ptr<Attempt>& attempt);

    PostgresStore& m_store;
    Timing m_timing;
    std::unique_ptr<PgConnection> m_listener;
    std::unique_ptr<QSocketNotifier> m_readable;
    QTimer m_keepAlive;
    QTimer m_retry;
    QThread* m_connecting = nullptr;
    QDateTime m_lostSince;
    int m_retryMs = 0;
    bool m_probeSent = false;
};

} // namespace xiuhua::storage
