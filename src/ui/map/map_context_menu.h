#pragma once

#include "core/entities.h"
#include "geo/community_locator.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QRectF>

#include <memory>
#include <optional>

class QMenu;
class QWidget;

namespace xiuhua::map {
class MapCanvas;
}

namespace xiuhua::ui {

// The map's right-click menu — "New incident here", "Nearest available responders", "Zoom to
// community", "Copy coordinates" — and the community lookups behind it (which community a point
// is in, a community's extent). Actions that belong to other features are reported as signals.
class MapContextMenu : public QObject
{
    Q_OBJECT

public:
    explicit MapContextMenu(map::MapCanvas& canvas, QObject* parent = nullptr);

    // Communities with their boundaries (WKT, lon/lat); names in the console's language.
    void setCommunities(const std::vector<core::Community>& communities, const QString& language);
    std::optional<core::Id> communityAt(QPointF lonLat) const;
    QString communityName(core::Id id) const;
    // Id and name of every community, sorted by name.
    std::vector<std::pair<core::Id, QString>> communities() const;
    // Bounding box in display-CRS metres; null for an unknown id.
    QRectF communityExtent(core::Id id) const;
    bool zoomToCommunity(core::Id id);

    // "121.473700, 31.230400" — what "Copy coordinates" puts on the clipboard.
    static QString coordinateText(QPointF lonLat);
    // "121.473700°E 31.230400°N · 人民广场社区" for the status bar.
    QString describeLocation(QPointF lonLat) const;

    // "New incident here" is offered only to operators who may take incidents (default: offered).
    void setIncidentCreationAllowed(bool allowed) { m_incidentCreationAllowed = allowed; }

    // The menu for a right click at pixel (not shown); the caller owns it.
    std::unique_ptr<QMenu> createMenu(QPointF pixel, QWidget* parent = nullptr);
    // Shows the menu at globalPos and runs the chosen action.
    void popup(QPointF pixel, QPoint globalPos);

signals:
    void newIncidentRequested(QPointF lonLat);
    void nearestRespondersRequested(QPointF lonLat);
    void messageEmitted(const QString& message);

private:
    map::MapCanvas& m_canvas;
    geo::CommunityLocator m_locator;
    bool m_incidentCreationAllowed = true;
    QHash<core::Id, QString> m_names;
};

} // namespace xiuhua::ui
