#include "ui/incidents/backup_alert_label.h"

#include "ui/incidents/incident_table_model.h"

#include <QApplication>

namespace xiuhua::ui {

BackupAlertLabel::BackupAlertLabel(const IncidentTableModel& model, const storage::StoreReader& reader,
                                   QWidget* parent)
    : QLabel(parent), m_model(model), m_reader(reader)
{
    setObjectName(QStringLiteral("backupAlert"));
    setStyleSheet(
        QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; padding: 2px 8px; }"));
    connect(&model, &QAbstractItemModel::dataChanged, this, &BackupAlertLabel::refresh);
    connect(&model, &QAbstractItemModel::rowsInserted, this, &BackupAlertLabel::refresh);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &BackupAlertLabel::refresh);
    connect(&model, &QAbstractItemModel::modelReset, this, &BackupAlertLabel::refresh);
    // Requests standing when the console opens are shown, not announced with a beep.
    for (const auto& [incidentId, request] : model.backupRequests())
        m_seen.insert({incidentId, request.at});
    refresh();
}

void BackupAlertLabel::refresh()
{
    const auto& requests = m_model.backupRequests();
    const dispatch::BackupRequest* newest = nullptr;
    bool fresh = false;
    for (const auto& [incidentId, request] : requests) {
        if (!newest || request.at > newest->at)
            newest = &request;
        fresh = m_seen.insert({incidentId, request.at}).second || fresh;
    }
    if (!newest) {
        hide();
        return;
    }
    const auto incident = m_reader.incident(newest->incidentId);
    const auto responder = m_reader.responder(newest->responderId);
    QString text =
        tr("BACKUP: %1 at %2 (%3)")
            .arg(responder ? responder->name : QString(), incident ? incident->addressText : QString(),
                 incident ? incident->number : QString());
    if (!newest->note.isEmpty())
        text += QStringLiteral(" — ") + newest->note;
    if (requests.size() > 1)
        text += tr(" (+%n more)", nullptr, static_cast<int>(requests.size()) - 1);
    setText(text);
    show();
    if (fresh)
        QApplication::beep();
}

} // namespace xiuhua::ui
