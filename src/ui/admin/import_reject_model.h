#pragma once

#include "dispatch/import_report.h"

#include <QAbstractTableModel>

namespace xiuhua::ui {

// The rows an import rejected, for the import dialog's table: where (row, line, column) and why.
class ImportRejectModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        LineColumn,
        FieldColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ImportRejectModel(QObject* parent = nullptr);

    void setRejects(std::vector<dispatch::ImportReject> rejects);
    const dispatch::ImportReject& reject(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<dispatch::ImportReject> m_rejects;
};

} // namespace xiuhua::ui
