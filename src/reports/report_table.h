#pragma once

#include "reports/page_writer.h"
#include "reports/report_style.h"

#include <QStringList>

#include <vector>

namespace xiuhua::reports {

struct ReportColumn
{
    QString title;
    double weight = 1; // share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
    bool wrap = false; // long text (addresses, notes) wraps; other cells stay on one line
};

// A table that flows across pages: rows never split, and the header row is repeated at the top
// of every page the table continues on. Numbers are right-aligned in their columns.
class ReportTable
{
public:
    enum class RowStyle
    {
        Normal,
        Total, // bold, ruled above
        Alert  // red text: breaches, overdue items
    };

    ReportTable(const ReportStyle& style, std::vector<ReportColumn> columns, int fontSize = 8);

    void addRow(const QStringList& cells, RowStyle rowStyle = RowStyle::Normal);
    // Room to write by hand (the paper fallback sheet); rows are at least this tall.
    void setMinimumRowHeight(double points) { m_minimumRowHeight = points; }
    // Ruled cells, for writing in.
    void setGrid(bool grid) { m_grid = grid; }
    bool isEmpty() const { return m_rows.empty(); }
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    // Draws at the writer's y across `width` from `left` (the body's full width by default).
    void draw(PageWriter& writer, double left = -1, double width = -1) const;
    // Height if drawn without a page break (for placing small tables side by side).
    double height(double width) const;

private:
    struct Row
    {
        QStringList cells;
        RowStyle style;
    };
    std::vector<double> columnWidths(double width) const;
    double rowHeight(const Row& row, const std::vector<double>& widths) const;
    double headerHeight(const std::vector<double>& widths) const;
    void drawHeader(PageWriter& writer, double left, const std::vector<double>& widths) const;
    void drawRow(PageWriter& writer, double left, const std::vector<double>& widths, const Row& row,
                 double height, bool striped) const;

    const ReportStyle& m_style;
    std::vector<ReportColumn> m_columns;
    std::vector<Row> m_rows;
    QFont m_font;
    QFont m_bold;
    QFont m_headerFont;
    double m_minimumRowHeight = 0;
    bool m_grid = false;
    static constexpr double kPadX = 3.5;
    static constexpr double kPadY = 2.2;
};

} // namespace xiuhua::reports
