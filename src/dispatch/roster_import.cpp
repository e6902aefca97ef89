#include "dispatch/roster_import.h"

#include "core/entity_json.h"

#include <QCoreApplication>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

// The same limits as ShiftService's roster editor.
constexpr qint64 maxRosterSeconds = 16 * 3600;
constexpr qint64 rosterSlackSeconds = 12 * 3600;

CsvRowProblem problem(const char* column, const char* reason)
{
    return {QString::fromLatin1(column), QCoreApplication::translate("CsvImport", reason)};
}

} // namespace

std::vector<CsvColumn> RosterImport::columns() const
{
    return {
        {QStringLiteral("badge_no"),
         {QStringLiteral("警号"), QStringLiteral("badge_no"), QStringLiteral("badge")},
         true},
        {QStringLiteral("shift"), {QStringLiteral("班次"), QStringLiteral("shift")}, false},
        {QStringLiteral("date"), {QStringLiteral("日期"), QStringLiteral("date")}, false},
        {QStringLiteral("from"),
         {QStringLiteral("开始"), QStringLiteral("开始时间"), QStringLiteral("from")},
         true},
        {QStringLiteral("to"),
         {QStringLiteral("结束"), QStringLiteral("结束时间"), QStringLiteral("to")},
         true},
        {QStringLiteral("in_community"), {QStringLiteral("下社区"), QStringLiteral("in_community")}, false},
        {QStringLiteral("note"), {QStringLiteral("备注"), QStringLiteral("note")}, false}};
}

std::optional<CsvRowProblem> RosterImport::readHours(const CsvImportRow& row, RosterEntry& entry) const
{
    const QString from = row.value(QStringLiteral("from"));
    const QString to = row.value(QStringLiteral("to"));
    if (row.has(QStringLiteral("date"))) {
        QString dateText = row.value(QStringLiteral("date"));
        dateText.replace(QLatin1Char('/'), QLatin1Char('-'));
        const QDate date = QDate::fromString(dateText, QStringLiteral("yyyy-M-d"));
        if (!date.isValid())
            return problem("date", QT_TRANSLATE_NOOP("CsvImport", "A date is written as 2026-11-26."));
        entry.from = CsvImportRow::parseStationTime(date, from);
        entry.to = CsvImportRow::parseStationTime(date, to);
        // Night work: "22:00" to "06:00" on one date ends the next morning.
        if (entry.from.isValid() && entry.to.isValid() && entry.to <= entry.from)
            entry.to = entry.to.addDays(1);
    }
    if (!entry.from.isValid())
        entry.from = CsvImportRow::parseStationTime(from);
    if (!entry.to.isValid())
        entry.to = CsvImportRow::parseStationTime(to);
    if (!entry.from.isValid())
        return problem(
            "from", QT_TRANSLATE_NOOP(
                        "CsvImport", "A time is written as 2026-11-26 08:00 (or 08:00 with a date column)."));
    if (!entry.to.isValid())
        return problem(
            "to", QT_TRANSLATE_NOOP("CsvImport",
                                    "A time is written as 2026-11-26 08:00 (or 08:00 with a date column)."));
    if (entry.to <= entry.from)
        return problem("to", QT_TRANSLATE_NOOP("CsvImport", "The hours must end after they start."));
    if (entry.from.secsTo(entry.to) > maxRosterSeconds)
        return problem("to", QT_TRANSLATE_NOOP("CsvImport", "The hours are longer than 16 hours."));
    return std::nullopt;
}

std::optional<CsvRowProblem> RosterImport::findShift(const CsvImportRow& row,
                                                     const storage::StoreReader& reader, RosterEntry& entry,
                                                     Shift& shift) const
{
    std::optional<Shift> found;
    if (row.has(QStringLiteral("shift"))) {
        const QString text = row.value(QStringLiteral("shift"));
        bool numeric = false;
        const Id id = text.toLongLong(&numeric);
        int matches = 0;
        for (const Shift& candidate : reader.shifts()) {
            if (numeric ? candidate.id == id : candidate.name == text) {
                found = candidate;
                ++matches;
            }
        }
        if (matches > 1)
            return problem("shift", QT_TRANSLATE_NOOP(
                                        "CsvImport", "Several shifts have this name: use the shift number."));
    } else {
        found = reader.shiftAt(entry.from);
    }
    if (!found)
        return problem("shift", QT_TRANSLATE_NOOP("CsvImport", "No such shift."));
    if (found->isSigned())
        return problem(
            "shift", QT_TRANSLATE_NOOP("CsvImport", "The shift is signed off and can no longer be changed."));
    if (entry.to <= found->startsAt.addSecs(-rosterSlackSeconds) ||
        entry.from >= found->endsAt.addSecs(rosterSlackSeconds))
        return problem("from", QT_TRANSLATE_NOOP("CsvImport", "The hours lie too far outside the shift."));
    shift = *found;
    entry.shiftId = shift.id;
    return std::nullopt;
}

const std::vector<RosterEntry>& RosterImport::rosterOf(const storage::StoreReader& reader, Id shiftId)
{
    auto found = m_rosters.find(shiftId);
    if (found == m_rosters.end())
        found = m_rosters.emplace(shiftId, reader.roster(shiftId)).first;
    return found->second;
}

std::optional<CsvRowProblem> RosterImport::accept(const CsvImportRow& row, const storage::StoreReader& reader)
{
    if (!m_badges) {
        m_badges.emplace();
        for (const Responder& responder : reader.responders())
            m_badges->insert(responder.badgeNo, responder.id);
    }
    RosterEntry entry;
    const auto responder = m_badges->constFind(row.value(QStringLiteral("badge_no")));
    if (responder == m_badges->constEnd())
        return problem("badge_no", QT_TRANSLATE_NOOP("CsvImport", "No responder has this badge number."));
    entry.responderId = *responder;
    if (auto hours = readHours(row, entry))
        return hours;
    Shift shift;
    if (auto noShift = findShift(row, reader, entry, shift))
        return noShift;
    if (row.has(QStringLiteral("in_community"))) {
        const auto flag = CsvImportRow::parseFlag(row.value(QStringLiteral("in_community")));
        if (!flag)
            return problem("in_community", QT_TRANSLATE_NOOP("CsvImport", "Write 是 or 否 (yes or no)."));
        entry.inCommunity = *flag;
    }
    entry.note = row.value(QStringLiteral("note"));
    if (entry.note.size() > 500)
        return problem("note", QT_TRANSLATE_NOOP("CsvImport", "A note is at most 500 characters."));
    for (const RosterEntry& other : rosterOf(reader, shift.id)) {
        if (other.responderId == entry.responderId && other.from < entry.to && entry.from < other.to)
            return problem("from",
                           QT_TRANSLATE_NOOP("CsvImport", "The responder is already rostered at that time."));
    }
    m_rosters[shift.id].push_back(entry);
    m_accepted.push_back(std::move(entry));
    return std::nullopt;
}

QList<Id> RosterImport::write(storage::StoreWriter& writer)
{
    QList<Id> ids;
    for (RosterEntry& entry : m_accepted) {
        entry.id = writer.insertRosterEntry(entry);
        writer.audit(
            {QStringLiteral("roster.import"), QStringLiteral("roster_entry"), entry.id, {}, toJson(entry)});
        ids << entry.id;
    }
    return ids;
}

} // namespace xiuhua::dispatch
