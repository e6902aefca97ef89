#include "reports/category_palette.h"

#include <QHash>

#include <map>

namespace xiuhua::reports {

QColor categoryColour(const QString& code)
{
    static const std::map<QString, QColor> colours{
        {QStringLiteral("fire"), QColor(0xd6, 0x27, 0x28)},
        {QStringLiteral("burglary"), QColor(0x6a, 0x3d, 0x9a)},
        {QStringLiteral("theft"), QColor(0x1f, 0x77, 0xb4)},
        {QStringLiteral("telecom_fraud"), QColor(0xe3, 0x77, 0xc2)},
        {QStringLiteral("fight"), QColor(0x8c, 0x2d, 0x04)},
        {QStringLiteral("traffic"), QColor(0xff, 0x7f, 0x0e)},
        {QStringLiteral("dispute"), QColor(0x2c, 0xa0, 0x2c)},
        {QStringLiteral("noise"), QColor(0xbc, 0xbd, 0x22)},
        {QStringLiteral("missing_person"), QColor(0x17, 0xbe, 0xcf)},
        {QStringLiteral("medical"), QColor(0xfb, 0x9a, 0x99)},
        {QStringLiteral("suspicious"), QColor(0x39, 0x39, 0x39)},
        {QStringLiteral("assistance"), QColor(0x7f, 0x9f, 0xbf)},
        {QStringLiteral("safety_hazard"), QColor(0xa6, 0x76, 0x1d)},
    };
    const auto found = colours.find(code);
    if (found != colours.end())
        return found->second;
    // A category added to the taxonomy later still gets a stable colour of its own.
    return QColor::fromHsv(static_cast<int>(qHash(code) % 360), 160, 190);
}

} // namespace xiuhua::reports
