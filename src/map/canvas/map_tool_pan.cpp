#include "map/canvas/map_tool_pan.h"

namespace xiuhua::map {

MapToolPan::MapToolPan(MapCanvas& canvas, QObject* parent) : MapTool(canvas, parent)
{
    setCursor(QCursor(Qt::OpenHandCursor));
}

QString MapToolPan::name() const
{
    return tr("Pan");
}

} // namespace xiuhua::map
