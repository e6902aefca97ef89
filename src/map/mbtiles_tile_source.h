#pragma once

#include "map/tile_source.h"

struct sqlite3;
struct sqlite3_stmt;

namespace xiuhua::map {

// An MBTiles file (SQLite; raster tiles in PNG/JPEG/WebP) read through a
// read-only connection owned by this object.
class MbtilesTileSource : public TileSource
{
    Q_OBJECT

public:
    explicit MbtilesTileSource(const QString& path, QObject* parent = nullptr);
    ~MbtilesTileSource() override;

    std::optional<QImage> tile(int z, int x, int y) override;
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    QString errorString() const override { return m_error; }
    // The metadata table's "name", or the file's base name.
    QString title() const { return m_title; }

private:
    void fail(const QString& reason);
    bool readMetadata(bool& haveMin, bool& haveMax);
    bool readZoomRangeFromTiles(bool haveMin, bool haveMax);

    QString m_path;
    QString m_title;
    QString m_error;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_select = nullptr;
    int m_minZoom = 0;
    int m_maxZoom = 0;
};

} // namespace xiuhua::map
