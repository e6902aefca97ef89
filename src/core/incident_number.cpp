#include "core/incident_number.h"

#include <QRegularExpression>

namespace xiuhua::core {

QString formatIncidentNumber(QDate localDate, int sequence)
{
    return QStringLiteral("%1-%2")
        .arg(localDate.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

std::optional<ParsedIncidentNumber> parseIncidentNumber(const QString& number)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8})-(\\d{4,})$"));
    const auto match = pattern.match(number);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
    const int sequence = match.captured(2).toInt();
    if (!date.isValid() || sequence < 1)
        return std::nullopt;
    return ParsedIncidentNumber{date, sequence};
}

} // namespace xiuhua::core
