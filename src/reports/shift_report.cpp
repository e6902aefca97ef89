#include "reports/shift_report.h"

#include <QCryptographicHash>

namespace xiuhua::reports {

namespace {

// Line-oriented "key=value" records. Values are escaped so no value can forge a line break or a
// separator: the encoding is unambiguous, so two different reports never encode alike.
class Encoder
{
public:
    Encoder& field(const char* key, const QString& value)
    {
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\n'), QLatin1String("\\n"));
        escaped.replace(QLatin1Char('\r'), QLatin1String("\\r"))
            .replace(QLatin1Char('|'), QLatin1String("\\|"));
        m_text += QLatin1String(key) + QLatin1Char('=') + escaped + QLatin1Char('|');
        return *this;
    }
    Encoder& field(const char* key, qint64 value) { return field(key, QString::number(value)); }
    Encoder& field(const char* key, bool value) { return field(key, QString::number(value ? 1 : 0)); }
    Encoder& field(const char* key, const QDateTime& value)
    {
        return field(key, value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString());
    }
    Encoder& field(const char* key, const std::optional<qint64>& value)
    {
        return field(key, value ? QString::number(*value) : QStringLiteral("-"));
    }
    Encoder& field(const char* key, const QStringList& values)
    {
        return field(key, values.join(QLatin1Char('\x1f')));
    }
    void record(const char* name) { m_text += QLatin1String(name) + QLatin1Char('\n'); }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

void encodeStats(Encoder& e, const char* name, const DurationStats& stats)
{
    e.field("n", qint64(stats.samples)).field("median", stats.medianSeconds).field("p90", stats.p90Seconds);
    e.record(name);
}

void encodeCounts(Encoder& e, const char* name, const std::vector<CountRow>& rows)
{
    for (const CountRow& row : rows) {
        e.field("code", row.code).field("count", qint64(row.count));
        e.record(name);
    }
}

void encodeHeader(Encoder& e, const ReportHeader& h)
{
    e.field("station", h.station).field("shift", h.isShift).field("shift_id", h.shiftId.value_or(0));
    e.field("title", h.title).field("from", h.from).field("to", h.to).field("supervisor", h.supervisor);
    e.field("dispatchers", h.dispatchers).field("demo", h.demoData).field("notes", h.handoverNotes);
    e.record("header");
}

void encodeResponse(Encoder& e, const ResponseTimes& r)
{
    encodeStats(e, "received_dispatched", r.receivedToDispatched);
    encodeStats(e, "dispatched_on_scene", r.dispatchedToOnScene);
    encodeStats(e, "on_scene_cleared", r.onSceneToCleared);
    encodeStats(e, "received_closed", r.receivedToClosed);
    e.field("targets", QStringLiteral("%1/%2/%3")
                           .arg(r.targets.dispatchSeconds)
                           .arg(r.targets.onScenePoliceSeconds)
                           .arg(r.targets.onSceneFireSeconds));
    e.field("dispatch", QStringLiteral("%1/%2").arg(r.dispatchBreaches).arg(r.dispatchMeasured));
    e.field("on_scene", QStringLiteral("%1/%2").arg(r.onSceneBreaches).arg(r.onSceneMeasured));
    e.record("breaches");
    for (const SlowIncident& s : r.slowest) {
        e.field("id", s.incidentId).field("seconds", s.receivedToOnSceneSeconds).field("reasons", s.reasons);
        e.record("slow");
    }
}

void encodeWorkload(Encoder& e, const std::vector<ResponderWorkload>& rows)
{
    for (const ResponderWorkload& w : rows) {
        e.field("id", w.responderId)
            .field("incidents", qint64(w.incidents))
            .field("on_scene", w.onSceneSeconds);
        e.field("community", w.inCommunitySeconds).field("half_days", qint64(w.inCommunityHalfDays));
        e.field("norm", qint64(w.normHalfDays));
        e.record("workload");
    }
}

void encodeHandover(Encoder& e, const ShiftReport& r)
{
    for (const HandoverIncident& i : r.openIncidents) {
        e.field("id", i.incidentId).field("status", qint64(i.status)).field("last", i.lastChangeAt);
        e.field("change", i.lastChange).field("responders", i.responders);
        e.record("open");
    }
    for (const HandoverFollowUp& f : r.dueFollowUps) {
        e.field("id", f.followUpId).field("due", f.due).field("officer", f.officer);
        e.record("follow_up");
    }
    for (const HandoverHazard& h : r.openHazards) {
        e.field("id", h.hazardId).field("kind", h.kind).field("found", h.foundAt);
        e.record("hazard");
    }
    for (const Amendment& a : r.amendments) {
        e.field("shift", a.shiftId).field("incident", a.incidentId).field("at", a.at);
        e.field("actor", a.actor).field("change", a.change);
        e.record("amendment");
    }
}

void encodeIncidents(Encoder& e, const ShiftReport& r)
{
    for (const core::Incident& i : r.incidents) {
        e.field("id", i.id).field("number", i.number).field("received", i.receivedAt);
        e.field("category", i.category)
            .field("priority", qint64(i.priority))
            .field("status", qint64(i.status));
        e.field("community", i.communityId.value_or(0)).field("updated", i.updatedAt);
        e.record("incident");
    }
    for (const core::Assignment& a : r.assignments) {
        e.field("id", a.id).field("incident", a.incidentId).field("responder", a.responderId);
        e.field("status", qint64(a.status))
            .field("dispatched", a.dispatchedAt)
            .field("on_scene", a.onSceneAt);
        e.field("cleared", a.clearedAt).field("cancelled", a.cancelledAt);
        e.record("assignment");
    }
}

} // namespace

QByteArray ShiftReport::canonicalEncoding() const
{
    Encoder e;
    e.field("format", qint64(1)).field("incidents", qint64(incidentCount));
    e.record("report");
    encodeHeader(e, header);
    encodeCounts(e, "category", byCategory);
    encodeCounts(e, "priority", byPriority);
    encodeCounts(e, "source", bySource);
    encodeCounts(e, "status", byStatus);
    encodeCounts(e, "community", byCommunity);
    encodeResponse(e, response);
    encodeWorkload(e, workload);
    for (const HourBucket& b : perHour) {
        e.field("hour", b.label).field("count", qint64(b.count));
        e.record("per_hour");
    }
    for (const ComparisonRow& c : comparison) {
        e.field("code", c.code).field("now", qint64(c.current)).field("week", qint64(c.lastWeek));
        e.field("year", qint64(c.lastYear));
        e.record("comparison");
    }
    encodeHandover(e, *this);
    encodeIncidents(e, *this);
    return e.bytes();
}

QByteArray ShiftReport::contentHash() const
{
    return QCryptographicHash::hash(canonicalEncoding(), QCryptographicHash::Sha256).toHex();
}

} // namespace xiuhua::reports
