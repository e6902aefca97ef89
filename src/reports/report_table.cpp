#include "reports/report_table.h"

#include <QPen>

#include <numeric>

namespace xiuhua::reports {

ReportTable::ReportTable(const ReportStyle& style, std::vector<ReportColumn> columns, int fontSize)
    : m_style(style), m_columns(std::move(columns)), m_font(style.font(fontSize)),
      m_bold(style.font(fontSize, true)), m_headerFont(style.font(fontSize, true))
{}

void ReportTable::addRow(const QStringList& cells, RowStyle rowStyle)
{
    m_rows.push_back({cells, rowStyle});
}

std::vector<double> ReportTable::columnWidths(double width) const
{
    const double total = std::accumulate(m_columns.begin(), m_columns.end(), 0.0,
                                         [](double sum, const ReportColumn& c) { return sum + c.weight; });
    std::vector<double> widths;
    for (const ReportColumn& column : m_columns)
        widths.push_back(width * column.weight / total);
    return widths;
}

double ReportTable::rowHeight(const Row& row, const std::vector<double>& widths) const
{
    const QFont& font = row.style == RowStyle::Total ? m_bold : m_font;
    double height = PageWriter::lineHeight(font);
    for (std::size_t i = 0; i < m_columns.size() && i < static_cast<std::size_t>(row.cells.size()); ++i) {
        if (m_columns[i].wrap)
            height = std::max(height, PageWriter::textHeight(font, row.cells[static_cast<qsizetype>(i)],
                                                             widths[i] - 2 * kPadX));
    }
    return std::max(height + 2 * kPadY, m_minimumRowHeight);
}

double ReportTable::headerHeight(const std::vector<double>& widths) const
{
    double height = PageWriter::lineHeight(m_headerFont);
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        height =
            std::max(height, PageWriter::textHeight(m_headerFont, m_columns[i].title, widths[i] - 2 * kPadX));
    return height + 2 * kPadY;
}

double ReportTable::height(double width) const
{
    const auto widths = columnWidths(width);
    double height = headerHeight(widths);
    for (const Row& row : m_rows)
        height += rowHeight(row, widths);
    return height;
}

void ReportTable::drawHeader(PageWriter& writer, double left, const std::vector<double>& widths) const
{
    const double height = headerHeight(widths);
    const double width = std::accumulate(widths.begin(), widths.end(), 0.0);
    writer.fillRect(QRectF(left, writer.y(), width, height), m_style.headerFill);
    double x = left;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const QRectF cell(x + kPadX, writer.y() + kPadY, widths[i] - 2 * kPadX, height - 2 * kPadY);
        writer.drawText(cell, int(m_columns[i].align | Qt::AlignVCenter) | Qt::TextWordWrap,
                        m_columns[i].title, m_headerFont, m_style.ink);
        x += widths[i];
    }
    writer.drawLine(QPointF(left, writer.y() + height), QPointF(left + width, writer.y() + height),
                    QPen(m_style.accent, 0.8));
    writer.advance(height);
}

void ReportTable::drawRow(PageWriter& writer, double left, const std::vector<double>& widths, const Row& row,
                          double height, bool striped) const
{
    const double width = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (striped)
        writer.fillRect(QRectF(left, writer.y(), width, height), m_style.stripe);
    if (row.style == RowStyle::Total)
        writer.drawLine(QPointF(left, writer.y()), QPointF(left + width, writer.y()), QPen(m_style.ink, 0.6));
    const QFont& font = row.style == RowStyle::Total ? m_bold : m_font;
    const QColor& colour = row.style == RowStyle::Alert ? m_style.alert : m_style.ink;
    double x = left;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const QString text =
            i < static_cast<std::size_t>(row.cells.size()) ? row.cells[static_cast<qsizetype>(i)] : QString();
        const QRectF cell(x + kPadX, writer.y() + kPadY, widths[i] - 2 * kPadX, height - 2 * kPadY);
        const int flags = int(m_columns[i].align | Qt::AlignTop) | (m_columns[i].wrap ? Qt::TextWordWrap : 0);
        writer.drawText(cell, flags, text, font, colour);
        if (m_grid)
            writer.drawRect(QRectF(x, writer.y(), widths[i], height), QPen(m_style.rule, 0.5));
        x += widths[i];
    }
    writer.advance(height);
}

void ReportTable::draw(PageWriter& writer, double left, double width) const
{
    if (left < 0)
        left = writer.body().left();
    if (width < 0)
        width = writer.body().width();
    const auto widths = columnWidths(width);
    // Keep the header with at least the first row.
    const double firstRow = m_rows.empty() ? 0 : rowHeight(m_rows.front(), widths);
    writer.ensureSpace(headerHeight(widths) + firstRow);
    drawHeader(writer, left, widths);
    bool striped = false;
    for (const Row& row : m_rows) {
        const double height = rowHeight(row, widths);
        if (height > writer.remaining()) {
            writer.newPage();
            drawHeader(writer, left, widths);
            striped = false;
        }
        drawRow(writer, left, widths, row, height, striped);
        striped = !striped;
    }
    writer.drawLine(QPointF(left, writer.y()), QPointF(left + width, writer.y()), QPen(m_style.rule, 0.5));
}

} // namespace xiuhua::reports
