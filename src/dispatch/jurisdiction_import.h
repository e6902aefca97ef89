#pragma once

#include "core/entities.h"
#include "dispatch/import_report.h"
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

struct JurisdictionImportOptions
{
    bool dryRun = false;        // check and report only
    bool acceptRejects = false; // import the valid features even though some were rejected
};

// Copies the places of a jurisdiction (communities, posts, fire_stations, cameras layers of any
// OGR source, e.g. maps/huangpu.gpkg; a missing layer is skipped) into the store, keeping their
// ids. Every feature is checked first (name, point geometry within lon/lat range, known
// community, id and community name not stored yet); rejected features are reported as
// "layer.field" with their number in the layer. Then, unless it is a dry run or features were
// rejected without acceptRejects, the valid ones are written in one audited transaction.
// Throws geo::GeoError for an unreadable source and storage::StorageError; nothing was written.
ImportReport importJurisdiction(storage::Store& store, const core::Actor& actor, const QString& path,
                                const JurisdictionImportOptions& options,
                                JurisdictionCounts* counts = nullptr);

// All or nothing: throws geo::GeoError naming the first rejected feature, and writes nothing then.
JurisdictionCounts importJurisdiction(storage::Store& store, const core::Actor& actor, const QString& path);

} // namespace xiuhua::dispatch
