#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QString>

namespace xiuhua::dispatch {

struct JurisdictionCounts
{
    int communities = 0;
    int posts = 0;
    int fireStations = 0;
    int cameras = 0;
};

// Copies the places of a jurisdiction (communities, posts, fire_stations, cameras layers of any
// OGR source, e.g. maps/huangpu.gpkg) into the store in one audited transaction, keeping their ids.
// Throws geo::GeoError for unreadable data and storage::StorageError; then nothing was written.
JurisdictionCounts importJurisdiction(storage::Store& store, const core::Actor& actor, const QString& path);

} // namespace xiuhua::dispatch
