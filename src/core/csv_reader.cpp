#include "core/csv_reader.h"

#include <QCoreApplication>

namespace xiuhua::core {

namespace {

// The state of one record being read; kept small so parse() stays a readable loop.
struct RecordBuilder
{
    CsvRecord record;
    QString field;
    bool fieldStarted = false; // something (even "") was read for the current field

    void endField()
    {
        record.fields << field;
        field.clear();
        fieldStarted = false;
    }
    void fail(const char* reason)
    {
        // The first problem is the one worth reporting.
        if (record.error.isEmpty())
            record.error = QCoreApplication::translate("CsvReader", reason);
    }
    bool isBlank() const { return record.fields.size() == 1 && record.fields.first().isEmpty(); }
};

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

// RFC 4180 as one state machine over the characters: longer than 60 lines because every state's
// handling sits beside the others, which is how the grammar reads; the fuzzer checks it whole.
std::vector<CsvRecord> CsvReader::parse(QStringView text, QChar separator)
{
    std::vector<CsvRecord> records;
    const qsizetype size = text.size();
    qsizetype i = 0;
    int line = 1;
    const QChar quote = QLatin1Char('"');

    // Advances over one line break (CRLF counts once) and counts the line.
    auto skipLineBreak = [&] {
        if (text[i] == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n'))
            ++i;
        ++i;
        ++line;
    };

    while (i < size) {
        RecordBuilder builder;
        builder.record.line = line;
        bool recordDone = false;
        while (!recordDone) {
            if (i >= size) {
                builder.endField();
                break;
            }
            const QChar c = text[i];
            if (c == quote && !builder.fieldStarted) {
                // A quoted field: read up to the closing quote, which must be followed by a
                // separator, a line break or the end.
                builder.fieldStarted = true;
                ++i;
                bool closed = false;
                while (i < size) {
                    if (text[i] == quote) {
                        if (i + 1 < size && text[i + 1] == quote) {
                            builder.field += quote;
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (isLineBreak(text[i])) {
                        // Line breaks inside a field are kept as LF whatever the file used.
                        builder.field += QLatin1Char('\n');
                        skipLineBreak();
                        continue;
                    }
                    builder.field += text[i];
                    ++i;
                }
                if (!closed) {
                    builder.fail(QT_TRANSLATE_NOOP("CsvReader",
                                                   "A quoted field is not closed (is the file cut short?)."));
                    continue;
                }
                // Anything between the closing quote and the next separator is malformed.
                while (i < size && text[i] != separator && !isLineBreak(text[i])) {
                    builder.fail(QT_TRANSLATE_NOOP("CsvReader", "Text follows a closing quote."));
                    builder.field += text[i];
                    ++i;
                }
                continue;
            }
            if (c == separator) {
                builder.endField();
                ++i;
                continue;
            }
            if (isLineBreak(c)) {
                builder.endField();
                skipLineBreak();
                recordDone = true;
                continue;
            }
            if (c == quote)
                builder.fail(QT_TRANSLATE_NOOP("CsvReader", "A quote appears inside an unquoted field."));
            builder.field += c;
            builder.fieldStarted = true;
            ++i;
        }
        if (!builder.isBlank() || !builder.record.error.isEmpty())
            records.push_back(std::move(builder.record));
    }
    return records;
}

} // namespace xiuhua::core
