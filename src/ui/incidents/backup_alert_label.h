#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QLabel>

#include <set>

namespace xiuhua::ui {

class IncidentTableModel;

// The status line's alarm for officers' calls for backup (需要支援, from the duty page): the newest
// unanswered one in red, with the count of the others, until someone else is sent; a new one beeps.
// It follows the queue model, which already updates on every change any console or the station
// service commits, so no second channel is needed.
class BackupAlertLabel : public QLabel
{
    Q_OBJECT

public:
    BackupAlertLabel(const IncidentTableModel& model, const storage::StoreReader& reader,
                     QWidget* parent = nullptr);

    // Re-reads the model's requests (called on every change of the model).
    void refresh();

private:
    const IncidentTableModel& m_model;
    const storage::StoreReader& m_reader;
    std::set<std::pair<core::Id, QDateTime>> m_seen; // (incident, request time) already alerted
};

} // namespace xiuhua::ui
