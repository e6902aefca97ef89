#pragma once

#include <QString>

class QTranslator;

namespace xiuhua::reports {

// Loads the reports' own Chinese (context "Report", built from translations/xiuhua_reports_zh_CN.ts
// into the library) into `translator`; the caller installs it beside the application's. False for
// other languages or when the translation is missing. Until the strings are merged into the main
// xiuhua_zh_CN.ts, the console must install this too, or its printed reports are half English.
bool loadReportTranslation(QTranslator& translator, const QString& language);

} // namespace xiuhua::reports
