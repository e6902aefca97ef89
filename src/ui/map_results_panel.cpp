#include "ui/map_results_panel.h"

#include "core/enums.h"
#include "map/layer_stack.h"
#include "map/map_layer.h"
#include "map/map_tool_measure.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineF>
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

std::vector<NearbyResponder> nearestAvailableResponders(const std::vector<core::Responder>& responders,
                                                        QPointF lonLat,
                                                        const std::function<QPointF(QPointF)>& toProjected,
                                                        int limit)
{
    std::vector<NearbyResponder> result;
    const QPointF origin = toProjected(lonLat);
    for (const core::Responder& responder : responders) {
        if (responder.status != core::ResponderStatus::Available || !core::isFieldResponder(responder.kind) ||
            !responder.lastPosition)
            continue;
        const QPointF at = toProjected(QPointF(responder.lastPosition->lon, responder.lastPosition->lat));
        if (qIsNaN(at.x()) || qIsNaN(origin.x()))
            continue;
        result.push_back({responder, QLineF(origin, at).length()});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const auto& a, const auto& b) { return a.metres < b.metres; });
    if (limit >= 0 && int(result.size()) > limit)
        result.resize(std::size_t(limit));
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
    m_model->setHorizontalHeaderLabels({tr("Responder"), tr("Kind"), tr("Badge"), tr("Distance")});
    m_title->setText(
        responders.empty()
            ? tr("No available responders near %1").arg(coordinateLabel(lonLat))
            : tr("Nearest available responders to %1 (straight line)").arg(coordinateLabel(lonLat)));
    for (const NearbyResponder& nearby : responders) {
        auto* name = new QStandardItem(nearby.responder.name);
        name->setData(nearby.responder.id, kIdRole);
        auto* distance = new QStandardItem(map::MapToolMeasure::formatDistance(nearby.metres));
        distance->setData(nearby.metres, Qt::UserRole + 2);
        m_model->appendRow({name, new QStandardItem(core::displayName(nearby.responder.kind)),
                            new QStandardItem(nearby.responder.badgeNo), distance});
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
