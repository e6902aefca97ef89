#include "dispatch/assignment_service.h"
#include "dispatch/incident_service.h"
#include "dispatch/responder_service.h"
#include "dispatch/settings_service.h"
#include "test_support.h"
#include "ui/responders/responder_board_panel.h"
#include "ui/responders/responder_table_model.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

class TestResponderTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;

    dispatch::DispatchContext context()
    {
        return {*m_demo->store, m_demo->taxonomy, m_demo->notifier, [] { return testing::fixedNow(); }};
    }

    Responder available(int skip = 0)
    {
        for (const Responder& responder : m_demo->store->read().responders()) {
            if (isFieldResponder(responder.kind) && responder.kind != ResponderKind::FireCrew &&
                responder.status == ResponderStatus::Available && skip-- == 0)
                return responder;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
    }

    void passesTheModelTester()
    {
        ui::ResponderTableModel model(m_demo->store->read());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        model.setNow(testing::fixedNow());
        QVERIFY(model.rowCount() >= 40); // field responders; staff are not on the board
    }

    // An assignment changes the responder's row only (busy, with the incident's number): no reset,
    // and the row selected stays selected.
    void updatesOneRowWithoutReset()
    {
        ui::ResponderTableModel model(m_demo->store->read());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(0, 0), QItemSelectionModel::ClearAndSelect);
        const qint64 selectedId =
            model.index(0, 0).data(ui::ResponderTableModel::ResponderIdRole).toLongLong();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const Responder responder = available(1);
        QVERIFY(responder.id != 0);
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("noise");
        draft.location = GeoPoint{121.476, 31.232};
        const Incident incident = dispatch::IncidentService(context()).create(testing::testOperator(), draft);
        dispatch::AssignmentService(context()).assign(testing::testOperator(), incident.id, responder.id);
        model.updateResponders({responder.id});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const QModelIndex row = model.indexOfResponder(responder.id);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row.row());
        QCOMPARE(model.responderAt(row)->status, ResponderStatus::Busy);
        QCOMPARE(model.currentIncidentOf(responder.id), incident.number);
        QCOMPARE(selection.currentIndex().data(ui::ResponderTableModel::ResponderIdRole).toLongLong(),
                 selectedId);
    }

    void onlyFieldRespondersWithTheirIncident()
    {
        ui::ResponderTableModel model(m_demo->store->read());
        for (const Responder& responder : model.responders())
            QVERIFY(isFieldResponder(responder.kind));
        int busyWithIncident = 0;
        for (const Assignment& assignment : m_demo->store->read().activeAssignments()) {
            const QModelIndex index =
                model.indexOfResponder(assignment.responderId, ui::ResponderTableModel::CurrentIncident);
            QVERIFY(index.isValid());
            QCOMPARE(index.data().toString(), m_demo->store->read().incident(assignment.incidentId)->number);
            ++busyWithIncident;
        }
        QVERIFY(busyWithIncident > 0);
    }

    void timersAdvance()
    {
        ui::ResponderTableModel model(m_demo->store->read());
        const Responder& first = model.responders().front();
        model.setNow(first.statusSince.addSecs(125));
        QCOMPARE(model.indexOfResponder(first.id, ui::ResponderTableModel::TimeInStatus).data().toString(),
                 QStringLiteral("2:05"));
    }

    void overdueRowsAreColouredWithAFixedNow()
    {
        const Responder responder = available();
        dispatch::ResponderService(context()).setStatus(testing::testOperator(), responder.id,
                                                        ResponderStatus::MealBreak);
        ui::ResponderTableModel model(m_demo->store->read());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex name = model.indexOfResponder(responder.id, ui::ResponderTableModel::Name);
        model.setNow(testing::fixedNow().addSecs(44 * 60));
        QCOMPARE(name.data(ui::ResponderTableModel::OverdueRole).toBool(), false);
        QVERIFY(!name.data(Qt::BackgroundRole).isValid());
        model.setNow(testing::fixedNow().addSecs(46 * 60)); // the meal break limit is 45 min
        QCOMPARE(name.data(ui::ResponderTableModel::OverdueRole).toBool(), true);
        QCOMPARE(name.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xff, 0xcd, 0xd2));
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(displayName(ResponderStatus::MealBreak)));
        QVERIFY(model.overdueCount() >= 1);
        QVERIFY(model.countsByStatus()[ResponderStatus::MealBreak] >= 1);

        // A longer limit, set directly, then stored through the service and reloaded.
        dispatch::StatusThresholds relaxed;
        relaxed.mealBreakSeconds = 60 * 60;
        model.setThresholds(relaxed);
        QCOMPARE(name.data(ui::ResponderTableModel::OverdueRole).toBool(), false);
        model.reload();
        QVERIFY(model.indexOfResponder(responder.id).data(ui::ResponderTableModel::OverdueRole).toBool());
        dispatch::SettingsService(context()).setStatusThresholds(testing::testOperator(), relaxed);
        model.reload();
        model.setNow(testing::fixedNow().addSecs(46 * 60));
        QVERIFY(!model.indexOfResponder(responder.id).data(ui::ResponderTableModel::OverdueRole).toBool());
        dispatch::SettingsService(context()).setStatusThresholds(testing::testOperator(), {});
        dispatch::ResponderService(context()).setStatus(testing::testOperator(), responder.id,
                                                        ResponderStatus::Available);
    }

    void onSceneWithoutUpdateIsOverdue()
    {
        const Responder responder = available(1);
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("fight");
        draft.location = GeoPoint{121.4760, 31.2330};
        const Incident incident = dispatch::IncidentService(context()).create(testing::testOperator(), draft);
        const Assignment assignment =
            dispatch::AssignmentService(context()).assign(testing::testOperator(), incident.id, responder.id);
        dispatch::AssignmentService(context()).advance(testing::testOperator(), assignment.id,
                                                       AssignmentStatus::OnScene);
        ui::ResponderTableModel model(m_demo->store->read());
        ui::ResponderBoardPanel board(model);
        QVERIFY(model.activeAssignmentOf(responder.id));
        const Responder* row = model.responderAt(model.indexOfResponder(responder.id));
        model.setNow(testing::fixedNow().addSecs(29 * 60));
        QVERIFY(!model.overdue(*row));
        model.setNow(testing::fixedNow().addSecs(31 * 60)); // on scene 30 min; busy (90 min) is not due
        QVERIFY(model.overdue(*row));
        QVERIFY(model.overdue(*row)->onScene);
        QVERIFY(board.countsText().contains(QStringLiteral("Overdue")));
        QVERIFY(board.countsText().contains(QStringLiteral("Available")));
    }
};

QTEST_MAIN(TestResponderTableModel)
#include "test_responder_table_model.moc"
