#pragma once

#include "map/tile_source.h"

#include <QHash>
#include <QSet>

class QNetworkAccessManager;
class QNetworkReply;

namespace xiuhua::map {

// Tiles from an HTTP(S) tile server, e.g. "http://tiles.station.local/{z}/{x}/{y}.png",
// kept in an on-disk cache (cacheDir/z/x/y.png). tile() serves the cache and,
// for a tile not in it, starts a download and returns nothing; tilesChanged()
// follows when downloads land in the cache.
class XyzTileSource : public TileSource
{
    Q_OBJECT

public:
    XyzTileSource(const QString& urlTemplate, const QString& cacheDir, int minZoom = 0, int maxZoom = 19,
                  QObject* parent = nullptr);
    ~XyzTileSource() override;

    // Empty if urlTemplate is an http(s) URL with {z}, {x} and {y}; else why not.
    static QString validateTemplate(const QString& urlTemplate);

    std::optional<QImage> tile(int z, int x, int y) override;
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    QString errorString() const override { return m_error; }

    QString cacheDir() const { return m_cacheDir; }
    QString cachePath(int z, int x, int y) const;
    QString tileUrl(int z, int x, int y) const;
    // Downloads in flight.
    int pendingFetches() const { return int(m_pending.size()); }

private:
    void fetch(int z, int x, int y);
    void finished(QNetworkReply* reply, int z, int x, int y);

    QString m_template;
    QString m_cacheDir;
    QString m_error;
    int m_minZoom;
    int m_maxZoom;
    QNetworkAccessManager* m_network = nullptr; // created on first fetch
    QSet<quint64> m_pending;
    QHash<quint64, qint64> m_failedAt; // tile key -> msecs since epoch of the last failure
};

} // namespace xiuhua::map
