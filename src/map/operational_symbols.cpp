#include "map/operational_symbols.h"

#include <QFile>
#include <QHash>

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
    if (!category.isEmpty() && QFile::exists(own))
        return own;
    // Families for the taxonomy's categories that have no symbol of their own.
    static const QHash<QString, QString> family{
        {QStringLiteral("burglary"), QStringLiteral("crime")},
        {QStringLiteral("theft"), QStringLiteral("crime")},
        {QStringLiteral("telecom_fraud"), QStringLiteral("crime")},
        {QStringLiteral("fight"), QStringLiteral("crime")},
        {QStringLiteral("suspicious"), QStringLiteral("crime")},
        {QStringLiteral("noise"), QStringLiteral("dispute")},
        {QStringLiteral("missing_person"), QStringLiteral("assistance")},
        {QStringLiteral("safety_hazard"), QStringLiteral("other")},
    };
    return symbolPath(QStringLiteral("incident_") + family.value(category, QStringLiteral("other")));
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
