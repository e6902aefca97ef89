#pragma once

#include "core/taxonomy.h"
#include "reports/report_inputs.h"
#include "reports/report_period.h"
#include "reports/shift_report.h"
#include "storage/store.h"

namespace xiuhua::reports {

// Builds a ShiftReport for a shift or a date range. Reads only through the StoreReader, never
// writes; the same builder serves the console's print preview, sign-off and the command line.
class ReportBuilder
{
public:
    // language: "zh_CN" or "en", for category names (enum names follow the installed translator).
    ReportBuilder(const storage::StoreReader& reader, const core::Taxonomy& taxonomy, QString language);

    ShiftReport build(const ReportPeriod& period, const QDateTime& printedAt) const;

    // Incident counts per category code in [from, to); for the comparison columns.
    std::map<QString, int> categoryCounts(const ReportPeriod& period) const;

private:
    ReportInputs readInputs(const ReportPeriod& period) const;
    ReportHeader header(const ReportPeriod& period, const ReportInputs& inputs) const;
    void addSummary(ShiftReport& report, const ReportInputs& inputs) const;
    void addPerHour(ShiftReport& report, const ReportPeriod& period) const;
    void addComparison(ShiftReport& report, const ReportPeriod& period) const;
    void addWorkload(ShiftReport& report, const ReportPeriod& period, const ReportInputs& inputs) const;

    const storage::StoreReader& m_reader;
    const core::Taxonomy& m_taxonomy;
    QString m_language;
};

} // namespace xiuhua::reports
