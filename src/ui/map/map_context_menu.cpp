#include "ui/map/map_context_menu.h"

#include "map/canvas/map_canvas.h"
#include "map/layer_stack.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

#include <algorithm>
#include <ogr_geometry.h>

namespace xiuhua::ui {

MapContextMenu::MapContextMenu(map::MapCanvas& canvas, QObject* parent) : QObject(parent), m_canvas(canvas) {}

void MapContextMenu::setCommunities(const std::vector<core::Community>& communities, const QString& language)
{
    m_locator = geo::CommunityLocator();
    m_names.clear();
    const bool chinese = language.startsWith(QStringLiteral("zh"));
    for (const core::Community& community : communities) {
        m_names.insert(community.id,
                       chinese || community.nameEn.isEmpty() ? community.name : community.nameEn);
        if (community.boundaryWkt.isEmpty())
            continue;
        const QByteArray wkt = community.boundaryWkt.toLatin1();
        OGRGeometry* geometry = nullptr;
        if (OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &geometry) == OGRERR_NONE && geometry)
            m_locator.add(community.id, *geometry);
        OGRGeometryFactory::destroyGeometry(geometry);
    }
}

std::optional<core::Id> MapContextMenu::communityAt(QPointF lonLat) const
{
    return m_locator.communityAt(lonLat.x(), lonLat.y());
}

QString MapContextMenu::communityName(core::Id id) const
{
    return m_names.value(id);
}

std::vector<std::pair<core::Id, QString>> MapContextMenu::communities() const
{
    std::vector<std::pair<core::Id, QString>> result;
    for (const qint64 id : m_locator.communityIds())
        result.emplace_back(id, m_names.value(id));
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return result;
}

QRectF MapContextMenu::communityExtent(core::Id id) const
{
    const QRectF lonLat = m_locator.bounds(id);
    if (lonLat.isNull())
        return {};
    double minX = qInf(), minY = qInf(), maxX = -qInf(), maxY = -qInf();
    for (const QPointF corner :
         {lonLat.topLeft(), lonLat.topRight(), lonLat.bottomLeft(), lonLat.bottomRight()}) {
        const QPointF p = m_canvas.fromLonLat(corner);
        minX = std::min(minX, p.x());
        minY = std::min(minY, p.y());
        maxX = std::max(maxX, p.x());
        maxY = std::max(maxY, p.y());
    }
    if (!(minX <= maxX && minY <= maxY))
        return {}; // a corner could not be transformed
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

bool MapContextMenu::zoomToCommunity(core::Id id)
{
    const QRectF extent = communityExtent(id);
    if (extent.isNull())
        return false;
    m_canvas.zoomToExtent(extent);
    emit messageEmitted(tr("Zoomed to %1").arg(communityName(id)));
    return true;
}

QString MapContextMenu::coordinateText(QPointF lonLat)
{
    return QStringLiteral("%1, %2").arg(lonLat.x(), 0, 'f', 6).arg(lonLat.y(), 0, 'f', 6);
}

QString MapContextMenu::describeLocation(QPointF lonLat) const
{
    QString text = QStringLiteral("%1°E %2°N").arg(lonLat.x(), 0, 'f', 6).arg(lonLat.y(), 0, 'f', 6);
    if (const auto community = communityAt(lonLat))
        text += QStringLiteral(" · ") + communityName(*community);
    else
        text += QStringLiteral(" · ") + tr("outside the communities");
    return text;
}

std::unique_ptr<QMenu> MapContextMenu::createMenu(QPointF pixel, QWidget* parent)
{
    const QPointF lonLat = m_canvas.toLonLat(m_canvas.viewport().toMap(pixel));
    auto menu = std::make_unique<QMenu>(parent);
    menu->setObjectName(QStringLiteral("mapContextMenu"));

    if (m_incidentCreationAllowed) {
        QAction* newIncident = menu->addAction(tr("New incident here"));
        newIncident->setObjectName(QStringLiteral("newIncidentHere"));
        connect(newIncident, &QAction::triggered, this,
                [this, lonLat] { emit newIncidentRequested(lonLat); });
    }

    QAction* nearest = menu->addAction(tr("Nearest available responders"));
    nearest->setObjectName(QStringLiteral("nearestResponders"));
    connect(nearest, &QAction::triggered, this, [this, lonLat] { emit nearestRespondersRequested(lonLat); });

    menu->addSeparator();
    const auto community = communityAt(lonLat);
    QAction* zoom = menu->addAction(community ? tr("Zoom to community %1").arg(communityName(*community))
                                              : tr("Zoom to community"));
    zoom->setObjectName(QStringLiteral("zoomToCommunity"));
    zoom->setEnabled(community.has_value());
    if (community)
        connect(zoom, &QAction::triggered, this, [this, id = *community] { zoomToCommunity(id); });

    QAction* copy = menu->addAction(tr("Copy coordinates"));
    copy->setObjectName(QStringLiteral("copyCoordinates"));
    connect(copy, &QAction::triggered, this, [this, lonLat] {
        const QString text = coordinateText(lonLat);
        QGuiApplication::clipboard()->setText(text);
        emit messageEmitted(tr("Copied %1").arg(text));
    });
    return menu;
}

void MapContextMenu::popup(QPointF pixel, QPoint globalPos)
{
    const std::unique_ptr<QMenu> menu = createMenu(pixel, &m_canvas);
    menu->exec(globalPos);
}

} // namespace xiuhua::ui
