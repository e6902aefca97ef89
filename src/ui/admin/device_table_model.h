#pragma once

#include "core/device.h"
#include "core/position_fix.h"
#include "storage/store.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace xiuhua::ui {

// The field devices (phones, trackers) for the device screen, ordered by identifier: who each is
// bound to, whether it is in use, and the officer's newest fix from a device, so an administrator
// sees at a glance which phone has stopped reporting.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdentifierColumn,
        OfficerColumn,
        BadgeColumn,
        StateColumn,
        RegisteredColumn,
        LastFixColumn,
        ColumnCount
    };

    explicit DeviceTableModel(const storage::StoreReader& reader, QObject* parent = nullptr);

    void reload();
    // Reads one device again and updates its row in place (or adds it): the selection and the
    // sorting of the views stay as they are.
    void refreshDevice(core::Id deviceId);
    const core::Device* deviceAt(int row) const;
    int rowOf(core::Id deviceId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        core::Device device;
        QString officer;
        QString badge;
        std::optional<core::PositionFix> lastFix;
    };
    Row rowFor(const core::Device& device) const;

    const storage::StoreReader& m_reader;
    std::vector<Row> m_rows;
};

} // namespace xiuhua::ui
