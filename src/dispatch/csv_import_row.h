#pragma once

#include "core/csv_reader.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace xiuhua::dispatch {

// A column an import understands: a key, the header names accepted for it (English and
// Chinese, compared without case and surrounding spaces) and whether a file must have it.
struct CsvColumn
{
    QString key;
    QStringList headers;
    bool required = false;
};

// Why one row cannot be imported; `column` is the column key (empty = the whole row).
struct CsvRowProblem
{
    QString column;
    QString reason; // translated
};

// One data row, read by column key through the header of its file.
class CsvImportRow
{
public:
    CsvImportRow(const core::CsvRecord& record, const std::map<QString, int>& columnIndex);

    // The trimmed cell, empty when the column is absent from the file or the row is short.
    QString value(const QString& key) const;
    bool has(const QString& key) const;

    // Column key -> index, matched by header; `missing` receives the required columns not found.
    static std::map<QString, int> matchHeader(const QStringList& header,
                                              const std::vector<CsvColumn>& columns, QStringList& missing);

    // "2026-11-26 08:00" (seconds optional, '/' or '-' in dates, as spreadsheets write them) in
    // station time (Asia/Shanghai), as UTC; invalid when it is none of those.
    static QDateTime parseStationTime(const QString& text);
    static QDateTime parseStationTime(const QDate& date, const QString& timeText);
    // 是/否, yes/no, y/n, true/false, 1/0; nullopt for anything else.
    static std::optional<bool> parseFlag(const QString& text);
    // A problem with characters any cell may not contain (control characters, undecodable text),
    // and single-line cells that span lines; or nullopt.
    static std::optional<QString> unreadableText(const QString& text, bool multiLine);

private:
    const core::CsvRecord& m_record;
    const std::map<QString, int>& m_columnIndex;
};

} // namespace xiuhua::dispatch
