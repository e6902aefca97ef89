#include "core/personal_data.h"

#include <QList>

namespace xiuhua::core {

QString maskPhone(const QString& phone)
{
    const QString trimmed = phone.trimmed();
    const qsizetype n = trimmed.size();
    if (n == 0)
        return {};
    if (n <= 4)
        return QString(n, QLatin1Char('*'));
    if (n < 8)
        return QString(n - 2, QLatin1Char('*')) + trimmed.right(2);
    return trimmed.left(3) + QString(n - 7, QLatin1Char('*')) + trimmed.right(4);
}

QString maskName(const QString& name)
{
    const QList<uint> codePoints = name.trimmed().toUcs4();
    QString masked;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[i];
        if (i == 0 || QChar::isSpace(c))
            masked += QString::fromUcs4(&c, 1);
        else
            masked += QLatin1Char('*');
    }
    return masked;
}

} // namespace xiuhua::core
