#include "ui/shifts/roster_table_model.h"

#include "ui/common/display_text.h"

#include <QLocale>

namespace xiuhua::ui {

using namespace xiuhua::core;

RosterTableModel::RosterTableModel(const storage::StoreReader& reader, QObject* parent)
    : QAbstractTableModel(parent), m_reader(reader)
{}

void RosterTableModel::setShift(Id shiftId)
{
    m_shiftId = shiftId;
    reload();
}

void RosterTableModel::reload()
{
    beginResetModel();
    m_entries = m_shiftId ? m_reader.roster(m_shiftId) : std::vector<RosterEntry>{};
    m_responders.clear();
    for (const Responder& responder : m_reader.responders())
        m_responders.emplace(responder.id, responder);
    endResetModel();
}

std::optional<RosterEntry> RosterTableModel::entryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_entries[static_cast<std::size_t>(row)];
}

int RosterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RosterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RosterEntry& entry = m_entries[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return QVariant::fromValue<qint64>(entry.id);
    const auto responder = m_responders.find(entry.responderId);
    if (role == Qt::CheckStateRole && index.column() == InCommunityColumn)
        return entry.inCommunity ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case ResponderColumn:
        return responder == m_responders.end()
                   ? QString::number(entry.responderId)
                   : QStringLiteral("%1 %2").arg(responder->second.badgeNo, responder->second.name);
    case KindColumn:
        return responder == m_responders.end() ? QString() : displayName(responder->second.kind);
    case FromColumn:
        return localTimeText(entry.from).left(11);
    case ToColumn:
        return localTimeText(entry.to).left(11);
    case HoursColumn:
        return locale.toString(entry.from.secsTo(entry.to) / 3600.0, 'f', 1);
    case NoteColumn:
        return entry.note;
    default:
        return {};
    }
}

QVariant RosterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResponderColumn:
        return tr("Responder");
    case KindColumn:
        return tr("Kind");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case HoursColumn:
        return tr("Hours");
    case InCommunityColumn:
        return tr("In community");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace xiuhua::ui
