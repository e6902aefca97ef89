#include "dispatch/dispatch_error.h"
#include "dispatch/shift_service.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

class TestShiftService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    QDateTime m_now = testing::fixedNow();

    DispatchContext context()
    {
        return {*m_demo->store, m_demo->taxonomy, m_demo->notifier, [this] { return m_now; }};
    }
    const storage::StoreReader& reader() { return m_demo->store->read(); }

    Actor staff(ResponderKind kind, int index = 0)
    {
        for (const Responder& r : reader().responders()) {
            if (r.kind == kind && index-- == 0)
                return {r.id, r.name, QStringLiteral("test-ws")};
        }
        qFatal("no such staff member");
    }
    Actor supervisor(int index = 0) { return staff(ResponderKind::Supervisor, index); }

    Shift currentShift() { return *reader().shiftAt(m_now); }

    Id fieldResponder(int index = 0)
    {
        for (const Responder& r : reader().responders()) {
            if (r.kind == ResponderKind::PatrolOfficer && index-- == 0)
                return r.id;
        }
        return 0;
    }

    // The number of audit records: a refused call must leave it (and everything else) unchanged.
    qint64 auditCount() { return reader().rowCounts().at(QStringLiteral("audit_event")); }

    template <typename Call> void expectRefused(Call call)
    {
        const auto counts = reader().rowCounts();
        const auto shifts = reader().shifts();
        QVERIFY_THROWS_EXCEPTION(DispatchError, call());
        QCOMPARE(reader().rowCounts(), counts);
        QCOMPARE(reader().shifts().size(), shifts.size());
    }

private slots:
    void init()
    {
        m_now = testing::fixedNow();
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("shift.sqlite")));
    }
    void cleanup()
    {
        m_demo.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("shift.sqlite")));
    }

    void openRefusesOverlapAndNonSupervisors()
    {
        ShiftService service(context());
        const Shift current = currentShift();
        ShiftPlan plan{QStringLiteral("加班"), current.startsAt.addSecs(3600), current.endsAt, {}, {}};
        expectRefused([&] { service.open(supervisor(), plan); });
        plan.startsAt = current.endsAt;
        plan.endsAt = current.endsAt.addSecs(12 * 3600);
        expectRefused([&] { service.open(staff(ResponderKind::Dispatcher), plan); });
        plan.endsAt = plan.startsAt.addSecs(25 * 3600);
        expectRefused([&] { service.open(supervisor(), plan); });
        plan.endsAt = plan.startsAt.addSecs(12 * 3600);
        QSignalSpy changed(&m_demo->notifier, &ChangeNotifier::shiftsChanged);
        const Shift opened = service.open(supervisor(), plan);
        QCOMPARE(changed.count(), 1);
        QVERIFY(opened.isOpen());
        QCOMPARE(reader().shift(opened.id)->name, QStringLiteral("加班"));
        QCOMPARE(reader().auditEvents(QStringLiteral("shift"), opened.id, 5).front().action,
                 QStringLiteral("shift.open"));
    }

    void rosterEntriesAreValidated()
    {
        ShiftService service(context());
        const Shift shift = currentShift();
        const Id responder = fieldResponder();
        // The demo rosters every field responder for the whole shift: a second overlapping entry is refused.
        RosterEntry entry;
        entry.shiftId = shift.id;
        entry.responderId = responder;
        entry.from = shift.startsAt.addSecs(3600);
        entry.to = shift.startsAt.addSecs(7200);
        expectRefused([&] { service.addRosterEntry(supervisor(), entry); });
        // Staggered hours outside the shift's clock are fine; hours a day away are not.
        const auto existing = reader().roster(shift.id);
        const auto own = std::find_if(existing.begin(), existing.end(),
                                      [&](const RosterEntry& e) { return e.responderId == responder; });
        QVERIFY(own != existing.end());
        service.removeRosterEntry(supervisor(), shift.id, own->id);
        entry.from = shift.endsAt.addSecs(-3600);
        entry.to = shift.endsAt.addSecs(3 * 3600);
        entry.inCommunity = true;
        entry = service.addRosterEntry(supervisor(), entry);
        QVERIFY(entry.id > 0);
        RosterEntry far = entry;
        far.from = shift.endsAt.addSecs(13 * 3600);
        far.to = far.from.addSecs(3600);
        expectRefused([&] { service.updateRosterEntry(supervisor(), far); });
        RosterEntry backwards = entry;
        backwards.to = backwards.from.addSecs(-60);
        expectRefused([&] { service.updateRosterEntry(supervisor(), backwards); });
        expectRefused([&] { service.addRosterEntry(staff(ResponderKind::Dispatcher), entry); });
        entry.note = QStringLiteral("  夜间巡逻 ");
        const RosterEntry updated = service.updateRosterEntry(supervisor(), entry);
        QCOMPARE(updated.note, QStringLiteral("夜间巡逻"));
        const auto stored = reader().roster(shift.id);
        QVERIFY(std::any_of(stored.begin(), stored.end(), [&](const RosterEntry& e) {
            return e.id == entry.id && e.inCommunity && e.note == QStringLiteral("夜间巡逻");
        }));
        const auto audit = reader().auditEvents(QStringLiteral("roster_entry"), entry.id, 5);
        QCOMPARE(audit.front().action, QStringLiteral("roster.edit"));
        QVERIFY(audit.front().beforeJson.contains(QStringLiteral("\"note\":\"\"")));
    }

    void copiesThePreviousDaysRoster()
    {
        ShiftService service(context());
        const Shift today = currentShift();
        const auto yesterday = service.previousDayShift(today.id);
        QVERIFY(yesterday);
        QCOMPARE(yesterday->startsAt, today.startsAt.addDays(-1));
        // Clear today's roster, then copy: the same people at the same local hours, a day later.
        for (const RosterEntry& e : reader().roster(today.id))
            service.removeRosterEntry(supervisor(), today.id, e.id);
        const auto source = reader().roster(yesterday->id);
        QVERIFY(source.size() > 10);
        QCOMPARE(service.copyRoster(supervisor(), yesterday->id, today.id), int(source.size()));
        const auto copied = reader().roster(today.id);
        QCOMPARE(copied.size(), source.size());
        for (std::size_t i = 0; i < copied.size(); ++i) {
            QCOMPARE(copied[i].responderId, source[i].responderId);
            QCOMPARE(copied[i].from, source[i].from.addDays(1));
            QCOMPARE(copied[i].inCommunity, source[i].inCommunity);
        }
        // Copying again adds nobody and is refused with a message rather than silently doing nothing.
        expectRefused([&] { service.copyRoster(supervisor(), yesterday->id, today.id); });
    }

    void closeHandOverAcknowledgeAndSign()
    {
        ShiftService service(context());
        const Shift shift = currentShift();
        const Handover pending = service.pendingHandover();
        QVERIFY(!pending.openIncidentIds.empty());
        expectRefused(
            [&] { service.sign(supervisor(), shift.id, QString(64, QLatin1Char('a')), QByteArray("%PDF")); });
        expectRefused([&] { service.close(staff(ResponderKind::Dispatcher), shift.id, {}); });

        m_now = shift.endsAt;
        QSignalSpy closedSignal(&m_demo->notifier, &ChangeNotifier::shiftClosed);
        const Shift closed = service.close(supervisor(0), shift.id, QStringLiteral("福州路积水，注意"));
        QCOMPARE(closed.closedAt, m_now);
        QCOMPARE(closedSignal.count(), 1);
        QCOMPARE(closedSignal.front().front().toLongLong(), shift.id);
        QCOMPARE(closed.closedBy, supervisor(0).responderId);
        const auto recorded = service.recordedHandover(shift.id);
        QVERIFY(recorded);
        QCOMPARE(recorded->openIncidentIds, pending.openIncidentIds);
        QCOMPARE(recorded->openHazardIds, pending.openHazardIds);
        QCOMPARE(recorded->notes, QStringLiteral("福州路积水，注意"));
        expectRefused([&] { service.close(supervisor(0), shift.id, {}); });

        // The incoming supervisor acknowledges; the outgoing one cannot, and only once.
        expectRefused([&] { service.acknowledgeHandover(supervisor(0), shift.id); });
        m_now = m_now.addSecs(300);
        const Shift acknowledged = service.acknowledgeHandover(supervisor(1), shift.id);
        QCOMPARE(acknowledged.handoverAcknowledgedBy, supervisor(1).responderId);
        QCOMPARE(acknowledged.handoverAcknowledgedAt, m_now);
        expectRefused([&] { service.acknowledgeHandover(supervisor(1), shift.id); });

        const QByteArray pdf("%PDF-1.4 signed");
        const QString hash(64, QLatin1Char('c'));
        expectRefused([&] { service.sign(staff(ResponderKind::Dispatcher), shift.id, hash, pdf); });
        expectRefused([&] { service.sign(supervisor(), shift.id, QStringLiteral("short"), pdf); });
        const SignedShiftReport signedReport = service.sign(supervisor(0), shift.id, hash, pdf);
        QCOMPARE(reader().signedReport(shift.id)->pdf, pdf);
        QCOMPARE(reader().shift(shift.id)->signedOffBy, supervisor(0).responderId);
        QCOMPARE(signedReport.signedAt, m_now);
        // Signed is final: no second signature, no roster or staff changes.
        expectRefused([&] { service.sign(supervisor(1), shift.id, hash, pdf); });
        expectRefused([&] { service.setStaff(supervisor(), shift.id, {}, {}); });
        const auto roster = reader().roster(shift.id);
        expectRefused([&] { service.removeRosterEntry(supervisor(), shift.id, roster.front().id); });
    }
};

QTEST_GUILESS_MAIN(TestShiftService)
#include "test_shift_service.moc"
