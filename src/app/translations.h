#pragma once

#include <QString>
#include <QStringList>

namespace xiuhua::app {

// The language the program speaks: --lang when given (zh_CN or en), else the desktop's (Chinese
// for any zh locale, English otherwise).
QString chooseLanguage(const QString& requested);
// --lang's value in raw arguments, for choosing the language before they are parsed (so the parser's
// own messages are in it); empty when not given.
QString requestedLanguage(const QStringList& arguments);

// Installs the program's Chinese translations (and Qt's own) on the running application; nothing for
// English. `withReports` adds the printed reports' strings. Call once, after the application exists.
void installTranslators(const QString& language, bool withReports = false);

} // namespace xiuhua::app
