#pragma once

#include "dispatch/recommender.h"

#include <QAbstractTableModel>

namespace xiuhua::ui {

// The ranked responders suggested for one incident.
class RecommendationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        Name,
        Kind,
        Eta,
        Distance,
        PositionAge,
        Reasons,
        ColumnCount
    };
    enum Role
    {
        ResponderIdRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecommendations(std::vector<dispatch::Recommendation> recommendations);
    const std::vector<dispatch::Recommendation>& recommendations() const { return m_items; }

private:
    std::vector<dispatch::Recommendation> m_items;
};

} // namespace xiuhua::ui
