#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace xiuhua::core {

// One record of a CSV file. `line` is the 1-based line where it starts (a quoted field may span
// lines). A record the parser could not read cleanly keeps what it read and says why in `error`,
// so an importer can reject that row alone and go on with the next.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString error; // empty = well formed
};

// RFC 4180 CSV: fields separated by `separator`, quoted with '"' ('""' inside quotes is a quote),
// quoted fields may hold separators and line breaks; records end with LF, CRLF or CR.
// Pure: text in, records out. Blank lines are skipped. Never throws; bounded by the input size.
class CsvReader
{
public:
    static std::vector<CsvRecord> parse(QStringView text, QChar separator = QLatin1Char(','));
};

} // namespace xiuhua::core
