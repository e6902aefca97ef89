#include "ui/admin/backup_list_model.h"

#include "ui/common/display_text.h"

#include <QFileInfo>
#include <QLocale>

namespace xiuhua::ui {

BackupListModel::BackupListModel(QObject* parent) : QAbstractTableModel(parent) {}

void BackupListModel::setBackups(const QStringList& paths)
{
    beginResetModel();
    m_entries.clear();
    for (const QString& path : paths)
        m_entries.push_back(storage::describeBackup(path));
    endResetModel();
}

const storage::BackupEntry* BackupListModel::entryAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_entries[static_cast<std::size_t>(row)] : nullptr;
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    const storage::BackupEntry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TakenColumn:
        return stationTimeText(entry->takenAt);
    case NewestRecordColumn:
        return entry->readable ? QVariant(entry->newest.lastSeq) : QVariant(tr("unreadable"));
    case NewestRecordTimeColumn:
        return entry->readable && !entry->newest.lastAt.isEmpty()
                   ? stationTimeText(QDateTime::fromString(entry->newest.lastAt, Qt::ISODateWithMs))
                   : QString();
    case SizeColumn:
        return QLocale().formattedDataSize(entry->bytes);
    case FileColumn:
        return QFileInfo(entry->path).fileName();
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenColumn:
        return tr("Taken");
    case NewestRecordColumn:
        return tr("Newest record");
    case NewestRecordTimeColumn:
        return tr("Recorded at");
    case SizeColumn:
        return tr("Size");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace xiuhua::ui
