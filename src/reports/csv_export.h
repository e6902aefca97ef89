#pragma once

#include "core/taxonomy.h"
#include "reports/report_period.h"
#include "storage/store.h"

#include <QByteArray>
#include <QStringList>

namespace xiuhua::reports {

// The period's incidents with their assignments as CSV for spreadsheets: UTF-8 with a byte-order
// mark (so Excel and WPS read Chinese correctly), RFC 4180 quoting, CRLF line ends. One row per
// assignment, the incident's columns repeated; an incident without assignments has one row with
// the assignment columns empty. Times are local (Asia/Shanghai) "yyyy-MM-dd HH:mm:ss".
// Callers' names and phone numbers are left out: the file leaves the system.
class CsvExport
{
public:
    CsvExport(const storage::StoreReader& reader, const core::Taxonomy& taxonomy, QString language);

    QByteArray incidents(const ReportPeriod& period) const;

    // One CSV record (without the line end), quoting a field only when it needs it.
    static QByteArray record(const QStringList& fields);

private:
    QStringList header() const;

    const storage::StoreReader& m_reader;
    const core::Taxonomy& m_taxonomy;
    QString m_language;
};

} // namespace xiuhua::reports
