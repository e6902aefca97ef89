#pragma once

#include "storage/database_backup.h"

#include <QAbstractTableModel>

#include <vector>

namespace xiuhua::ui {

// A database's backups, newest first, with what each holds (storage::describeBackup).
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TakenColumn,
        NewestRecordColumn,
        NewestRecordTimeColumn,
        SizeColumn,
        FileColumn,
        ColumnCount
    };

    explicit BackupListModel(QObject* parent = nullptr);

    void setBackups(const QStringList& paths);
    const storage::BackupEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<storage::BackupEntry> m_entries;
};

} // namespace xiuhua::ui
