#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace xiuhua::reports {

// The report's typography and colours in one place. Sizes are in points: the document paints in a
// coordinate system of 1 unit = 1 pt, so pixel sizes here are point sizes on paper.
struct ReportStyle
{
    QString family; // a CJK family, so Chinese is real text with embedded fonts

    QColor ink = QColor(0x1a, 0x1a, 0x1a);
    QColor muted = QColor(0x5f, 0x63, 0x68);
    QColor rule = QColor(0xb8, 0xbc, 0xc2);
    QColor headerFill = QColor(0xe8, 0xec, 0xf1);
    QColor stripe = QColor(0xf6, 0xf7, 0xf9);
    QColor accent = QColor(0x1f, 0x4e, 0x79); // section titles, bars
    QColor alert = QColor(0xb0, 0x1e, 0x1e);  // breaches, overdue, demo marker

    QFont font(int sizePt, bool bold = false) const;
    // WenQuanYi Micro Hei, else Noto Sans CJK SC, else the default family (see the .cpp for why).
    static ReportStyle standard();
};

} // namespace xiuhua::reports
