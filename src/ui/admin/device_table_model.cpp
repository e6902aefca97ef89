#include "ui/admin/device_table_model.h"

#include "ui/common/display_text.h"
#include "ui/common/status_palette.h"

#include <QBrush>

#include <algorithm>

namespace xiuhua::ui {

using namespace xiuhua::core;

DeviceTableModel::DeviceTableModel(const storage::StoreReader& reader, QObject* parent)
    : QAbstractTableModel(parent), m_reader(reader)
{
    reload();
}

DeviceTableModel::Row DeviceTableModel::rowFor(const Device& device) const
{
    Row row{device, {}, {}, std::nullopt};
    if (const auto responder = m_reader.responder(device.responderId)) {
        row.officer = responder->name;
        row.badge = responder->badgeNo;
    }
    row.lastFix = m_reader.newestAcceptedPosition(device.responderId);
    return row;
}

void DeviceTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (const Device& device : m_reader.devices())
        m_rows.push_back(rowFor(device));
    endResetModel();
}

void DeviceTableModel::refreshDevice(Id deviceId)
{
    const auto device = m_reader.device(deviceId);
    const int row = rowOf(deviceId);
    if (!device) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
        return;
    }
    if (row >= 0) {
        m_rows[static_cast<std::size_t>(row)] = rowFor(*device);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Kept in identifier order, as devices() returns them.
    const auto at =
        std::lower_bound(m_rows.begin(), m_rows.end(), device->identifier,
                         [](const Row& r, const QString& id) { return r.device.identifier < id; });
    const int position = static_cast<int>(at - m_rows.begin());
    beginInsertRows({}, position, position);
    m_rows.insert(at, rowFor(*device));
    endInsertRows();
}

const Device* DeviceTableModel::deviceAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].device : nullptr;
}

int DeviceTableModel::rowOf(Id deviceId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].device.id == deviceId)
            return static_cast<int>(i);
    }
    return -1;
}

int DeviceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const Device& device = row.device;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdentifierColumn:
            return device.identifier;
        case OfficerColumn:
            return row.officer;
        case BadgeColumn:
            return row.badge;
        case StateColumn:
            return device.isActive() ? tr("In use")
                                     : tr("Withdrawn %1").arg(stationTimeText(device.withdrawnAt));
        case RegisteredColumn:
            return stationTimeText(device.registeredAt);
        case LastFixColumn:
            if (!row.lastFix)
                return tr("never");
            if (row.lastFix->batteryPercent)
                return tr("%1 · battery %2 %")
                    .arg(stationTimeText(row.lastFix->fixAt))
                    .arg(*row.lastFix->batteryPercent);
            return stationTimeText(row.lastFix->fixAt);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn && !device.isActive())
        return QBrush(inactiveColour());
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdentifierColumn:
        return tr("Device id");
    case OfficerColumn:
        return tr("Officer");
    case BadgeColumn:
        return tr("Badge");
    case StateColumn:
        return tr("State");
    case RegisteredColumn:
        return tr("Registered");
    case LastFixColumn:
        return tr("Newest fix");
    default:
        return {};
    }
}

} // namespace xiuhua::ui
