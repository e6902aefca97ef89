#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace xiuhua::core {

// Incident numbers read YYYYMMDD-NNNN: the local date of receipt and a daily sequence from 1.
QString formatIncidentNumber(QDate localDate, int sequence);
struct ParsedIncidentNumber
{
    QDate date;
    int sequence = 0;
};
std::optional<ParsedIncidentNumber> parseIncidentNumber(const QString& number);

} // namespace xiuhua::core
