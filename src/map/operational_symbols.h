#pragma once

#include "map/point_symbol.h"

#include <QString>

namespace xiuhua::map::operational_symbols {

// The SVG for an incident category code of the taxonomy: incident_<code>.svg
// when there is one, else incident_other.svg. The taxonomy is data and may
// grow; a new category is never drawn without a symbol. Categories of one
// family share its shape and colour (crimes: a purple octagon) with their own glyph.
QString incidentSymbolPath(const QString& category);
// The SVG for a responder kind code (responder_<kind>.svg), else a generic one.
QString responderSymbolPath(const QString& kind);
// An SVG point symbol of size pixels.
PointSymbol svgSymbol(const QString& path, double size);

} // namespace xiuhua::map::operational_symbols
