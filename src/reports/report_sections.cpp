#include "reports/report_sections.h"

#include "reports/category_palette.h"
#include "reports/hourly_chart.h"
#include "reports/report_period.h"
#include "reports/report_statistics.h"
#include "reports/report_table.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace xiuhua::reports {

using namespace xiuhua::core;

namespace {

QString number(int value)
{
    return QString::number(value);
}

// "3 / 28": breaches out of measured, as the supervisor reads it.
QString outOf(int part, int whole)
{
    return QStringLiteral("%1 / %2").arg(part).arg(whole);
}

QString hoursMinutes(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

constexpr auto Right = Qt::AlignRight;
constexpr auto Left = Qt::AlignLeft;

} // namespace

ReportSections::ReportSections(const ShiftReport& report, const ReportStyle& style, const QImage& map,
                               const QByteArray& hash)
    : m_report(report), m_style(style), m_map(map), m_hash(hash)
{
    for (const CountRow& row : report.byCommunity)
        m_communityNames[row.code] = row.label;
    for (const CountRow& row : report.byCategory)
        m_categoryNames[row.code] = row.label;
}

QString ReportSections::categoryName(const QString& code) const
{
    const auto found = m_categoryNames.find(code);
    return found == m_categoryNames.end() ? code : found->second;
}

QString ReportSections::localTime(const QDateTime& time) const
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QDateTime local = time.toTimeZone(ReportPeriod::stationZone());
    // Within a shift or a single day the hour alone is unambiguous; anything else needs its date.
    const ReportHeader& h = m_report.header;
    if (h.from.secsTo(h.to) <= 86400 && time >= h.from && time < h.to)
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("MM-dd HH:mm"));
}

QString ReportSections::communityName(const std::optional<Id>& id) const
{
    if (!id)
        return QStringLiteral("—");
    const auto found = m_communityNames.find(QString::number(*id));
    return found == m_communityNames.end() ? QString::number(*id) : found->second;
}

void ReportSections::heading(PageWriter& w, const QString& text, double keepWithNext) const
{
    const QFont font = m_style.font(12, true);
    const double height = PageWriter::lineHeight(font) + 6;
    w.ensureSpace(height + keepWithNext);
    if (!w.atTopOfPage())
        w.advance(10);
    w.drawText(QRectF(w.body().left(), w.y(), w.body().width(), height), Qt::AlignLeft | Qt::AlignTop, text,
               font, m_style.accent);
    w.drawLine(QPointF(w.body().left(), w.y() + height - 2), QPointF(w.body().right(), w.y() + height - 2),
               QPen(m_style.accent, 0.8));
    w.advance(height + 3);
}

void ReportSections::subheading(PageWriter& w, const QString& text) const
{
    const QFont font = m_style.font(9, true);
    const double height = PageWriter::lineHeight(font) + 2;
    w.ensureSpace(height + 40);
    w.advance(4);
    w.drawText(QRectF(w.body().left(), w.y(), w.body().width(), height), Qt::AlignLeft | Qt::AlignTop, text,
               font, m_style.ink);
    w.advance(height);
}

void ReportSections::note(PageWriter& w, const QString& text) const
{
    const QFont font = m_style.font(7);
    const double height = PageWriter::textHeight(font, text, w.body().width()) + 2;
    w.ensureSpace(height);
    w.advance(2);
    w.drawText(QRectF(w.body().left(), w.y(), w.body().width(), height), Qt::AlignLeft | Qt::TextWordWrap,
               text, font, m_style.muted);
    w.advance(height);
}

void ReportSections::title(PageWriter& w) const
{
    const ReportHeader& h = m_report.header;
    const QFont big = m_style.font(18, true);
    const double bigHeight = PageWriter::lineHeight(big);
    w.drawText(QRectF(w.body().left(), w.y(), w.body().width(), bigHeight), Qt::AlignLeft,
               h.isShift ? tr("Shift report") : tr("Period report"), big, m_style.ink);
    w.drawText(QRectF(w.body().left(), w.y(), w.body().width(), bigHeight), Qt::AlignRight | Qt::AlignBottom,
               h.station, m_style.font(11, true), m_style.ink);
    w.advance(bigHeight + 4);
    const QString span = QStringLiteral("%1 – %2").arg(
        h.from.toTimeZone(ReportPeriod::stationZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
        h.to.toTimeZone(ReportPeriod::stationZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    std::vector<std::pair<QString, QString>> fields{{h.isShift ? tr("Shift") : tr("Period"), h.title},
                                                    {tr("Time"), span}};
    if (h.isShift) {
        fields.push_back({tr("Supervisor"), h.supervisor.isEmpty() ? QStringLiteral("—") : h.supervisor});
        fields.push_back({tr("Dispatchers"), h.dispatchers.isEmpty()
                                                 ? QStringLiteral("—")
                                                 : h.dispatchers.join(QStringLiteral("、"))});
    }
    if (h.signedOff)
        fields.push_back(
            {tr("Signed off"), QStringLiteral("%1  %2").arg(h.signedOffBy, localTime(h.signedOffAt))});
    const QFont label = m_style.font(9);
    const QFont value = m_style.font(9, true);
    const double line = PageWriter::lineHeight(value) + 2;
    const double half = w.body().width() / 2;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const double x = w.body().left() + (i % 2 == 0 ? 0 : half);
        w.drawText(QRectF(x, w.y(), 60, line), Qt::AlignLeft, fields[i].first, label, m_style.muted);
        w.drawText(QRectF(x + 60, w.y(), half - 66, line), Qt::AlignLeft, fields[i].second, value,
                   m_style.ink);
        if (i % 2 == 1 || i + 1 == fields.size())
            w.advance(line);
    }
    w.advance(8);
    keyFigures(w);
}

void ReportSections::keyFigures(PageWriter& w) const
{
    const ResponseTimes& r = m_report.response;
    struct Figure
    {
        QString label;
        QString value;
        bool alert;
    };
    const std::vector<Figure> figures{
        {tr("Incidents"), number(m_report.incidentCount), false},
        {tr("Unresolved at hand-over"), number(static_cast<int>(m_report.openIncidents.size())), false},
        {tr("Dispatch over %1").arg(formatDuration(r.targets.dispatchSeconds)),
         outOf(r.dispatchBreaches, r.dispatchMeasured), r.dispatchBreaches > 0},
        {tr("Arrivals over target"), outOf(r.onSceneBreaches, r.onSceneMeasured), r.onSceneBreaches > 0},
    };
    const double gap = 8;
    const double width = (w.body().width() - gap * 3) / 4;
    const double height = 42;
    w.ensureSpace(height);
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const QRectF box(w.body().left() + static_cast<double>(i) * (width + gap), w.y(), width, height);
        w.fillRect(box, m_style.stripe);
        w.fillRect(QRectF(box.left(), box.top(), 2.5, box.height()),
                   figures[i].alert ? m_style.alert : m_style.accent);
        w.drawText(box.adjusted(9, 5, -4, -4), Qt::AlignLeft | Qt::AlignTop, figures[i].label,
                   m_style.font(8), m_style.muted);
        w.drawText(box.adjusted(9, 4, -6, -4), Qt::AlignLeft | Qt::AlignBottom, figures[i].value,
                   m_style.font(16, true), figures[i].alert ? m_style.alert : m_style.ink);
    }
    w.advance(height + 4);
}

void ReportSections::summary(PageWriter& w) const
{
    heading(w, QStringLiteral("1  ") + tr("Incidents by category, compared"));
    comparisonTable(w);
    heading(w, QStringLiteral("2  ") + tr("Priority, source and status"));
    breakdownTables(w);
    subheading(w, tr("By community"));
    communityTable(w);
}

void ReportSections::comparisonTable(PageWriter& w) const
{
    const bool shift = m_report.header.isShift;
    ReportTable table(m_style, {{tr("Category"), 3.2, Left},
                                {shift ? tr("This shift") : tr("This period"), 1.4, Right},
                                {shift ? tr("Same shift last week") : tr("A week earlier"), 1.9, Right},
                                {tr("Change"), 1.3, Right},
                                {tr("Same period last year"), 1.9, Right},
                                {tr("Change"), 1.3, Right}});
    int now = 0, week = 0, year = 0;
    for (const ComparisonRow& row : m_report.comparison) {
        table.addRow({row.label, number(row.current), number(row.lastWeek),
                      formatPercentChange(row.lastWeek, row.current), number(row.lastYear),
                      formatPercentChange(row.lastYear, row.current)});
        now += row.current;
        week += row.lastWeek;
        year += row.lastYear;
    }
    table.addRow({tr("Total"), number(now), number(week), formatPercentChange(week, now), number(year),
                  formatPercentChange(year, now)},
                 ReportTable::RowStyle::Total);
    table.draw(w);
    note(w, tr("Change = (this − earlier) ÷ earlier. \"new\": none earlier; \"—\": none in either."));
}

void ReportSections::breakdownTables(PageWriter& w) const
{
    const double gap = 12;
    const double width = (w.body().width() - 2 * gap) / 3;
    const std::vector<std::pair<QString, const std::vector<CountRow>*>> parts{
        {tr("Priority"), &m_report.byPriority},
        {tr("Source"), &m_report.bySource},
        {tr("Status"), &m_report.byStatus}};
    std::vector<ReportTable> tables;
    double tallest = 0;
    for (const auto& [title, rows] : parts) {
        ReportTable table(m_style, {{title, 3, Left}, {tr("Incidents"), 1.4, Right}});
        for (const CountRow& row : *rows)
            table.addRow({row.label, number(row.count)});
        tallest = std::max(tallest, table.height(width));
        tables.push_back(std::move(table));
    }
    // Side by side: drawn from the same top, none may break across pages.
    w.ensureSpace(tallest);
    const double top = w.y();
    for (std::size_t i = 0; i < tables.size(); ++i) {
        w.advance(top - w.y());
        tables[i].draw(w, w.body().left() + static_cast<double>(i) * (width + gap), width);
    }
    w.advance(top + tallest - w.y());
}

void ReportSections::communityTable(PageWriter& w) const
{
    // Two communities per row keeps a station's 10–20 communities to a few lines.
    ReportTable table(m_style, {{tr("Community"), 3, Left},
                                {tr("Incidents"), 1.2, Right},
                                {QString(), 0.4, Left},
                                {tr("Community"), 3, Left},
                                {tr("Incidents"), 1.2, Right}});
    const auto& rows = m_report.byCommunity;
    const std::size_t half = (rows.size() + 1) / 2;
    for (std::size_t i = 0; i < half; ++i) {
        QStringList cells{rows[i].label, number(rows[i].count), QString()};
        if (i + half < rows.size())
            cells << rows[i + half].label << number(rows[i + half].count);
        table.addRow(cells);
    }
    table.draw(w);
}

void ReportSections::responseTimes(PageWriter& w) const
{
    const ResponseTimes& r = m_report.response;
    heading(w, QStringLiteral("3  ") + tr("Response times"));
    ReportTable table(m_style, {{tr("Interval"), 3, Left},
                                {tr("Incidents"), 1.2, Right},
                                {tr("Median"), 1.2, Right},
                                {tr("90th percentile"), 1.5, Right},
                                {tr("Target"), 2.2, Right},
                                {tr("Over target"), 1.6, Right}});
    auto row = [&](const QString& name, const DurationStats& s, const QString& target, const QString& over,
                   bool alert) {
        table.addRow({name, number(s.samples), formatDuration(s.medianSeconds), formatDuration(s.p90Seconds),
                      target, over},
                     alert ? ReportTable::RowStyle::Alert : ReportTable::RowStyle::Normal);
    };
    row(tr("Received → dispatched"), r.receivedToDispatched, formatDuration(r.targets.dispatchSeconds),
        outOf(r.dispatchBreaches, r.dispatchMeasured), r.dispatchBreaches > 0);
    row(tr("Dispatched → on scene"), r.dispatchedToOnScene,
        tr("police %1 · fire %2")
            .arg(formatDuration(r.targets.onScenePoliceSeconds),
                 formatDuration(r.targets.onSceneFireSeconds)),
        outOf(r.onSceneBreaches, r.onSceneMeasured), r.onSceneBreaches > 0);
    row(tr("On scene → cleared"), r.onSceneToCleared, QStringLiteral("—"), QStringLiteral("—"), false);
    row(tr("Received → closed"), r.receivedToClosed, QStringLiteral("—"), QStringLiteral("—"), false);
    table.draw(w);
    note(w,
         tr("Times in minutes:seconds. Median and 90th percentile by the nearest-rank method (an observed "
            "value). Over target: incidents dispatched later than the target; arrivals later than the target "
            "for the responder's kind, counted per responder."));
    slowestTable(w);
}

void ReportSections::slowestTable(PageWriter& w) const
{
    subheading(w, tr("Slowest responses (received → first on scene)"));
    if (m_report.response.slowest.empty()) {
        note(w, tr("No responder reached a scene in this period."));
        return;
    }
    ReportTable table(m_style, {{tr("Incident"), 1.9, Left},
                                {tr("Category"), 1.6, Left},
                                {tr("Received"), 1.3, Left},
                                {tr("To scene"), 1.1, Right},
                                {tr("Reason (as logged)"), 5, Left, true}});
    for (const SlowIncident& slow : m_report.response.slowest)
        table.addRow(
            {slow.number, slow.categoryLabel, localTime(slow.receivedAt),
             formatDuration(slow.receivedToOnSceneSeconds),
             slow.reasons.isEmpty() ? tr("no reason logged") : slow.reasons.join(QStringLiteral("; "))});
    table.draw(w);
}

void ReportSections::distribution(PageWriter& w) const
{
    heading(w, QStringLiteral("4  ") + tr("Where and when"), m_map.isNull() ? 150 : 320);
    if (!m_map.isNull()) {
        const QSizeF size = m_map.deviceIndependentSize() * 72.0 / 96.0;
        w.ensureSpace(size.height());
        w.drawImage(QRectF(QPointF(w.body().left(), w.y()), size), m_map);
        w.drawRect(QRectF(QPointF(w.body().left(), w.y()), size), QPen(m_style.rule, 0.5));
        w.advance(size.height() + 4);
        legend(w);
    }
    subheading(w, m_report.hourOfDay ? tr("Incidents by hour of day") : tr("Incidents per hour"));
    const double height = 95;
    w.ensureSpace(height);
    HourlyChart::draw(w, QRectF(w.body().left(), w.y(), w.body().width(), height), m_report.perHour, m_style);
    w.advance(height + 4);
}

void ReportSections::legend(PageWriter& w) const
{
    const QFont font = m_style.font(8);
    const QFontMetricsF metrics(font);
    const double line = metrics.height() + 3;
    double x = w.body().left();
    w.ensureSpace(line);
    for (const CountRow& row : m_report.byCategory) {
        const QString text = QStringLiteral("%1 %2").arg(row.label).arg(row.count);
        const double width = 12 + metrics.horizontalAdvance(text) + 14;
        if (x + width > w.body().right()) {
            x = w.body().left();
            w.advance(line);
            w.ensureSpace(line);
        }
        if (QPainter* painter = w.painter()) {
            painter->setPen(QPen(Qt::white, 0.8));
            painter->setBrush(categoryColour(row.code));
            painter->drawEllipse(QPointF(x + 4.5, w.y() + line / 2), 4, 4);
        }
        w.drawText(QRectF(x + 12, w.y(), width, line), Qt::AlignLeft | Qt::AlignVCenter, text, font,
                   m_style.ink);
        x += width;
    }
    w.advance(line + 2);
}

} // namespace xiuhua::reports

namespace xiuhua::reports {

void ReportSections::workload(PageWriter& w) const
{
    heading(w, QStringLiteral("5  ") + tr("Workload per responder"));
    if (m_report.workload.empty()) {
        note(w, tr("No responder was assigned in this period."));
        return;
    }
    ReportTable table(m_style, {{tr("Name"), 1.6, Left},
                                {tr("Badge"), 1.1, Left},
                                {tr("Kind"), 2.0, Left},
                                {tr("Incidents"), 1.0, Right},
                                {tr("On scene"), 1.1, Right},
                                {tr("Own community"), 2.0, Left},
                                {tr("In community, week"), 1.6, Right},
                                {tr("Half-days / norm"), 1.6, Right}});
    for (const ResponderWorkload& r : m_report.workload) {
        const bool officer = r.communityOfficer;
        table.addRow({r.name, r.badgeNo, displayName(r.kind), number(r.incidents),
                      hoursMinutes(r.onSceneSeconds), officer ? r.communityName : QStringLiteral("—"),
                      officer ? hoursMinutes(r.inCommunitySeconds) : QStringLiteral("—"),
                      officer ? outOf(r.inCommunityHalfDays, r.normHalfDays) : QStringLiteral("—")});
    }
    table.draw(w);
    note(
        w,
        tr("Times in hours:minutes. In community: the week ending with this period, on scene at incidents in "
           "the officer's own community plus rostered community hours; a half-day (morning or afternoon) "
           "counts with at least 2 hours there. Norm: at least 5 half-days a week."));
}

void ReportSections::handover(PageWriter& w) const
{
    heading(w, QStringLiteral("6  ") + tr("Hand-over"));
    subheading(w, tr("Unresolved incidents (%1)").arg(m_report.openIncidents.size()));
    openIncidentTable(w);
    subheading(
        w,
        tr("Follow-up visits (回访) due by the end of the next day (%1)").arg(m_report.dueFollowUps.size()));
    followUpTable(w);
    subheading(w, tr("Open hazards (%1)").arg(m_report.openHazards.size()));
    hazardTable(w);
    subheading(w, tr("Hand-over notes"));
    const QString notes = m_report.header.handoverNotes.trimmed();
    const QFont font = m_style.font(9);
    const QString text = notes.isEmpty() ? tr("None recorded.") : notes;
    const double height = PageWriter::textHeight(font, text, w.body().width() - 12) + 10;
    w.ensureSpace(height);
    w.drawRect(QRectF(w.body().left(), w.y(), w.body().width(), height), QPen(m_style.rule, 0.5));
    w.drawText(QRectF(w.body().left() + 6, w.y() + 5, w.body().width() - 12, height - 10),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, font,
               notes.isEmpty() ? m_style.muted : m_style.ink);
    w.advance(height);
}

void ReportSections::openIncidentTable(PageWriter& w) const
{
    if (m_report.openIncidents.empty()) {
        note(w, tr("None."));
        return;
    }
    ReportTable table(m_style, {{tr("Incident"), 1.8, Left},
                                {tr("Received"), 1.3, Left},
                                {tr("Category"), 1.5, Left},
                                {tr("Pri."), 0.6, Left},
                                {tr("Status"), 1.1, Left},
                                {tr("Last update"), 2.6, Left, true},
                                {tr("Responders"), 1.5, Left, true},
                                {tr("Address"), 2.2, Left, true}});
    for (const HandoverIncident& i : m_report.openIncidents)
        table.addRow({i.number, localTime(i.receivedAt), i.categoryLabel, toCode(i.priority),
                      displayName(i.status),
                      QStringLiteral("%1 %2").arg(localTime(i.lastChangeAt), i.lastChange),
                      i.responders.isEmpty() ? tr("none assigned") : i.responders.join(QStringLiteral("、")),
                      i.address});
    table.draw(w);
}

void ReportSections::followUpTable(PageWriter& w) const
{
    if (m_report.dueFollowUps.empty()) {
        note(w, tr("None."));
        return;
    }
    ReportTable table(m_style, {{tr("Incident"), 1.8, Left},
                                {tr("Category"), 1.6, Left},
                                {tr("Due"), 1.4, Left},
                                {tr("Officer"), 1.4, Left},
                                {QString(), 1.2, Left}});
    for (const HandoverFollowUp& f : m_report.dueFollowUps)
        table.addRow({f.incidentNumber, f.categoryLabel, localTime(f.due), f.officer,
                      f.overdue ? tr("overdue") : QString()},
                     f.overdue ? ReportTable::RowStyle::Alert : ReportTable::RowStyle::Normal);
    table.draw(w);
}

void ReportSections::hazardTable(PageWriter& w) const
{
    if (m_report.openHazards.empty()) {
        note(w, tr("None."));
        return;
    }
    ReportTable table(m_style, {{tr("Hazard"), 1.8, Left},
                                {tr("Description"), 4, Left, true},
                                {tr("Found"), 1.3, Left},
                                {tr("Found by"), 1.5, Left}});
    for (const HandoverHazard& h : m_report.openHazards)
        table.addRow({h.kind, h.description, localTime(h.foundAt), h.foundBy});
    table.draw(w);
}

void ReportSections::amendments(PageWriter& w) const
{
    heading(w, QStringLiteral("7  ") + tr("Amendments to signed shifts"), 40);
    if (m_report.amendments.empty()) {
        note(w, tr("None: no incident of a signed shift was changed during this period."));
        return;
    }
    ReportTable table(m_style, {{tr("Signed shift"), 2, Left},
                                {tr("Incident"), 1.8, Left},
                                {tr("Changed"), 1.3, Left},
                                {tr("By"), 1.2, Left},
                                {tr("Change"), 4, Left, true}});
    for (const Amendment& a : m_report.amendments)
        table.addRow({a.shiftName, a.incidentNumber, localTime(a.at), a.actor, a.change});
    table.draw(w);
}

void ReportSections::signatureBox(PageWriter& w, const QRectF& box, const QString& role,
                                  const QString& name) const
{
    const QFont label = m_style.font(8);
    w.drawText(QRectF(box.left(), box.top(), box.width(), 14), Qt::AlignLeft, role, m_style.font(9, true),
               m_style.ink);
    const std::vector<std::pair<QString, QString>> lines{
        {tr("Name"), name}, {tr("Signature"), QString()}, {tr("Date and time"), QString()}};
    double y = box.top() + 30;
    for (const auto& [caption, value] : lines) {
        w.drawText(QRectF(box.left(), y - 12, 70, 12), Qt::AlignLeft | Qt::AlignBottom, caption, label,
                   m_style.muted);
        w.drawText(QRectF(box.left() + 72, y - 14, box.width() - 72, 13), Qt::AlignLeft | Qt::AlignBottom,
                   value, m_style.font(10), m_style.ink);
        w.drawLine(QPointF(box.left() + 70, y), QPointF(box.right(), y), QPen(m_style.ink, 0.5));
        y += 26;
    }
}

void ReportSections::signatures(PageWriter& w) const
{
    heading(w, QStringLiteral("8  ") + tr("Sign-off"), 120);
    const double gap = 30;
    const double width = (w.body().width() - gap) / 2;
    const double height = 92;
    w.ensureSpace(height + 30);
    signatureBox(w, QRectF(w.body().left(), w.y(), width, height), tr("Outgoing supervisor"),
                 m_report.header.supervisor);
    signatureBox(w, QRectF(w.body().left() + width + gap, w.y(), width, height), tr("Incoming supervisor"),
                 QString());
    w.advance(height);
    note(w, tr("Content check (SHA-256 of the report's data): %1").arg(QString::fromLatin1(m_hash)));
    if (m_report.header.auditSeq > 0)
        note(w,
             tr("Audit record when printed: no. %1, hash %2. Keep this page: `xiuhua verify-audit --expect "
                "%1:%2` proves later that the record still holds everything up to here.")
                 .arg(m_report.header.auditSeq)
                 .arg(m_report.header.auditHash));
    note(w, tr("Signing confirms the figures above and the hand-over of the listed incidents, follow-ups and "
               "hazards. Changes after sign-off appear as amendments in a later report."));
}

void ReportSections::incidentList(PageWriter& w) const
{
    heading(w, tr("Appendix: incidents of the period (%1)").arg(m_report.incidents.size()));
    std::map<Id, std::pair<QDateTime, QDateTime>> firstTimes; // dispatched, on scene
    for (const Assignment& a : m_report.assignments) {
        auto& [dispatched, onScene] = firstTimes[a.incidentId];
        if (a.dispatchedAt.isValid() && (!dispatched.isValid() || a.dispatchedAt < dispatched))
            dispatched = a.dispatchedAt;
        if (a.onSceneAt.isValid() && (!onScene.isValid() || a.onSceneAt < onScene))
            onScene = a.onSceneAt;
    }
    ReportTable table(m_style,
                      {{tr("Incident"), 1.7, Left},
                       {tr("Received"), 1.2, Left},
                       {tr("Category"), 1.5, Left},
                       {tr("Pri."), 0.5, Left},
                       {tr("Community"), 1.5, Left},
                       {tr("Address"), 2.8, Left, true},
                       {tr("Status"), 1.0, Left},
                       {tr("Dispatch"), 0.9, Right},
                       {tr("To scene"), 0.9, Right}},
                      7);
    for (const Incident& i : m_report.incidents) {
        const auto& [dispatched, onScene] = firstTimes[i.id];
        table.addRow(
            {i.number, localTime(i.receivedAt), categoryName(i.category), toCode(i.priority),
             communityName(i.communityId), i.matchedAddress.isEmpty() ? i.addressText : i.matchedAddress,
             displayName(i.status),
             dispatched.isValid() ? formatDuration(i.receivedAt.secsTo(dispatched)) : QStringLiteral("—"),
             onScene.isValid() && dispatched.isValid() ? formatDuration(dispatched.secsTo(onScene))
                                                       : QStringLiteral("—")});
    }
    table.draw(w);
}

} // namespace xiuhua::reports
