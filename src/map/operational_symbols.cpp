#include "map/operational_symbols.h"

#include <QFile>

namespace xiuhua::map::operational_symbols {

namespace {

QString symbolPath(const QString& name)
{
    return QStringLiteral(":/map_symbols/%1.svg").arg(name);
}

} // namespace

QString incidentSymbolPath(const QString& category)
{
    const QString own = symbolPath(QStringLiteral("incident_") + category);
    return !category.isEmpty() && QFile::exists(own) ? own : symbolPath(QStringLiteral("incident_other"));
}

QString responderSymbolPath(const QString& kind)
{
    if (kind == QLatin1String("patrol_officer"))
        return symbolPath(QStringLiteral("responder_patrol"));
    const QString own = symbolPath(QStringLiteral("responder_") + kind);
    return !kind.isEmpty() && QFile::exists(own) ? own : symbolPath(QStringLiteral("responder_auxiliary"));
}

PointSymbol svgSymbol(const QString& path, double size)
{
    PointSymbol symbol;
    symbol.shape = PointSymbol::Shape::Svg;
    symbol.svgPath = path;
    symbol.size = size;
    symbol.outlineWidth = 0;
    return symbol;
}

} // namespace xiuhua::map::operational_symbols
