#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"
#include "storage/store.h"

#include <QAbstractTableModel>

#include <map>

namespace xiuhua::ui {

// The incident queue: every open incident and those received in the last 24 hours.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Received,
        Priority,
        Category,
        Status,
        Community,
        Address,
        SinceReceived,
        ColumnCount
    };
    enum Role
    {
        IncidentIdRole = Qt::UserRole + 1,
        SortRole,
        StatusCodeRole
    };

    IncidentTableModel(const storage::StoreReader& reader, const core::Taxonomy& taxonomy, QString language,
                       QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    // Advances the live timers; only the timer column changes.
    void setNow(const QDateTime& now);

    const core::Incident* incidentAt(const QModelIndex& index) const;
    QModelIndex indexOfIncident(core::Id id, int column = 0) const;
    const std::vector<core::Incident>& incidents() const { return m_incidents; }
    std::map<core::IncidentStatus, int> countsByStatus() const;

private:
    QVariant displayData(const core::Incident& incident, int column) const;
    QVariant sortData(const core::Incident& incident, int column) const;

    const storage::StoreReader& m_reader;
    const core::Taxonomy& m_taxonomy;
    QString m_language;
    QDateTime m_now;
    std::vector<core::Incident> m_incidents;
    std::map<core::Id, QString> m_communityNames;
};

} // namespace xiuhua::ui
