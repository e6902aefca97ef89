#pragma once

#include <QVariantMap>
#include <QtGlobal>

#include <ogr_geometry.h>

namespace xiuhua::geo {

// One feature read from an OGR layer. Move-only because it owns its geometry.
// Attributes map field name -> value; a NULL or unset field is an invalid
// QVariant. The geometry is in the layer's CRS (or the target CRS when read
// through a CoordinateTransform) and may be null.
struct Feature
{
    qint64 fid = -1;
    QVariantMap attributes;
    OGRGeometryUniquePtr geometry;
};

} // namespace xiuhua::geo
