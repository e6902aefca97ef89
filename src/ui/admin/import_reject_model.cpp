#include "ui/admin/import_reject_model.h"

namespace xiuhua::ui {

ImportRejectModel::ImportRejectModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportRejectModel::setRejects(std::vector<dispatch::ImportReject> rejects)
{
    beginResetModel();
    m_rejects = std::move(rejects);
    endResetModel();
}

const dispatch::ImportReject& ImportRejectModel::reject(const QModelIndex& index) const
{
    return m_rejects.at(static_cast<std::size_t>(index.row()));
}

int ImportRejectModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rejects.size());
}

int ImportRejectModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRejectModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dispatch::ImportReject& reject = m_rejects.at(static_cast<std::size_t>(index.row()));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RowColumn:
            return reject.row;
        case LineColumn:
            return reject.line > 0 ? QVariant(reject.line) : QVariant();
        case FieldColumn:
            return reject.column.isEmpty() ? tr("(whole row)") : reject.column;
        case ReasonColumn:
            return reject.reason;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return reject.reason;
    if (role == Qt::TextAlignmentRole && (index.column() == RowColumn || index.column() == LineColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportRejectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Why it was rejected");
    }
    return {};
}

} // namespace xiuhua::ui
