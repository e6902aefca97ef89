#pragma once

#include "core/operator_account.h"
#include "storage/store.h"

#include <QAbstractTableModel>

#include <vector>

namespace xiuhua::ui {

// The operator accounts for the administrator's account screen, ordered by login.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LoginColumn,
        NameColumn,
        BadgeColumn,
        RoleColumn,
        StateColumn,
        PasswordChangedColumn,
        ColumnCount
    };

    explicit AccountTableModel(const storage::StoreReader& reader, QObject* parent = nullptr);

    void reload();
    const core::OperatorAccount* accountAt(int row) const;
    int rowOf(core::Id accountId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        core::OperatorAccount account;
        QString name;
        QString badge;
    };
    const storage::StoreReader& m_reader;
    std::vector<Row> m_rows;
};

} // namespace xiuhua::ui
