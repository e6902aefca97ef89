#include "ui/responders/recommendation_model.h"

#include "core/position_freshness.h"
#include "ui/common/display_text.h"
#include "ui/common/fix_age.h"
#include "ui/common/status_palette.h"

#include <QBrush>

namespace xiuhua::ui {

int RecommendationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int RecommendationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RecommendationModel::setRecommendations(std::vector<dispatch::Recommendation> recommendations)
{
    beginResetModel();
    m_items = std::move(recommendations);
    endResetModel();
}

QVariant RecommendationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const dispatch::Recommendation& r = m_items[static_cast<std::size_t>(index.row())];
    if (role == ResponderIdRole)
        return QVariant::fromValue<qint64>(r.responder.id);
    if (role == Qt::ForegroundRole && index.column() == Eta && !r.route.byRoad)
        return QBrush(cautionColour());
    if (role == Qt::ToolTipRole && index.column() == Eta && !r.route.byRoad)
        return tr("No route over the road network; this is a straight-line estimate.");
    if (index.column() == PositionAge && r.positionKnown &&
        r.positionAgeSeconds >= core::kFixFadingAfterSeconds) {
        if (role == Qt::ForegroundRole)
            return QBrush(r.positionAgeSeconds >= core::kFixOldAfterSeconds ? oldFixColour()
                                                                            : fadingFixColour());
        if (role == Qt::ToolTipRole)
            return tr("The officer may have moved since: ranked as if up to %1 m further away.")
                .arg(qRound(dispatch::metresWalkedSince(r.positionAgeSeconds)));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rank:
        return index.row() < 9 ? QString::number(index.row() + 1) : QString();
    case Name:
        return QStringLiteral("%1 (%2)").arg(r.responder.name, r.responder.badgeNo);
    case Kind:
        return core::displayName(r.responder.kind);
    case Eta:
        return elapsedText(static_cast<qint64>(r.route.seconds)) +
               (r.route.byRoad ? QString() : QStringLiteral(" *"));
    case Distance:
        return r.route.meters >= 1000 ? tr("%1 km").arg(r.route.meters / 1000.0, 0, 'f', 1)
                                      : tr("%1 m").arg(static_cast<int>(r.route.meters));
    case PositionAge:
        if (!r.positionKnown)
            return tr("home post");
        return r.positionAgeSeconds >= 0 ? fixAgeText(r.positionAgeSeconds) : tr("placed by hand");
    case Reasons:
        return r.reasons.join(QStringLiteral(" · "));
    }
    return {};
}

QVariant RecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Key");
    case Name:
        return tr("Responder");
    case Kind:
        return tr("Kind");
    case Eta:
        return tr("ETA");
    case Distance:
        return tr("Distance");
    case PositionAge:
        return tr("Position age");
    case Reasons:
        return tr("Why");
    }
    return {};
}

} // namespace xiuhua::ui
