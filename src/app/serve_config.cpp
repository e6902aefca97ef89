#include "app/serve_config.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace xiuhua::app {

QString readServeConfig(const QString& path, QHash<QString, QString>& values)
{
    static const QStringList keys{QStringLiteral("db"),
                                  QStringLiteral("listen"),
                                  QStringLiteral("cert"),
                                  QStringLiteral("key"),
                                  QStringLiteral("plain-http"),
                                  QStringLiteral("retention-days"),
                                  QStringLiteral("requests-per-address"),
                                  QStringLiteral("transfer-keys"),
                                  QStringLiteral("transfer-folder"),
                                  QStringLiteral("map")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QCoreApplication::translate("CommandLine", "Cannot read %1: %2").arg(path, file.errorString());
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return QCoreApplication::translate("CommandLine", "%1, line %2: expected KEY = VALUE.")
                .arg(path)
                .arg(number);
        const QString key = line.left(equals).trimmed();
        if (!keys.contains(key))
            return QCoreApplication::translate("CommandLine", "%1, line %2: unknown setting %3.")
                .arg(path)
                .arg(number)
                .arg(key);
        values.insert(key, line.mid(equals + 1).trimmed());
    }
    return {};
}

} // namespace xiuhua::app
