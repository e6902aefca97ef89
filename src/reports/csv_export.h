#pragma once

#include "core/taxonomy.h"
#include "reports/report_period.h"
#include "storage/store.h"

#include <QByteArray>
#include <QStringList>

namespace xiuhua::reports {

// The period's incidents with their assignments as CSV for spreadsheets, written by core::CsvWriter
// (UTF-8 with a byte-order mark, RFC 4180, CRLF; text that looks like a formula kept text). One row per
// assignment, the incident's columns repeated; an incident without assignments has one row with
// the assignment columns empty. Times are local (Asia/Shanghai) "yyyy-MM-dd HH:mm:ss".
// Callers' names and phone numbers are left out: the file leaves the system.
class CsvExport
{
public:
    CsvExport(const storage::StoreReader& reader, const core::Taxonomy& taxonomy, QString language);

    QByteArray incidents(const ReportPeriod& period) const;

    // One CSV record of text cells (without the line end), as core::CsvWriter::textRecord.
    static QByteArray record(const QStringList& fields);

private:
    QStringList header() const;

    const storage::StoreReader& m_reader;
    const core::Taxonomy& m_taxonomy;
    QString m_language;
};

} // namespace xiuhua::reports
