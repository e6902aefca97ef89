#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QAbstractTableModel>

#include <map>

namespace xiuhua::ui {

// The responder board: every field responder, their status, time in status, current incident
// and how old their last known position is.
class ResponderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Badge,
        Kind,
        Status,
        TimeInStatus,
        CurrentIncident,
        PositionAge,
        ColumnCount
    };
    enum Role
    {
        ResponderIdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit ResponderTableModel(const storage::StoreReader& reader, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    void setNow(const QDateTime& now);

    const core::Responder* responderAt(const QModelIndex& index) const;
    QModelIndex indexOfResponder(core::Id id, int column = 0) const;
    const std::vector<core::Responder>& responders() const { return m_responders; }
    // The incident number each busy responder is assigned to.
    QString currentIncidentOf(core::Id responderId) const;

private:
    QVariant displayData(const core::Responder& responder, int column) const;

    const storage::StoreReader& m_reader;
    QDateTime m_now;
    std::vector<core::Responder> m_responders;
    std::map<core::Id, QString> m_currentIncident;
};

} // namespace xiuhua::ui
