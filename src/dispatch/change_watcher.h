#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace xiuhua::dispatch {

class ChangeNotifier;

// Follows what other connections commit to the same database, using the audit log as the change
// log: every committed change has its record, written in the same transaction, with an increasing
// seq. On each look it asks the store's cheap change counter (SQLite: PRAGMA data_version, which
// moves only when another connection committed) and reads the records after the newest seq it has
// seen only when the counter moved. On a database server it looks when the server announces a
// commit (the store's StoreLink: LISTEN/NOTIFY) and only rarely on the clock, as a fallback; after
// a lost connection it reads on from its last record once connected again. With a notifier it
// announces those changes as the services announce their own; own commits made meanwhile may be
// announced again, which the views take as one more refresh of the same rows.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // Starts after the newest record now: what was committed before is already loaded.
    ChangeWatcher(storage::Store& store, ChangeNotifier* notifier, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    // Looks on a timer (the console's clock); the first look is at once. Where the store has a live
    // line (a server) it looks when told and on the clock only every `fallbackMs`.
    void start(int intervalMs = 250, int fallbackMs = 10000);
    // The live line while started on a server database; nullptr on a file.
    storage::StoreLink* link() const { return m_link.get(); }
    void stop();

    // One look: the records committed by others since the last one, oldest first.
    std::vector<core::AuditEvent> poll();
    core::Id lastSeq() const { return m_lastSeq; }
    // Reads from after `seq` at the next look, whatever the change counter says.
    void setLastSeq(core::Id seq)
    {
        m_lastSeq = seq;
        m_version.reset();
    }

signals:
    void recordsCommitted(const std::vector<xiuhua::core::AuditEvent>& records);

private:
    void look();
    core::Id newestSeq() const;

    storage::Store& m_store;
    ChangeNotifier* m_notifier;
    QTimer* m_timer;
    std::unique_ptr<storage::StoreLink> m_link;
    core::Id m_lastSeq = 0;
    std::optional<qint64> m_version;
    bool m_ownCommitSeen = false;
};

} // namespace xiuhua::dispatch
