#include "reports/report_style.h"

#include <QFontDatabase>

namespace xiuhua::reports {

QFont ReportStyle::font(int sizePt, bool bold) const
{
    QFont font(family);
    font.setPixelSize(sizePt);
    font.setBold(bold);
    // Metrics must not snap to a screen's pixel grid: the painter is scaled to paper points.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

ReportStyle ReportStyle::standard()
{
    ReportStyle style;
    const QStringList families = QFontDatabase::families();
    for (const char* candidate : {"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
                                  "WenQuanYi Micro Hei", "Noto Sans SC"}) {
        if (families.contains(QLatin1String(candidate))) {
            style.family = QLatin1String(candidate);
            break;
        }
    }
    if (style.family.isEmpty())
        style.family = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    return style;
}

} // namespace xiuhua::reports
