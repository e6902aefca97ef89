#include "dispatch/csv_import_row.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace xiuhua::dispatch {

namespace {

QString normalizedHeader(QString text)
{
    // Spreadsheets add BOMs, non-breaking and full-width spaces around header names.
    text.remove(QChar(0xFEFF));
    text.replace(QChar(0x3000), QLatin1Char(' '));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.trimmed().toLower();
}

const QTimeZone& stationZone()
{
    static const QTimeZone shanghai("Asia/Shanghai");
    return shanghai;
}

} // namespace

CsvImportRow::CsvImportRow(const core::CsvRecord& record, const std::map<QString, int>& columnIndex)
    : m_record(record), m_columnIndex(columnIndex)
{}

QString CsvImportRow::value(const QString& key) const
{
    const auto found = m_columnIndex.find(key);
    if (found == m_columnIndex.end() || found->second >= m_record.fields.size())
        return {};
    return m_record.fields.at(found->second).trimmed();
}

bool CsvImportRow::has(const QString& key) const
{
    return !value(key).isEmpty();
}

std::map<QString, int> CsvImportRow::matchHeader(const QStringList& header,
                                                 const std::vector<CsvColumn>& columns, QStringList& missing)
{
    std::map<QString, int> index;
    for (const CsvColumn& column : columns) {
        for (int i = 0; i < header.size() && !index.contains(column.key); ++i) {
            const QString name = normalizedHeader(header.at(i));
            for (const QString& accepted : column.headers) {
                if (name == accepted.toLower()) {
                    index[column.key] = i;
                    break;
                }
            }
        }
        if (column.required && !index.contains(column.key))
            missing << column.headers.join(QLatin1Char('/'));
    }
    return index;
}

QDateTime CsvImportRow::parseStationTime(const QString& text)
{
    QString normalized = text.trimmed();
    normalized.replace(QLatin1Char('/'), QLatin1Char('-'));
    normalized.replace(QLatin1Char('T'), QLatin1Char(' '));
    const QStringList parts = normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return {};
    const QDate date = QDate::fromString(parts[0], QStringLiteral("yyyy-M-d"));
    return parseStationTime(date, parts[1]);
}

QDateTime CsvImportRow::parseStationTime(const QDate& date, const QString& timeText)
{
    if (!date.isValid())
        return {};
    QTime time = QTime::fromString(timeText.trimmed(), QStringLiteral("H:mm:ss"));
    if (!time.isValid())
        time = QTime::fromString(timeText.trimmed(), QStringLiteral("H:mm"));
    if (!time.isValid())
        return {};
    return QDateTime(date, time, stationZone()).toUTC();
}

std::optional<bool> CsvImportRow::parseFlag(const QString& text)
{
    static const QStringList yes{QStringLiteral("是"), QStringLiteral("yes"), QStringLiteral("y"),
                                 QStringLiteral("true"), QStringLiteral("1")};
    static const QStringList no{QStringLiteral("否"), QStringLiteral("no"), QStringLiteral("n"),
                                QStringLiteral("false"), QStringLiteral("0")};
    const QString lower = text.trimmed().toLower();
    if (yes.contains(lower))
        return true;
    if (no.contains(lower))
        return false;
    return std::nullopt;
}

std::optional<QString> CsvImportRow::unreadableText(const QString& text, bool multiLine)
{
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter)
            return QCoreApplication::translate(
                "CsvImport", "Contains characters that cannot be read (is the encoding right?).");
        if (c == QLatin1Char('\n') && !multiLine)
            return QCoreApplication::translate("CsvImport", "Must be on one line.");
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            return QCoreApplication::translate("CsvImport", "Contains control characters.");
    }
    return std::nullopt;
}

} // namespace xiuhua::dispatch
