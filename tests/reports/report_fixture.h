#pragma once

#include "dispatch/assignment_service.h"
#include "dispatch/demo_data.h"
#include "dispatch/incident_service.h"
#include "reports/report_period.h"
#include "storage/sqlite_store.h"
#include "test_support.h"

#include <QTimeZone>

// A real station on a real SQLite file: the demo's places, responders, shifts and weeks of history,
// then a scripted day shift whose every time is known, played through the dispatch services.
namespace xiuhua::testing {

struct ScriptedShift
{
    core::Id shiftId = 0;
    core::Id theft = 0, fight = 0, fire = 0, dispute = 0, noise = 0; // incident ids
    core::Id patrol1 = 0, patrol2 = 0, patrol3 = 0, fireCrew = 0, communityOfficer = 0;
    core::Id officerCommunity = 0;
};

class ReportFixture
{
public:
    explicit ReportFixture(const QString& path, int historicalIncidents = 60)
    {
        store = storage::SqliteStore::open(path, storage::SqliteStore::OpenMode::CreateIfMissing);
        dispatch::DemoOptions options;
        options.jurisdictionPath = bundledMap();
        options.now = fixedNow();
        options.historicalIncidents = historicalIncidents;
        options.liveIncidents = false;
        dispatch::seedDemoData({*store, taxonomy, notifier}, options);
        now = fixedNow();
    }

    dispatch::DispatchContext context()
    {
        return {*store, taxonomy, notifier, [this] { return now; }};
    }

    // 2026-11-26 at hh:mm:ss Shanghai, in UTC.
    static QDateTime local(int hour, int minute = 0, int second = 0)
    {
        return QDateTime(QDate(2026, 11, 26), QTime(hour, minute, second), QTimeZone("Asia/Shanghai"))
            .toUTC();
    }

    core::Incident create(const QDateTime& at, const QString& category,
                          std::optional<core::Id> communityId = {})
    {
        now = at;
        dispatch::IncidentDraft draft;
        draft.receivedAt = at;
        draft.category = category;
        draft.location = core::GeoPoint{121.4760, 31.2330};
        draft.communityId = communityId ? communityId : store->read().communities().front().id;
        draft.addressText = QStringLiteral("人民大道 %1 号").arg(category.size());
        return dispatch::IncidentService(context()).create(testOperator(), draft);
    }

    // Dispatched at `dispatched`, on scene `toScene` seconds later, cleared at `cleared` (if valid).
    core::Assignment respond(core::Id incident, core::Id responder, const QDateTime& dispatched, int toScene,
                             const QDateTime& cleared = {})
    {
        dispatch::AssignmentService assignments(context());
        now = dispatched;
        core::Assignment a = assignments.assign(testOperator(), incident, responder);
        now = dispatched.addSecs(std::min(5, toScene));
        a = assignments.advance(testOperator(), a.id, core::AssignmentStatus::Acknowledged);
        now = dispatched.addSecs(std::min(10, toScene));
        a = assignments.advance(testOperator(), a.id, core::AssignmentStatus::EnRoute);
        now = dispatched.addSecs(toScene);
        a = assignments.advance(testOperator(), a.id, core::AssignmentStatus::OnScene);
        if (cleared.isValid()) {
            now = cleared;
            a = assignments.advance(testOperator(), a.id, core::AssignmentStatus::Cleared);
        }
        return a;
    }

    void note(core::Id incident, const QDateTime& at, const QString& text)
    {
        now = at;
        dispatch::IncidentService(context()).addNote(testOperator(), incident, text);
    }

    void resolve(core::Id incident, const QDateTime& at, bool close)
    {
        dispatch::IncidentService incidents(context());
        now = at;
        dispatch::IncidentOutcome outcome;
        outcome.dispositionCode = QStringLiteral("handled");
        outcome.summary = QStringLiteral("已现场处置");
        outcome.followUpRequired = false;
        incidents.resolve(testOperator(), incident, outcome);
        if (close)
            incidents.changeStatus(testOperator(), incident, core::IncidentStatus::Closed);
    }

    core::Id availableResponder(core::ResponderKind kind, const std::vector<core::Id>& taken = {})
    {
        for (const core::Responder& r : store->read().responders()) {
            if (r.kind == kind && r.status == core::ResponderStatus::Available &&
                std::find(taken.begin(), taken.end(), r.id) == taken.end())
                return r.id;
        }
        return 0;
    }

    // The scripted day shift of 2026-11-26 (08:00–20:00). Hand-computed figures in the tests.
    ScriptedShift playScriptedShift()
    {
        ScriptedShift s;
        s.shiftId = store->read().shiftAt(local(12))->id;
        using K = core::ResponderKind;
        s.patrol1 = availableResponder(K::PatrolOfficer);
        s.patrol2 = availableResponder(K::PatrolOfficer, {s.patrol1});
        s.patrol3 = availableResponder(K::PatrolOfficer, {s.patrol1, s.patrol2});
        s.fireCrew = availableResponder(K::FireCrew);
        for (const core::Community& c : store->read().communities()) {
            const auto officer =
                c.responsibleOfficerId ? store->read().responder(*c.responsibleOfficerId) : std::nullopt;
            if (officer && officer->status == core::ResponderStatus::Available && !s.communityOfficer) {
                s.communityOfficer = *c.responsibleOfficerId;
                s.officerCommunity = c.id;
            }
        }
        playTheftAndFight(s);
        playFireDisputeNoise(s);
        return s;
    }

    std::unique_ptr<storage::SqliteStore> store;
    core::Taxonomy taxonomy = bundledTaxonomy();
    dispatch::ChangeNotifier notifier;
    QDateTime now;

private:
    void playTheftAndFight(ScriptedShift& s)
    {
        s.theft = create(local(10), QStringLiteral("theft")).id;
        respond(s.theft, s.patrol1, local(10, 0, 30), 200, local(10, 33, 50));
        resolve(s.theft, local(10, 40), true);
        s.fight = create(local(11), QStringLiteral("fight")).id;
        // Dispatch after 90 s, on scene 400 s later: both over target, with the reason logged.
        now = local(11, 0, 40);
        note(s.fight, local(11, 0, 40), QStringLiteral("附近警力均在处警，等待增援"));
        dispatch::AssignmentService assignments(context());
        now = local(11, 1, 30);
        core::Assignment a = assignments.assign(testOperator(), s.fight, s.patrol2);
        now = local(11, 1, 35);
        assignments.advance(testOperator(), a.id, core::AssignmentStatus::Acknowledged);
        note(s.fight, local(11, 2), QStringLiteral("路口拥堵，绕行"));
        now = local(11, 2, 10);
        assignments.advance(testOperator(), a.id, core::AssignmentStatus::EnRoute);
        now = local(11, 8, 10);
        assignments.advance(testOperator(), a.id, core::AssignmentStatus::OnScene);
        now = local(11, 40);
        assignments.advance(testOperator(), a.id, core::AssignmentStatus::Cleared);
        resolve(s.fight, local(12), true);
    }

    void playFireDisputeNoise(ScriptedShift& s)
    {
        s.fire = create(local(12), QStringLiteral("fire")).id;
        respond(s.fire, s.fireCrew, local(12, 0, 45), 200, local(12, 30));
        respond(s.fire, s.patrol3, local(12, 0, 50), 250, local(12, 35));
        resolve(s.fire, local(12, 50), true);
        s.dispute = create(local(13), QStringLiteral("dispute"), s.officerCommunity).id;
        respond(s.dispute, s.communityOfficer, local(13, 0, 20), 100, local(15, 31, 40));
        resolve(s.dispute, local(15, 35), false);
        s.noise = create(local(14), QStringLiteral("noise")).id; // never dispatched: handed over
    }
};

} // namespace xiuhua::testing
