#include "app/translations.h"

#include "reports/report_translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace xiuhua::app {

QString chooseLanguage(const QString& requested)
{
    if (!requested.isEmpty())
        return requested;
    return QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                    : QStringLiteral("en");
}

QString requestedLanguage(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

void installTranslators(const QString& language, bool withReports)
{
    QCoreApplication* application = QCoreApplication::instance();
    if (language != QLatin1String("zh_CN") || !application)
        return;
    auto* own = new QTranslator(application);
    if (own->load(QStringLiteral(":/i18n/xiuhua_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    else
        spdlog::warn("Chinese translation not found in resources");
    if (withReports) {
        auto* reportStrings = new QTranslator(application);
        if (reports::loadReportTranslation(*reportStrings, language))
            QCoreApplication::installTranslator(reportStrings);
    }
    auto* qt = new QTranslator(application);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

} // namespace xiuhua::app
