#include "reports/report_period.h"

#include <algorithm>

namespace xiuhua::reports {

ReportPeriod::ReportPeriod(QDateTime from, QDateTime to, std::optional<core::Shift> shift)
    : m_from(std::move(from)), m_to(std::move(to)), m_shift(std::move(shift))
{}

QTimeZone ReportPeriod::stationZone()
{
    return QTimeZone("Asia/Shanghai");
}

std::optional<ReportPeriod> ReportPeriod::forShift(const storage::StoreReader& reader, core::Id shiftId)
{
    const auto found = reader.shift(shiftId);
    if (!found || !found->startsAt.isValid() || !found->endsAt.isValid())
        return std::nullopt;
    return ReportPeriod(found->startsAt.toUTC(), found->endsAt.toUTC(), *found);
}

std::optional<ReportPeriod> ReportPeriod::forDays(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return std::nullopt;
    const QTimeZone zone = stationZone();
    return ReportPeriod(QDateTime(first, QTime(0, 0), zone).toUTC(),
                        QDateTime(last.addDays(1), QTime(0, 0), zone).toUTC(), std::nullopt);
}

ReportPeriod ReportPeriod::forRange(const QDateTime& from, const QDateTime& to)
{
    return ReportPeriod(from.toUTC(), to.toUTC(), std::nullopt);
}

ReportPeriod ReportPeriod::shiftedDays(int days) const
{
    const QTimeZone zone = stationZone();
    return ReportPeriod(m_from.toTimeZone(zone).addDays(days).toUTC(),
                        m_to.toTimeZone(zone).addDays(days).toUTC(), std::nullopt);
}

ReportPeriod ReportPeriod::shiftedYears(int years) const
{
    const QTimeZone zone = stationZone();
    return ReportPeriod(m_from.toTimeZone(zone).addYears(years).toUTC(),
                        m_to.toTimeZone(zone).addYears(years).toUTC(), std::nullopt);
}

QString ReportPeriod::title() const
{
    if (m_shift && !m_shift->name.isEmpty())
        return m_shift->name;
    const QTimeZone zone = stationZone();
    const QString format = QStringLiteral("yyyy-MM-dd");
    const QDate first = m_from.toTimeZone(zone).date();
    const QDate last = m_to.toTimeZone(zone).addMSecs(-1).date();
    if (first == last)
        return first.toString(format);
    return QStringLiteral("%1 – %2").arg(first.toString(format), last.toString(format));
}

} // namespace xiuhua::reports
