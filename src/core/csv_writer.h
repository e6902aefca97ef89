#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace xiuhua::core {

// Writes CSV for spreadsheets, the one place that says how: UTF-8 with a byte-order mark (so Excel
// and WPS read Chinese correctly), RFC 4180 quoting, CRLF line ends. Every exporter writes through
// it.
//
// Text a person typed or a file brought in is written with text(): a cell that begins with '=', '+',
// '-', '@', a tab or a carriage return would be taken by LibreOffice, WPS and Excel for a formula
// (CSV injection, e.g. "=cmd|' /C calc'!A0"), so it is written as "'..." in quotes and the
// spreadsheet shows it as text (OWASP's advice). The program's own numbers go through number()
// and stay numbers, negative ones too.
class CsvWriter
{
public:
    CsvWriter();

    CsvWriter& text(const QString& value);
    CsvWriter& number(qint64 value);
    CsvWriter& empty();
    CsvWriter& texts(const QStringList& values);
    void endRecord();

    QByteArray bytes() const { return m_bytes; }

    // One text cell as it is written: neutralised and quoted when it needs it.
    static QByteArray textField(const QString& value);
    // One record of text cells, without the line end.
    static QByteArray textRecord(const QStringList& values);

private:
    void separate();

    QByteArray m_bytes;
    bool m_recordStarted = false;
};

} // namespace xiuhua::core
