#pragma once

#include "reports/page_writer.h"
#include "reports/report_style.h"
#include "reports/shift_report.h"

#include <QCoreApplication>
#include <QImage>

#include <map>

namespace xiuhua::reports {

// The sections of the printed report, each drawn at the writer's position and flowing onto new
// pages as needed. Separate from ReportDocument so each section stays short and readable.
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    ReportSections(const ShiftReport& report, const ReportStyle& style, const QImage& map,
                   const QByteArray& hash);

    void title(PageWriter& w) const;
    void summary(PageWriter& w) const;
    void responseTimes(PageWriter& w) const;
    void distribution(PageWriter& w) const; // map and incidents per hour
    void workload(PageWriter& w) const;
    void handover(PageWriter& w) const;
    void amendments(PageWriter& w) const;
    void signatures(PageWriter& w) const;
    void incidentList(PageWriter& w) const;

private:
    void heading(PageWriter& w, const QString& text, double keepWithNext = 80) const;
    void subheading(PageWriter& w, const QString& text) const;
    void note(PageWriter& w, const QString& text) const;
    void keyFigures(PageWriter& w) const;
    void comparisonTable(PageWriter& w) const;
    void breakdownTables(PageWriter& w) const;
    void communityTable(PageWriter& w) const;
    void slowestTable(PageWriter& w) const;
    void legend(PageWriter& w) const;
    void openIncidentTable(PageWriter& w) const;
    void followUpTable(PageWriter& w) const;
    void hazardTable(PageWriter& w) const;
    void signatureBox(PageWriter& w, const QRectF& box, const QString& role, const QString& name) const;
    QString localTime(const QDateTime& time) const;
    QString communityName(const std::optional<core::Id>& id) const;
    QString categoryName(const QString& code) const;

    const ShiftReport& m_report;
    const ReportStyle& m_style;
    const QImage& m_map;
    QByteArray m_hash;
    std::map<QString, QString> m_communityNames; // id -> name
    std::map<QString, QString> m_categoryNames;  // code -> name
};

} // namespace xiuhua::reports
