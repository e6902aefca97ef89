#pragma once

#include <QDateTime>
#include <QObject>

namespace xiuhua::storage {

// A console's live line to a shared database server: it says when another seat committed (so the
// change log is read at once instead of on a clock), and when the connection is lost and back.
// Notifications sent while the line was down are gone; the change log is not, so whoever follows it
// reads on from its last record after restored(). SQLite files have no such line (Store::openLink
// gives none) and are followed by polling their change counter.
class StoreLink : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Connects the line (listening) and starts watching it.
    virtual void start() = 0;
    virtual bool isConnected() const = 0;
    // When the connection was lost; invalid while connected.
    virtual QDateTime lostSince() const = 0;
    // Something failed on the store's own connection: check it now rather than at the next keep-alive.
    virtual void checkNow() = 0;

signals:
    // Another connection committed (PostgreSQL NOTIFY, delivered after the commit only).
    void committed();
    // The connection to the server is gone since `since`; the store refuses writes until restored().
    void lost(const QDateTime& since);
    // Connected again and listening; anything may have changed meanwhile.
    void restored();
};

} // namespace xiuhua::storage
