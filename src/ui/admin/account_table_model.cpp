#include "ui/admin/account_table_model.h"

#include "ui/common/display_text.h"

#include <QBrush>
#include <QColor>

namespace xiuhua::ui {

using namespace xiuhua::core;

AccountTableModel::AccountTableModel(const storage::StoreReader& reader, QObject* parent)
    : QAbstractTableModel(parent), m_reader(reader)
{
    reload();
}

void AccountTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (const OperatorAccount& account : m_reader.operatorAccounts()) {
        const auto responder = m_reader.responder(account.responderId);
        m_rows.push_back(
            {account, responder ? responder->name : QString(), responder ? responder->badgeNo : QString()});
    }
    endResetModel();
}

const OperatorAccount* AccountTableModel::accountAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].account : nullptr;
}

int AccountTableModel::rowOf(Id accountId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].account.id == accountId)
            return static_cast<int>(i);
    }
    return -1;
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const OperatorAccount& account = row.account;
    const bool locked =
        account.lockedUntil.isValid() && account.lockedUntil > QDateTime::currentDateTimeUtc();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LoginColumn:
            return account.login;
        case NameColumn:
            return row.name;
        case BadgeColumn:
            return row.badge;
        case RoleColumn:
            return displayName(account.role);
        case StateColumn:
            if (!account.active)
                return tr("Deactivated");
            if (locked)
                return tr("Locked until %1").arg(stationTimeText(account.lockedUntil));
            return tr("Active");
        case PasswordChangedColumn:
            return account.passwordChangedAt.isValid() ? stationTimeText(account.passwordChangedAt)
                                                       : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (!account.active)
            return QBrush(QColor(0x75, 0x75, 0x75));
        if (locked)
            return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    return {};
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case BadgeColumn:
        return tr("Badge");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case PasswordChangedColumn:
        return tr("Password set");
    default:
        return {};
    }
}

} // namespace xiuhua::ui
