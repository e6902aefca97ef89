#include "core/csv_writer.h"

namespace xiuhua::core {

namespace {

// The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
bool startsLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

} // namespace

CsvWriter::CsvWriter() : m_bytes("\xEF\xBB\xBF") {}

QByteArray CsvWriter::textField(const QString& value)
{
    const bool formula = startsLikeFormula(value);
    const bool needsQuotes = formula || value.contains(QLatin1Char(',')) ||
                             value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')) ||
                             value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value.toUtf8();
    QString escaped = formula ? QLatin1Char('\'') + value : value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return (QLatin1Char('"') + escaped + QLatin1Char('"')).toUtf8();
}

QByteArray CsvWriter::textRecord(const QStringList& values)
{
    QByteArray record;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            record += ',';
        record += textField(values[i]);
    }
    return record;
}

void CsvWriter::separate()
{
    if (m_recordStarted)
        m_bytes += ',';
    m_recordStarted = true;
}

CsvWriter& CsvWriter::text(const QString& value)
{
    separate();
    m_bytes += textField(value);
    return *this;
}

CsvWriter& CsvWriter::number(qint64 value)
{
    separate();
    m_bytes += QByteArray::number(value);
    return *this;
}

CsvWriter& CsvWriter::empty()
{
    separate();
    return *this;
}

CsvWriter& CsvWriter::texts(const QStringList& values)
{
    for (const QString& value : values)
        text(value);
    return *this;
}

void CsvWriter::endRecord()
{
    m_bytes += "\r\n";
    m_recordStarted = false;
}

} // namespace xiuhua::core
