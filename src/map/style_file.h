#pragma once

#include "map/vector_style.h"

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>
#include <vector>

namespace xiuhua::map {

// A mistake in a style file. what() is "<json path>: <message>" (prefixed
// with the file name when read from a file), e.g.
// `layers.roads.rules[2].stroke: "#zzz" is not a colour`.
class StyleError : public std::runtime_error
{
public:
    StyleError(const QString& jsonPath, const QString& message, const QString& file = {});

    QString jsonPath() const { return m_jsonPath; }
    QString message() const { return m_message; }
    QString file() const { return m_file; }

private:
    QString m_jsonPath;
    QString m_message;
    QString m_file;
};

// The style of one layer in a style sheet.
struct LayerStyle
{
    QString name;  // the data layer name, e.g. "roads"
    QString title; // for the layer panel; empty = not given
    VectorStyle style;
    std::optional<int> z; // drawing order, higher on top; unset = the program's default
    bool visible = true;  // shown when the map opens
};

// Map styles read from a JSON style file kept beside the data
// (maps/huangpu.style.json beside maps/huangpu.gpkg). The format is
// described in docs/STYLE_FILE.md. Parsing validates everything and throws
// StyleError on the first mistake; it never crashes on hostile input.
class StyleSheet
{
public:
    StyleSheet() = default;

    // Relative SVG symbol paths are resolved against the file's folder.
    static StyleSheet fromFile(const QString& path);
    // Relative SVG symbol paths are resolved against baseDir (the current
    // folder if empty).
    static StyleSheet fromJson(const QByteArray& json, const QString& baseDir = {});
    // The style file that belongs to a data file: "maps/huangpu.gpkg" -> "maps/huangpu.style.json".
    static QString pathBeside(const QString& dataPath);

    bool isEmpty() const { return m_layers.empty(); }
    bool hasLayer(const QString& name) const { return layer(name) != nullptr; }
    // The layer's style (names compare case-insensitively), or nullptr.
    const LayerStyle* layer(const QString& name) const;
    const std::vector<LayerStyle>& layers() const { return m_layers; }
    QStringList layerNames() const;
    // The map background; invalid when the file does not set one.
    QColor background() const { return m_background; }
    QString title() const { return m_title; }

private:
    friend class StyleReader;

    std::vector<LayerStyle> m_layers; // sorted by name
    QColor m_background;
    QString m_title;
};

} // namespace xiuhua::map
