#include "reports/open_incidents_sheet.h"

#include "core/status_rules.h"
#include "reports/paged_printer.h"
#include "reports/report_period.h"
#include "reports/report_table.h"

#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <map>

namespace xiuhua::reports {

using namespace xiuhua::core;

OpenIncidentsSheet::OpenIncidentsSheet(const storage::StoreReader& reader, const Taxonomy& taxonomy,
                                       QString language, QDateTime printedAt)
    : m_reader(reader), m_taxonomy(taxonomy), m_language(std::move(language)),
      m_printedAt(std::move(printedAt)), m_style(ReportStyle::standard())
{}

int OpenIncidentsSheet::incidentCount() const
{
    return static_cast<int>(m_reader.incidents({{}, {}, true, std::nullopt}).size());
}

void OpenIncidentsSheet::addRows(ReportTable& table, const std::vector<Incident>& open) const
{
    std::vector<Id> ids;
    for (const Incident& incident : open)
        ids.push_back(incident.id);
    std::map<Id, QStringList> names, phones;
    for (const Assignment& a : m_reader.assignmentsForIncidents(ids)) {
        if (!isActive(a.status))
            continue;
        const auto responder = m_reader.responder(a.responderId);
        names[a.incidentId] << (responder ? responder->name : QString::number(a.responderId));
        phones[a.incidentId] << (responder ? responder->phone : QString());
    }
    const QTimeZone zone = ReportPeriod::stationZone();
    for (const Incident& i : open)
        table.addRow({i.number, i.receivedAt.toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm")),
                      m_taxonomy.displayName(i.category, m_language), toCode(i.priority),
                      displayName(i.status), i.matchedAddress.isEmpty() ? i.addressText : i.matchedAddress,
                      names[i.id].join(QLatin1Char('\n')), phones[i.id].join(QLatin1Char('\n')), QString(),
                      QString()});
}

int OpenIncidentsSheet::print(QPagedPaintDevice& device) const
{
    std::vector<Incident> open = m_reader.incidents({{}, {}, true, std::nullopt});
    // Most urgent first, then oldest first: the order a dispatcher works down the paper.
    std::reverse(open.begin(), open.end());
    std::stable_sort(open.begin(), open.end(),
                     [](const Incident& a, const Incident& b) { return a.priority < b.priority; });
    ReportTable table(m_style,
                      {{tr("Incident"), 1.6, Qt::AlignLeft},
                       {tr("Received"), 1.2, Qt::AlignLeft},
                       {tr("Category"), 1.3, Qt::AlignLeft},
                       {tr("Pri."), 0.5, Qt::AlignLeft},
                       {tr("Status"), 0.9, Qt::AlignLeft},
                       {tr("Address"), 2.4, Qt::AlignLeft, true},
                       {tr("Responders"), 1.3, Qt::AlignLeft, true},
                       {tr("Phone"), 1.6, Qt::AlignLeft, true},
                       {tr("Handwritten updates"), 4.2, Qt::AlignLeft},
                       {tr("Closed at"), 1.0, Qt::AlignLeft}},
                      8);
    table.setMinimumRowHeight(34);
    table.setGrid(true);
    addRows(table, open);
    const QString station = m_reader.meta(QStringLiteral("station_name")).value_or(QString());
    const QString printed =
        m_printedAt.toTimeZone(ReportPeriod::stationZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const PagedPrinter printer(QPageLayout::Landscape, 40, 18);
    return printer.print(
        device,
        [&](PageWriter& w) {
            if (open.empty())
                w.drawText(QRectF(w.body().left(), w.y(), w.body().width(), 20), Qt::AlignLeft,
                           tr("No unresolved incidents at %1.").arg(printed), m_style.font(11), m_style.ink);
            else
                table.draw(w);
        },
        [&](PageWriter& w, int page, int pageCount) {
            const QRectF top(w.page().left(), w.page().top(), w.page().width(), 20);
            w.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                       tr("Unresolved incidents — paper fallback sheet  %1").arg(station),
                       m_style.font(13, true), m_style.ink);
            w.drawText(
                QRectF(top.left(), top.bottom(), top.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                tr("Printed %1 · %n incident(s) open · write every change with the time; enter them when "
                   "the system is back.",
                   nullptr, static_cast<int>(open.size()))
                    .arg(printed),
                m_style.font(8), m_style.muted);
            if (pageCount > 0)
                w.drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                           tr("Page %1 of %2").arg(page).arg(pageCount), m_style.font(9), m_style.muted);
        });
}

bool OpenIncidentsSheet::writePdf(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Xiuhua"));
        writer.setTitle(tr("Unresolved incidents"));
        writer.setResolution(600);
        pages = print(writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace xiuhua::reports
