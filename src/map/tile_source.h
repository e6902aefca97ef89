#pragma once

#include <QImage>
#include <QObject>
#include <QString>

#include <optional>

namespace xiuhua::map {

// Where tiles come from. Used on the GUI thread only (the layer reads the
// tiles a render needs when it creates the render's snapshot).
class TileSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TileSource() override;

    // The image of tile z/x/y (XYZ numbering), or nothing if the source does
    // not have it (yet).
    virtual std::optional<QImage> tile(int z, int x, int y) = 0;
    virtual int minZoom() const = 0;
    virtual int maxZoom() const = 0;
    // Empty when the source is usable; otherwise a user-readable reason.
    virtual QString errorString() const { return {}; }

signals:
    // Tiles that were missing became available (e.g. a download finished).
    void tilesChanged();
};

} // namespace xiuhua::map
