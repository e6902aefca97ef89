#include "dispatch/incident_service.h"
#include "dispatch/shift_service.h"
#include "reports/report_period.h"
#include "test_support.h"
#include "ui/review_grab.h"
#include "ui/shifts/handover_dialog.h"
#include "ui/shifts/report_preview_dialog.h"
#include "ui/shifts/roster_editor_dialog.h"
#include "ui/shifts/roster_table_model.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

// The shift dialogs driven as a supervisor would, on a real demo database: roster editing, close
// and hand-over, acknowledgement by the incoming supervisor, report preview, PDF, CSV and sign-off.
class TestShiftDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    std::unique_ptr<ui::ConsoleSession> m_session;

    const storage::StoreReader& reader() { return m_demo->store->read(); }

    Actor staff(ResponderKind kind, int index = 0)
    {
        for (const Responder& r : reader().responders()) {
            if (r.kind == kind && index-- == 0)
                return {r.id, r.name, QStringLiteral("test-ws")};
        }
        qFatal("no such staff member");
    }

    Shift openShift()
    {
        for (const Shift& shift : reader().shifts()) {
            if (shift.isOpen())
                return shift;
        }
        qFatal("the demo has no open shift");
    }

private slots:
    void initTestCase()
    {
        testing::installReviewTranslation(this);
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("desk.sqlite")),
                                                        testing::recentMorning());
        m_session = std::make_unique<ui::ConsoleSession>(ui::ConsoleSession{
            *m_demo->store, m_demo->taxonomy, m_demo->notifier, staff(ResponderKind::Supervisor, 0),
            testing::bundledMap(), QStringLiteral("zh_CN")});
    }

    void rosterEditorEditsThroughTheService()
    {
        const Shift shift = openShift();
        ui::RosterEditorDialog dialog(*m_session, shift);
        ui::RosterTableModel* model = dialog.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model->rowCount();
        QCOMPARE(before, int(reader().roster(shift.id).size()));
        testing::grabForReview(dialog, "roster_editor.png");
        const RosterEntry first = *model->entryAt(0);
        QVERIFY(dialog.remove(first.id));
        QCOMPARE(model->rowCount(), before - 1);

        // A dispatcher may not edit the roster: refused with a message, nothing changed.
        m_session->operatorActor = staff(ResponderKind::Dispatcher);
        QSignalSpy messages(&dialog, &ui::RosterEditorDialog::message);
        QVERIFY(!dialog.add(first));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(model->rowCount(), before - 1);
        m_session->operatorActor = staff(ResponderKind::Supervisor, 0);

        RosterEntry back = first;
        back.id = 0;
        back.inCommunity = true;
        back.note = QStringLiteral("社区走访");
        QVERIFY(dialog.add(back));
        QCOMPARE(model->rowCount(), before);
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ui::RosterTableModel::NoteColumn);
            if (index.data().toString() == QStringLiteral("社区走访") &&
                index.siblingAtColumn(ui::RosterTableModel::InCommunityColumn).data(Qt::CheckStateRole) ==
                    Qt::Checked)
                found = true;
        }
        QVERIFY(found);
    }

    void closeHandOverAcknowledgeAndSign()
    {
        const Shift shift = openShift();
        ui::HandoverDialog closing(*m_session, shift, ui::HandoverDialog::Mode::Close);
        storage::IncidentQuery openOnly;
        openOnly.openOnly = true;
        const auto open = reader().incidents(openOnly);
        QVERIFY(!open.empty());
        for (const Incident& incident : open)
            QVERIFY(closing.handoverText().contains(incident.number));
        closing.setNotes(QStringLiteral("南京东路施工，夜间注意"));
        testing::grabForReview(closing, "handover_close.png");
        QVERIFY(closing.apply());
        QVERIFY(reader().shift(shift.id)->closedAt.isValid());

        // The outgoing supervisor cannot acknowledge their own hand-over; the incoming one can.
        ui::HandoverDialog ownAck(*m_session, *reader().shift(shift.id),
                                  ui::HandoverDialog::Mode::Acknowledge);
        QVERIFY(!ownAck.apply());
        m_session->operatorActor = staff(ResponderKind::Supervisor, 1);
        ui::HandoverDialog incoming(*m_session, *reader().shift(shift.id),
                                    ui::HandoverDialog::Mode::Acknowledge);
        QVERIFY(incoming.handoverText() == closing.handoverText());
        QVERIFY(incoming.apply());
        QCOMPARE(reader().shift(shift.id)->handoverAcknowledgedBy,
                 staff(ResponderKind::Supervisor, 1).responderId);
        m_session->operatorActor = staff(ResponderKind::Supervisor, 0);

        const auto period = reports::ReportPeriod::forShift(reader(), shift.id);
        QVERIFY(period);
        ui::ReportPreviewDialog preview(*m_session, *period);
        // The report of a closed shift lists exactly what was handed over at the close.
        const auto recorded = dispatch::recordedHandover(reader(), shift.id);
        QVERIFY(recorded);
        std::vector<Id> listed;
        for (const auto& row : preview.report().openIncidents)
            listed.push_back(row.incidentId);
        auto expected = recorded->openIncidentIds;
        std::sort(expected.begin(), expected.end());
        std::sort(listed.begin(), listed.end());
        QCOMPARE(listed, expected);
        QCOMPARE(preview.report().openHazards.size(), recorded->openHazardIds.size());
        const QString pdf = m_dir.filePath(QStringLiteral("shift.pdf"));
        QVERIFY(preview.savePdf(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        const QString csv = m_dir.filePath(QStringLiteral("shift.csv"));
        QVERIFY(preview.saveCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.read(3) == "\xEF\xBB\xBF");

        QVERIFY(preview.sign());
        const auto signedReport = reader().signedReport(shift.id);
        QVERIFY(signedReport);
        QCOMPARE(signedReport->contentSha256, QString::fromLatin1(preview.report().contentHash()));
        QVERIFY(signedReport->pdf.startsWith("%PDF-"));
        QVERIFY(!preview.sign()); // only once
        testing::grabForReview(preview, "report_preview.png");

        // A later change to one of the shift's incidents is never silent: it shows as an amendment in
        // the signed shift's own report, while the stored signed PDF stays as it was.
        storage::IncidentQuery query;
        query.receivedFrom = shift.startsAt;
        query.receivedTo = shift.endsAt;
        const auto incidents = reader().incidents(query);
        const auto ofShift = std::find_if(incidents.begin(), incidents.end(),
                                          [&](const Incident& i) { return i.shiftId == shift.id; });
        QVERIFY(ofShift != incidents.end());
        dispatch::IncidentService({*m_demo->store, m_demo->taxonomy, m_demo->notifier})
            .addNote(m_session->operatorActor, ofShift->id, QStringLiteral("补充：嫌疑人已到案"));
        ui::ReportPreviewDialog later(*m_session, *reports::ReportPeriod::forShift(reader(), shift.id));
        const auto& amendments = later.report().amendments;
        QVERIFY(std::any_of(amendments.begin(), amendments.end(), [&](const reports::Amendment& a) {
            return a.incidentId == ofShift->id && a.change.contains(QStringLiteral("嫌疑人已到案"));
        }));
        QVERIFY(later.report().contentHash() != signedReport->contentSha256.toLatin1());
        QCOMPARE(reader().signedReport(shift.id)->pdf, signedReport->pdf);
    }
};

QTEST_MAIN(TestShiftDesk)
#include "test_shift_desk.moc"
