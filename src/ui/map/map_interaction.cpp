#include "ui/map/map_interaction.h"

#include "core/enums.h"
#include "core/position_freshness.h"
#include "map/canvas/extent_history.h"
#include "map/canvas/map_canvas.h"
#include "map/canvas/map_tool_controller.h"
#include "map/canvas/map_tool_identify.h"
#include "map/canvas/map_tool_measure.h"
#include "map/canvas/map_tool_overlay.h"
#include "map/canvas/map_tool_pan.h"
#include "map/canvas/map_tool_place.h"
#include "map/canvas/map_tool_zoom_box.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"
#include "ui/common/display_text.h"
#include "ui/common/fix_age.h"
#include "ui/map/map_context_menu.h"
#include "ui/map/map_results_panel.h"
#include "ui/map/operational_overlay.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolTip>
#include <QWidget>

namespace xiuhua::ui {

namespace {
constexpr double kSelectionScale = 1.0; // metres per pixel when zooming to the selection
}

MapInteraction::MapInteraction(map::MapCanvas& canvas, map::LayerStack& stack,
                               const storage::StoreReader& reader, const core::Taxonomy& taxonomy,
                               QString language, QWidget* parent)
    : QObject(parent), m_canvas(canvas), m_stack(stack), m_reader(reader), m_taxonomy(taxonomy),
      m_language(std::move(language)), m_tools(new map::MapToolController(canvas, this)),
      m_history(new map::ExtentHistory(canvas, this)), m_contextMenu(new MapContextMenu(canvas, this)),
      m_pan(new map::MapToolPan(canvas)), m_zoomBox(new map::MapToolZoomBox(canvas)),
      m_identify(new map::MapToolIdentify(canvas)), m_place(new map::MapToolPlace(canvas)),
      m_measure(new map::MapToolMeasure(canvas))
{
    createActions(parent);
    m_contextMenu->setCommunities(m_reader.communities(), m_language);

    connect(m_tools, &map::MapToolController::messageEmitted, this, &MapInteraction::messageEmitted);
    connect(m_tools, &map::MapToolController::contextMenuRequested, m_contextMenu, &MapContextMenu::popup);
    connect(m_tools, &map::MapToolController::pointHovered, this,
            [this](const QString& layerId, qint64 id, QPoint globalPos) {
                const QString text = pointToolTip(layerId, id);
                if (!text.isEmpty())
                    QToolTip::showText(globalPos, text, &m_canvas);
            });
    connect(m_tools, &map::MapToolController::hoverEnded, this, [] { QToolTip::hideText(); });
    connect(m_identify, &map::MapToolIdentify::identified, this, &MapInteraction::onIdentified);
    connect(m_place, &map::MapToolPlace::locationPicked, this, &MapInteraction::onLocationPicked);
    connect(m_contextMenu, &MapContextMenu::messageEmitted, this, &MapInteraction::messageEmitted);
    connect(m_contextMenu, &MapContextMenu::newIncidentRequested, this, &MapInteraction::onLocationPicked);
    connect(m_contextMenu, &MapContextMenu::nearestRespondersRequested, this,
            &MapInteraction::showNearestResponders);
    connect(m_history, &map::ExtentHistory::changed, this, [this] {
        m_back->setEnabled(m_history->canGoBack());
        m_forward->setEnabled(m_history->canGoForward());
    });
    // Keep the ring on the selected point when the point moves or its layer reloads.
    connect(&m_stack, &map::LayerStack::layerChanged, this, [this](map::MapLayer* layer) {
        if (layer && layer->id() == m_highlightLayer)
            m_tools->highlight(projectedPoint(m_highlightLayer, m_highlightId), false);
    });
}

MapInteraction::~MapInteraction() = default;

void MapInteraction::createActions(QWidget* parent)
{
    m_toolGroup = new QActionGroup(this);
    m_toolGroup->setExclusive(true);
    struct ToolSpec
    {
        map::MapTool* tool;
        QString text;
        QString name;
        QKeySequence shortcut;
        QString tip;
    };
    const ToolSpec specs[] = {
        {m_pan, tr("&Pan"), QStringLiteral("panTool"), QKeySequence(Qt::CTRL | Qt::Key_1),
         tr("Drag to pan, wheel to zoom, click an incident or responder to select it")},
        {m_zoomBox, tr("Zoom &box"), QStringLiteral("zoomBoxTool"), QKeySequence(Qt::CTRL | Qt::Key_2),
         tr("Drag a rectangle to zoom to it; click to zoom in, Shift+click to zoom out")},
        {m_identify, tr("&Identify"), QStringLiteral("identifyTool"), QKeySequence(Qt::CTRL | Qt::Key_3),
         tr("Click a feature to show its attributes")},
        {m_place, tr("Place &incident"), QStringLiteral("placeIncidentTool"),
         QKeySequence(Qt::CTRL | Qt::Key_4), tr("Click where the incident is")},
        {m_measure, tr("&Measure distance"), QStringLiteral("measureTool"),
         QKeySequence(Qt::CTRL | Qt::Key_5),
         tr("Click points to measure a distance; double-click or Esc to finish")},
    };
    for (const ToolSpec& spec : specs) {
        auto* action = new QAction(spec.text, parent);
        action->setObjectName(spec.name);
        action->setShortcut(spec.shortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(spec.tip, spec.shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(spec.tip);
        m_toolGroup->addAction(action);
        spec.tool->setAction(action);
        m_tools->addTool(spec.tool);
    }
    m_tools->setDefaultTool(m_pan);

    m_back = new QAction(tr("&Back"), parent);
    m_back->setObjectName(QStringLiteral("extentBack"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setToolTip(tr("Previous map extent (Alt+Left)"));
    m_back->setEnabled(false);
    connect(m_back, &QAction::triggered, m_history, &map::ExtentHistory::back);
    m_forward = new QAction(tr("&Forward"), parent);
    m_forward->setObjectName(QStringLiteral("extentForward"));
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forward->setToolTip(tr("Next map extent (Alt+Right)"));
    m_forward->setEnabled(false);
    connect(m_forward, &QAction::triggered, m_history, &map::ExtentHistory::forward);

    m_zoomToSelection = new QAction(tr("Zoom to &selection"), parent);
    m_zoomToSelection->setObjectName(QStringLiteral("zoomToSelection"));
    m_zoomToSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    m_zoomToSelection->setEnabled(false);
    connect(m_zoomToSelection, &QAction::triggered, this, &MapInteraction::zoomToSelection);
}

QList<QAction*> MapInteraction::toolActions() const
{
    return m_toolGroup->actions();
}

QMenu* MapInteraction::createCommunityMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("Zoom to &community"), parent);
    menu->setObjectName(QStringLiteral("communityMenu"));
    for (const auto& [id, name] : m_contextMenu->communities())
        menu->addAction(name, this, [this, id = id] { m_contextMenu->zoomToCommunity(id); });
    menu->setEnabled(!menu->isEmpty());
    return menu;
}

std::optional<QPointF> MapInteraction::projectedPoint(const QString& layerId, core::Id id) const
{
    const auto* layer = qobject_cast<const map::PointLayer*>(m_stack.layer(layerId));
    const auto point = layer ? layer->point(id) : std::nullopt;
    if (!point)
        return std::nullopt;
    const QPointF projected = m_canvas.fromLonLat(QPointF(point->lon, point->lat));
    if (qIsNaN(projected.x()))
        return std::nullopt;
    return projected;
}

void MapInteraction::highlightPoint(const QString& layerId, core::Id id)
{
    m_highlightLayer = layerId;
    m_highlightId = id;
    const auto projected = projectedPoint(layerId, id);
    m_tools->highlight(projected);
    m_zoomToSelection->setEnabled(projected.has_value());
}

void MapInteraction::clearHighlight()
{
    m_highlightLayer.clear();
    m_tools->highlight(std::nullopt);
    m_zoomToSelection->setEnabled(false);
}

void MapInteraction::zoomToSelection()
{
    const auto projected = projectedPoint(m_highlightLayer, m_highlightId);
    if (!projected)
        return;
    map::MapViewport v = m_canvas.viewport();
    v.setCentre(*projected);
    v.setScale(std::min(v.scale(), kSelectionScale));
    m_canvas.setViewport(v);
}

QString MapInteraction::pointToolTip(const QString& layerId, core::Id id) const
{
    const auto* layer = qobject_cast<const map::PointLayer*>(m_stack.layer(layerId));
    const auto point = layer ? layer->point(id) : std::nullopt;
    if (!point)
        return {};
    if (layerId == OperationalOverlay::incidentLayerId) {
        const auto status = core::fromCode<core::IncidentStatus>(point->state);
        return tr("<b>%1</b><br>%2<br>%3")
            .arg(point->label.toHtmlEscaped(),
                 m_taxonomy.displayName(point->category, m_language).toHtmlEscaped(),
                 status ? core::displayName(*status) : point->state);
    }
    if (layerId == OperationalOverlay::responderLayerId) {
        const auto kind = core::fromCode<core::ResponderKind>(point->category);
        const auto status = OperationalOverlay::statusOfState(point->state);
        return tr("<b>%1</b><br>%2<br>%3")
                   .arg(point->label.toHtmlEscaped(), kind ? core::displayName(*kind) : point->category,
                        status ? core::displayName(*status) : point->state) +
               responderFixText(id);
    }
    return point->label.toHtmlEscaped();
}

// The age of the responder's position and their phone's battery, read when the tooltip shows.
QString MapInteraction::responderFixText(core::Id responderId) const
{
    const auto responder = m_reader.responder(responderId);
    if (!responder || !responder->positionAt.isValid())
        return QStringLiteral("<br>") + tr("Position not reported by a device").toHtmlEscaped();
    QString text = QStringLiteral("<br>") +
                   fixAgeText(responder->positionAt.secsTo(QDateTime::currentDateTimeUtc())).toHtmlEscaped();
    const auto fix = m_reader.newestAcceptedPosition(responderId);
    if (fix && fix->batteryPercent) {
        const QString battery = tr("Battery %1%").arg(*fix->batteryPercent).toHtmlEscaped();
        text += QStringLiteral("<br>") +
                (core::isLowBattery(fix->batteryPercent)
                     ? QStringLiteral("<span style='color:#c62828'><b>%1</b></span>")
                           .arg(battery + QStringLiteral(" · ") + tr("low").toHtmlEscaped())
                     : battery);
    }
    return text;
}

void MapInteraction::onIdentified(QPointF lonLat, const std::vector<map::IdentifiedFeature>& features)
{
    for (const map::IdentifiedFeature& feature : features) {
        if (feature.layerId == OperationalOverlay::incidentLayerId ||
            feature.layerId == OperationalOverlay::responderLayerId) {
            emit pointSelected(feature.layerId, feature.fid);
            break;
        }
    }
    if (m_results) {
        m_results->showIdentified(lonLat, features, m_stack);
        emit resultsShown();
    }
}

void MapInteraction::onLocationPicked(QPointF lonLat)
{
    emit messageEmitted(tr("Incident location: %1").arg(m_contextMenu->describeLocation(lonLat)));
    emit incidentLocationPicked(lonLat);
}

void MapInteraction::showNearestResponders(QPointF lonLat)
{
    const auto nearby = nearestAvailableResponders(m_reader, m_taxonomy, m_planner, lonLat);
    emit messageEmitted(tr("%n available responder(s) near %1", nullptr, int(nearby.size()))
                            .arg(m_contextMenu->describeLocation(lonLat)));
    if (m_results) {
        m_results->showNearestResponders(lonLat, nearby);
        emit resultsShown();
    }
}

} // namespace xiuhua::ui
