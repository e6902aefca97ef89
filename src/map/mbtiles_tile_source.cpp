#include "map/mbtiles_tile_source.h"

#include "map/tile_math.h"

#include <QFileInfo>

#include <algorithm>
#include <sqlite3.h>

namespace xiuhua::map {

namespace {

QString sqliteMessage(sqlite3* db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

} // namespace

MbtilesTileSource::MbtilesTileSource(const QString& path, QObject* parent)
    : TileSource(parent), m_path(path), m_title(QFileInfo(path).completeBaseName())
{
    if (!QFileInfo(path).isFile()) {
        fail(tr("The MBTiles file %1 does not exist").arg(path));
        return;
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        fail(tr("Cannot open %1: %2").arg(path, sqliteMessage(m_db)));
        return;
    }
    const char* select =
        "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?";
    if (sqlite3_prepare_v2(m_db, select, -1, &m_select, nullptr) != SQLITE_OK) {
        fail(tr("%1 is not an MBTiles file (%2)").arg(path, sqliteMessage(m_db)));
        return;
    }

    bool haveMin = false;
    bool haveMax = false;
    if (!readMetadata(haveMin, haveMax))
        return;
    if ((!haveMin || !haveMax) && !readZoomRangeFromTiles(haveMin, haveMax))
        return;
    m_minZoom = std::clamp(m_minZoom, 0, tile_math::kMaxZoom);
    m_maxZoom = std::clamp(m_maxZoom, m_minZoom, tile_math::kMaxZoom);
}

// The metadata table is optional here; minzoom/maxzoom/format/name when present. False (and failed)
// for vector tiles.
bool MbtilesTileSource::readMetadata(bool& haveMin, bool& haveMax)
{
    sqlite3_stmt* meta = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT name, value FROM metadata", -1, &meta, nullptr) != SQLITE_OK) {
        sqlite3_finalize(meta);
        return true;
    }
    while (sqlite3_step(meta) == SQLITE_ROW) {
        const QString name =
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(meta, 0))).trimmed();
        const QString value =
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(meta, 1))).trimmed();
        bool ok = false;
        if (name == QLatin1String("minzoom")) {
            const int z = value.toInt(&ok);
            if (ok) {
                m_minZoom = z;
                haveMin = true;
            }
        } else if (name == QLatin1String("maxzoom")) {
            const int z = value.toInt(&ok);
            if (ok) {
                m_maxZoom = z;
                haveMax = true;
            }
        } else if (name == QLatin1String("name") && !value.isEmpty()) {
            m_title = value;
        } else if (name == QLatin1String("format") && value.compare(QLatin1String("pbf")) == 0) {
            sqlite3_finalize(meta);
            fail(tr("%1 holds vector tiles (pbf); only raster MBTiles can be shown").arg(m_path));
            return false;
        }
    }
    sqlite3_finalize(meta);
    return true;
}

// Without zoom levels in the metadata, the tiles themselves say which exist. False (and failed)
// when there are none.
bool MbtilesTileSource::readZoomRangeFromTiles(bool haveMin, bool haveMax)
{
    sqlite3_stmt* range = nullptr;
    const bool found = sqlite3_prepare_v2(m_db, "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles", -1,
                                          &range, nullptr) == SQLITE_OK &&
                       sqlite3_step(range) == SQLITE_ROW && sqlite3_column_type(range, 0) != SQLITE_NULL;
    if (found) {
        if (!haveMin)
            m_minZoom = sqlite3_column_int(range, 0);
        if (!haveMax)
            m_maxZoom = sqlite3_column_int(range, 1);
    }
    sqlite3_finalize(range);
    if (!found)
        fail(tr("The MBTiles file %1 contains no tiles").arg(m_path));
    return found;
}

MbtilesTileSource::~MbtilesTileSource()
{
    sqlite3_finalize(m_select);
    sqlite3_close_v2(m_db);
}

void MbtilesTileSource::fail(const QString& reason)
{
    m_error = reason;
    sqlite3_finalize(m_select);
    m_select = nullptr;
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

std::optional<QImage> MbtilesTileSource::tile(int z, int x, int y)
{
    if (!m_select || z < m_minZoom || z > m_maxZoom)
        return std::nullopt;
    sqlite3_reset(m_select);
    sqlite3_bind_int(m_select, 1, z);
    sqlite3_bind_int(m_select, 2, x);
    sqlite3_bind_int(m_select, 3, tile_math::tmsRow(z, y));
    std::optional<QImage> result;
    if (sqlite3_step(m_select) == SQLITE_ROW) {
        const auto* data = static_cast<const uchar*>(sqlite3_column_blob(m_select, 0));
        const int size = sqlite3_column_bytes(m_select, 0);
        QImage image;
        if (data && size > 0 && image.loadFromData(data, size))
            result = std::move(image);
    }
    sqlite3_reset(m_select);
    return result;
}

} // namespace xiuhua::map
