#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace xiuhua::reports {

// What a report covers: one shift, or a range of whole local days (a day, a week, a month).
// Times are UTC; [from, to).
class ReportPeriod
{
public:
    // The station's local time: incident numbers, shifts and days are Shanghai time.
    static QTimeZone stationZone();

    // The shift's start and end; empty when there is no such shift.
    static std::optional<ReportPeriod> forShift(const storage::StoreReader& reader, core::Id shiftId);
    // Local days `first` to `last`, both included; empty when last is before first or either is invalid.
    static std::optional<ReportPeriod> forDays(QDate first, QDate last);
    static ReportPeriod forRange(const QDateTime& from, const QDateTime& to);

    bool isShift() const { return m_shift.has_value(); }
    const std::optional<core::Shift>& shift() const { return m_shift; }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    qint64 seconds() const { return m_from.secsTo(m_to); }
    // The same period shifted back: a week for "same shift last week", a year for "last year"
    // (by local calendar, so 08:00 stays 08:00).
    ReportPeriod shiftedDays(int days) const;
    ReportPeriod shiftedYears(int years) const;
    // "2026-11-26 白班" for a shift; "2026-11-01 – 2026-11-30" for days.
    QString title() const;

private:
    ReportPeriod(QDateTime from, QDateTime to, std::optional<core::Shift> shift);

    QDateTime m_from;
    QDateTime m_to;
    std::optional<core::Shift> m_shift;
};

} // namespace xiuhua::reports
