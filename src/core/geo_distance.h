#pragma once

#include "core/entities.h"

namespace xiuhua::core {

// Ground distance between two lon/lat points in metres. Equirectangular: within a district it is
// as exact as the positions themselves, and cheap enough for every candidate of every query.
double distanceMetres(const GeoPoint& a, const GeoPoint& b);

// Degrees of latitude and of longitude (at `latitude`) that span `metres`, for bounding boxes.
double latitudeDegrees(double metres);
double longitudeDegrees(double metres, double latitude);

} // namespace xiuhua::core
