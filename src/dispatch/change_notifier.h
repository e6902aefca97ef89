#pragma once

#include "core/entities.h"

#include <QList>
#include <QObject>

namespace xiuhua::dispatch {

// Announces committed changes. Emitted only after the transaction is on disk, so a view
// that refreshes on these signals never shows something that was not saved.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void incidentsChanged(const QList<qint64>& incidentIds);
    void respondersChanged(const QList<qint64>& responderIds);
    void shiftsChanged();
    // A shift was closed and handed over: the moment for a backup.
    void shiftClosed(qint64 shiftId);
    void jurisdictionChanged();
};

} // namespace xiuhua::dispatch
