#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QAbstractTableModel>

#include <map>

namespace xiuhua::ui {

// A shift's roster: each responder's own hours, community work flagged.
class RosterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ResponderColumn,
        KindColumn,
        FromColumn,
        ToColumn,
        HoursColumn,
        InCommunityColumn,
        NoteColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    RosterTableModel(const storage::StoreReader& reader, QObject* parent = nullptr);

    void setShift(core::Id shiftId);
    void reload();
    std::optional<core::RosterEntry> entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const storage::StoreReader& m_reader;
    core::Id m_shiftId = 0;
    std::vector<core::RosterEntry> m_entries;
    std::map<core::Id, core::Responder> m_responders;
};

} // namespace xiuhua::ui
