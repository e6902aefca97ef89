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
    // WenQuanYi first: Noto Sans CJK shares glyphs between CJK ideographs and Kangxi radicals
    // (人 and ⼈), and Qt's PDF text map then picks the radical, so copied or searched text is wrong.
    for (const char* candidate : {"WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC",
                                  "Source Han Sans SC", "Noto Sans SC"}) {
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
