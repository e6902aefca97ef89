#include "dispatch/change_watcher.h"

#include "dispatch/change_notifier.h"
#include "dispatch/change_set.h"
#include "storage/storage_error.h"

#include <QTimer>

#include <algorithm>
#include <spdlog/spdlog.h>

namespace xiuhua::dispatch {

namespace {
constexpr int kBatch = 1000;
} // namespace

ChangeWatcher::ChangeWatcher(storage::Store& store, ChangeNotifier* notifier, QObject* parent)
    : QObject(parent), m_store(store), m_notifier(notifier), m_timer(new QTimer(this))
{
    m_version = m_store.dataVersion();
    m_lastSeq = newestSeq();
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::look);
    if (m_notifier) {
        // The services announce their own commits; the records those wrote need not be read back.
        const auto own = [this] { m_ownCommitSeen = true; };
        connect(m_notifier, &ChangeNotifier::incidentsChanged, this, own);
        connect(m_notifier, &ChangeNotifier::respondersChanged, this, own);
        connect(m_notifier, &ChangeNotifier::shiftsChanged, this, own);
        connect(m_notifier, &ChangeNotifier::jurisdictionChanged, this, own);
    }
}

ChangeWatcher::~ChangeWatcher() = default;

void ChangeWatcher::start(int intervalMs, int fallbackMs)
{
    if (!m_link) {
        m_link = m_store.openLink();
        if (m_link) {
            connect(m_link.get(), &storage::StoreLink::committed, this, &ChangeWatcher::look);
            // Notifications sent while the line was down are gone; the change log is not.
            connect(m_link.get(), &storage::StoreLink::restored, this, &ChangeWatcher::look);
            m_link->start();
        }
    }
    m_timer->start(m_link ? fallbackMs : intervalMs);
    QTimer::singleShot(0, this, &ChangeWatcher::look);
}

void ChangeWatcher::stop()
{
    m_timer->stop();
}

core::Id ChangeWatcher::newestSeq() const
{
    const auto newest = m_store.read().auditEvents(QString(), std::nullopt, 1);
    return newest.empty() ? 0 : newest.front().seq;
}

std::vector<core::AuditEvent> ChangeWatcher::poll()
{
    // The newest seq is read before the counter: if the counter has not moved, nobody else
    // committed before that read either, so every record up to it is this connection's own.
    const std::optional<core::Id> newest = m_ownCommitSeen ? std::optional(newestSeq()) : std::nullopt;
    m_ownCommitSeen = false;
    const std::optional<qint64> version = m_store.dataVersion();
    if (version && version == m_version) {
        if (newest)
            m_lastSeq = std::max(m_lastSeq, *newest);
        return {};
    }
    m_version = version;
    std::vector<core::AuditEvent> records;
    for (;;) {
        std::vector<core::AuditEvent> batch = m_store.read().auditEventsAfter(m_lastSeq, kBatch);
        if (batch.empty())
            break;
        m_lastSeq = batch.back().seq;
        const bool more = batch.size() == kBatch;
        std::move(batch.begin(), batch.end(), std::back_inserter(records));
        if (!more)
            break;
    }
    return records;
}

void ChangeWatcher::look()
{
    if (m_link && !m_link->isConnected())
        return;
    std::vector<core::AuditEvent> records;
    try {
        records = poll();
    } catch (const storage::StorageError& error) {
        // Read again from the same record once the database answers.
        spdlog::warn("reading the change log of {}: {}", m_store.location().toStdString(), error.what());
        if (m_link)
            m_link->checkNow();
        return;
    }
    if (records.empty())
        return;
    if (m_notifier) {
        announce(*m_notifier, changeSetOf(records));
        m_ownCommitSeen = false; // that announcement was not a commit of ours
    }
    emit recordsCommitted(records);
}

} // namespace xiuhua::dispatch
