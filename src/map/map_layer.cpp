#include "map/map_layer.h"

namespace xiuhua::map {

MapLayer::MapLayer(QString id, QString name, int zValue, QObject* parent)
    : QObject(parent), m_id(std::move(id)), m_name(std::move(name)), m_zValue(zValue)
{}

void MapLayer::setZValue(int zValue)
{
    if (m_zValue == zValue)
        return;
    m_zValue = zValue;
    emit changed();
}

void MapLayer::setVisible(bool visible)
{
    if (m_visible == visible)
        return;
    m_visible = visible;
    emit changed();
}

void MapLayer::renderLabels(QPainter&, const MapViewport&, LabelPlacer&) const {}

} // namespace xiuhua::map
