#include "reports/report_translation.h"

#include <QTranslator>

namespace xiuhua::reports {

bool loadReportTranslation(QTranslator& translator, const QString& language)
{
    if (!language.startsWith(QLatin1String("zh")))
        return false;
    return translator.load(QStringLiteral(":/i18n/xiuhua_reports_zh_CN.qm"));
}

} // namespace xiuhua::reports
