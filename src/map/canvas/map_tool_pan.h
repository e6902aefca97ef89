#pragma once

#include "map/canvas/map_tool.h"

namespace xiuhua::map {

// The default tool: lets every event through, so the canvas pans on drag, zooms on the wheel
// and reports clicks on points.
class MapToolPan : public MapTool
{
    Q_OBJECT

public:
    explicit MapToolPan(MapCanvas& canvas, QObject* parent = nullptr);
    QString name() const override;
};

} // namespace xiuhua::map
