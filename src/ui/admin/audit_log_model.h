#pragma once

#include "core/entities.h"

#include <QAbstractTableModel>

#include <vector>

namespace xiuhua::ui {

// Audit records, newest first, as the audit log viewer lists them. The records come from
// dispatch::AuditLogService, which has already masked callers' personal data.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        OperatorColumn,
        WorkstationColumn,
        ActionColumn,
        ObjectColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setEvents(std::vector<core::AuditEvent> events);
    const core::AuditEvent* eventAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "新建警情" for "incident.create"; the code itself for an action without a name.
    static QString actionName(const QString& action);
    // "警情 #12"
    static QString objectName(const core::AuditEvent& event);

private:
    std::vector<core::AuditEvent> m_events;
};

} // namespace xiuhua::ui
