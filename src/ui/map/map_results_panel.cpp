#include "ui/map/map_results_panel.h"

#include "core/enums.h"
#include "dispatch/recommender.h"
#include "map/canvas/map_tool_measure.h"
#include "map/layer_stack.h"
#include "map/map_layer.h"
#include "ui/common/display_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace xiuhua::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString coordinateLabel(QPointF lonLat)
{
    return QStringLiteral("%1°E %2°N").arg(lonLat.x(), 0, 'f', 6).arg(lonLat.y(), 0, 'f', 6);
}

} // namespace

std::vector<NearbyResponder> nearestAvailableResponders(const storage::StoreReader& reader,
                                                        const core::Taxonomy& taxonomy,
                                                        std::shared_ptr<const geo::RoutePlanner> planner,
                                                        QPointF lonLat, int limit)
{
    // A point, not an incident: no category and no community, so no rule singles anyone out
    // and the Recommender's order is plain travel time.
    core::Incident probe;
    probe.location = core::GeoPoint{lonLat.x(), lonLat.y()};
    const dispatch::Recommender recommender(reader, taxonomy, std::move(planner));
    std::vector<NearbyResponder> result;
    for (dispatch::Recommendation& r : recommender.recommend(probe, QDateTime::currentDateTimeUtc(), limit)) {
        r.reasons.removeAll(QCoreApplication::translate("Dispatch", "Nearest"));
        result.push_back(
            {std::move(r.responder), r.route.meters, r.route.seconds, r.route.byRoad, r.reasons});
    }
    return result;
}

MapResultsPanel::MapResultsPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_model(new QStandardItemModel(this)),
      m_view(new QTableView(this))
{
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("mapResultsTitle"));
    m_view->setObjectName(QStringLiteral("mapResultsView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QVariant id = m_model->index(index.row(), 0).data(kIdRole);
        if (id.isValid())
            emit responderActivated(id.toLongLong());
    });
}

void MapResultsPanel::showIdentified(QPointF lonLat, const std::vector<map::IdentifiedFeature>& features,
                                     const map::LayerStack& stack)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Layer"), tr("Feature"), tr("Attribute"), tr("Value")});
    m_title->setText(tr("%n feature(s) at %1", nullptr, int(features.size())).arg(coordinateLabel(lonLat)));
    for (const map::IdentifiedFeature& feature : features) {
        const map::MapLayer* layer = stack.layer(feature.layerId);
        const QString layerName = layer ? layer->name() : feature.layerId;
        for (auto it = feature.attributes.begin(); it != feature.attributes.end(); ++it) {
            if (!it.value().isValid() || it.value().isNull())
                continue;
            m_model->appendRow({new QStandardItem(layerName), new QStandardItem(QString::number(feature.fid)),
                                new QStandardItem(it.key()), new QStandardItem(it.value().toString())});
        }
    }
    m_view->resizeColumnsToContents();
}

void MapResultsPanel::showNearestResponders(QPointF lonLat, const std::vector<NearbyResponder>& responders)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Responder"), tr("Kind"), tr("Badge"), tr("Travel time"), tr("Distance"), tr("Notes")});
    const bool allByRoad =
        std::all_of(responders.begin(), responders.end(), [](const auto& r) { return r.byRoad; });
    const bool noneByRoad =
        std::none_of(responders.begin(), responders.end(), [](const auto& r) { return r.byRoad; });
    const QString where = coordinateLabel(lonLat);
    if (responders.empty())
        m_title->setText(tr("No available responders near %1").arg(where));
    else if (allByRoad)
        m_title->setText(tr("Nearest available responders to %1 (travel time by road)").arg(where));
    else if (noneByRoad)
        m_title->setText(tr("Nearest available responders to %1 (straight line: no road route)").arg(where));
    else
        m_title->setText(
            tr("Nearest available responders to %1 (travel time by road; * straight line)").arg(where));
    for (const NearbyResponder& nearby : responders) {
        auto* name = new QStandardItem(nearby.responder.name);
        name->setData(nearby.responder.id, kIdRole);
        const QString estimate = nearby.byRoad ? QString() : QStringLiteral(" *");
        auto* time = new QStandardItem(elapsedText(qint64(nearby.seconds)) + estimate);
        time->setData(nearby.seconds, Qt::UserRole + 2);
        auto* distance = new QStandardItem(map::MapToolMeasure::formatDistance(nearby.metres) + estimate);
        distance->setData(nearby.metres, Qt::UserRole + 2);
        m_model->appendRow({name, new QStandardItem(core::displayName(nearby.responder.kind)),
                            new QStandardItem(nearby.responder.badgeNo), time, distance,
                            new QStandardItem(nearby.notes.join(QStringLiteral(" · ")))});
    }
    m_view->resizeColumnsToContents();
}

QString MapResultsPanel::plainText() const
{
    QStringList lines{m_title->text()};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << m_model->index(row, column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace xiuhua::ui
