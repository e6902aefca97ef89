#include "core/status_rules.h"
#include "dispatch/assignment_service.h"
#include "dispatch/incident_service.h"
#include "storage/sqlite_store.h"
#include "test_support.h"
#include "ui/console/console_session.h"
#include "ui/incidents/incident_actions.h"
#include "ui/incidents/incident_queue_panel.h"
#include "ui/incidents/incident_table_model.h"
#include "ui/incidents/outcome_dialog.h"
#include "ui/responders/responder_board_panel.h"
#include "ui/responders/responder_picker_dialog.h"
#include "ui/responders/responder_table_model.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace xiuhua;
using namespace xiuhua::core;
using Act = ui::IncidentActions::ActionId;

namespace {

// Fills the next modal dialog of type D as soon as it opens, then accepts it.
template <typename D> void whenDialogOpens(std::function<void(D*)> fill)
{
    auto attempts = std::make_shared<int>(0);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [fill, attempts, poll] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog && ++*attempts < 100) {
            QTimer::singleShot(20, *poll);
            return;
        }
        if (!dialog) {
            if (QWidget* other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        fill(dialog);
        dialog->accept();
        *poll = nullptr; // break the cycle
    };
    QTimer::singleShot(0, *poll);
}

} // namespace

class TestIncidentActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    std::unique_ptr<ui::ConsoleSession> m_session;
    std::unique_ptr<QWidget> m_window;
    ui::IncidentActions* m_actions = nullptr;

    dispatch::DispatchContext context() { return {*m_demo->store, m_demo->taxonomy, m_demo->notifier}; }
    const storage::StoreReader& reader() { return m_demo->store->read(); }

    Incident newIncident(const QString& category = QStringLiteral("fight"))
    {
        dispatch::IncidentDraft draft;
        draft.category = category;
        draft.location = GeoPoint{121.4760, 31.2330};
        draft.addressText = QStringLiteral("人民广场东侧");
        return dispatch::IncidentService(context()).create(testing::testOperator(), draft);
    }

    std::vector<Responder> available(int count)
    {
        std::vector<Responder> result;
        for (const Responder& responder : reader().responders()) {
            if (isFieldResponder(responder.kind) && responder.status == ResponderStatus::Available &&
                responder.kind != ResponderKind::FireCrew && int(result.size()) < count)
                result.push_back(responder);
        }
        return result;
    }

    bool enabled(Act id) { return m_actions->action(id)->isEnabled(); }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")),
                                                        testing::recentMorning());
        m_session = std::make_unique<ui::ConsoleSession>(
            ui::ConsoleSession{*m_demo->store, m_demo->taxonomy, m_demo->notifier, testing::testOperator(),
                               testing::bundledMap(), QStringLiteral("zh_CN")});
        m_window = std::make_unique<QWidget>();
        m_actions = new ui::IncidentActions(*m_session, m_window.get());
        m_window->addActions(m_actions->allActions());
    }

    void everyActionHasAShortcutAndNothingClashes()
    {
        QSet<QString> keys;
        for (QAction* action : m_actions->allActions()) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            const QString key = action->shortcut().toString(QKeySequence::PortableText);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
        }
        // Keys the main window and the map already use.
        for (const char* taken :
             {"Ctrl+0", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+9", "Alt+Left", "Alt+Right",
              "Ctrl+Shift+L", "Ctrl+Q", "Ctrl+N", "Ctrl+L", "F1"})
            QVERIFY2(!keys.contains(QString::fromLatin1(taken)), taken);
    }

    void nothingEnabledWithoutSelection()
    {
        m_actions->setCurrentIncident(std::nullopt);
        m_actions->setCurrentResponder(std::nullopt);
        for (QAction* action : m_actions->allActions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    }

    void enablingFollowsTheIncidentStatus()
    {
        const Incident incident = newIncident();
        m_actions->setCurrentIncident(incident.id);
        QVERIFY(enabled(Act::AddNote));
        QVERIFY(enabled(Act::Resolve));
        QVERIFY(enabled(Act::CancelIncident));
        QVERIFY(!enabled(Act::Close));
        QVERIFY(!enabled(Act::Reopen));
        QVERIFY(!enabled(Act::Reassign));
        QVERIFY(!enabled(Act::OnScene));
        QVERIFY(!enabled(Act::ResponderMealBreak)); // the focus is an incident

        const Responder responder = available(1).front();
        dispatch::AssignmentService(context()).assign(testing::testOperator(), incident.id, responder.id);
        // The notifier re-enables: an active assignment can move on.
        QVERIFY(enabled(Act::Acknowledge));
        QVERIFY(enabled(Act::EnRoute));
        QVERIFY(enabled(Act::OnScene));
        QVERIFY(enabled(Act::ClearAssignment));
        QVERIFY(enabled(Act::CancelAssignment));
        QVERIFY(enabled(Act::Reassign));

        // The board's row: the responder's own status and their assignment.
        m_actions->setCurrentResponder(responder.id);
        QCOMPARE(m_actions->targetIncident(), std::optional<Id>(incident.id));
        QVERIFY(!enabled(Act::ResponderAvailable)); // holds an assignment
        QVERIFY(!enabled(Act::ResponderBusy));      // already busy
        QVERIFY(!enabled(Act::ResponderMealBreak));
        QVERIFY(enabled(Act::OnScene));
        QVERIFY(enabled(Act::AddNote));
    }

    void addNoteThroughTheDialog()
    {
        const Incident incident = newIncident();
        m_actions->setCurrentIncident(incident.id);
        QSignalSpy messages(m_actions, &ui::IncidentActions::message);
        whenDialogOpens<QInputDialog>([](QInputDialog* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("noteDialog"));
            dialog->setTextValue(QStringLiteral("报警人在楼下等候"));
        });
        m_actions->action(Act::AddNote)->trigger();
        bool found = false;
        for (const IncidentEvent& event : reader().incidentEvents(incident.id))
            found = found || (event.kind == IncidentEventKind::Note &&
                              event.text == QStringLiteral("报警人在楼下等候"));
        QVERIFY(found);
        QCOMPARE(messages.count(), 1);
    }

    void assignmentStepsFromTheBoard()
    {
        const Incident incident = newIncident();
        const Responder responder = available(1).front();
        const Assignment assignment =
            dispatch::AssignmentService(context()).assign(testing::testOperator(), incident.id, responder.id);
        m_actions->setCurrentResponder(responder.id);
        m_actions->action(Act::Acknowledge)->trigger();
        QCOMPARE(reader().assignment(assignment.id)->status, AssignmentStatus::Acknowledged);
        QVERIFY(!enabled(Act::Acknowledge));
        m_actions->action(Act::OnScene)->trigger();
        QCOMPARE(reader().assignment(assignment.id)->status, AssignmentStatus::OnScene);
        QCOMPARE(reader().incident(incident.id)->status, IncidentStatus::OnScene);
        QVERIFY(!enabled(Act::EnRoute)); // no going back

        whenDialogOpens<QInputDialog>(
            [](QInputDialog* dialog) { dialog->setTextValue(QStringLiteral("车辆故障")); });
        m_actions->action(Act::CancelAssignment)->trigger();
        const Assignment cancelled = *reader().assignment(assignment.id);
        QCOMPARE(cancelled.status, AssignmentStatus::Cancelled);
        QCOMPARE(cancelled.cancelReason, QStringLiteral("车辆故障"));
        QCOMPARE(reader().responder(responder.id)->status, ResponderStatus::Available);
    }

    void reassignCancelsAndAssignsAnother()
    {
        const Incident incident = newIncident();
        const Responder first = available(1).front();
        const Assignment old =
            dispatch::AssignmentService(context()).assign(testing::testOperator(), incident.id, first.id);
        m_actions->setCurrentIncident(incident.id);
        QVERIFY(enabled(Act::Reassign));
        std::optional<Id> picked;
        whenDialogOpens<ui::ResponderPickerDialog>([&picked](ui::ResponderPickerDialog* dialog) {
            QVERIFY(dialog->candidateCount() > 0);
            QVERIFY(!dialog->isComplete()); // the reason is missing
            dialog->setReason(QStringLiteral("距离更近的警员"));
            QVERIFY(dialog->isComplete());
            picked = dialog->selectedResponder();
        });
        m_actions->action(Act::Reassign)->trigger();
        QVERIFY(picked);
        QCOMPARE(reader().assignment(old.id)->status, AssignmentStatus::Cancelled);
        bool newOne = false;
        for (const Assignment& assignment : reader().assignmentsForIncident(incident.id))
            newOne = newOne || (assignment.responderId == *picked && isActive(assignment.status));
        QVERIFY(newOne);
        QVERIFY(*picked != first.id);
    }

    void resolveCloseReopenCancel()
    {
        const Incident incident = newIncident(QStringLiteral("theft"));
        m_actions->setCurrentIncident(incident.id);
        whenDialogOpens<ui::OutcomeDialog>([](ui::OutcomeDialog* dialog) {
            QVERIFY(!dialog->isComplete());
            dispatch::IncidentOutcome outcome;
            outcome.dispositionCode = QStringLiteral("mediated");
            outcome.summary = QStringLiteral("双方和解");
            outcome.peopleInvolved = QStringLiteral("王某、李某");
            dialog->setOutcome(outcome);
            QVERIFY(dialog->isComplete());
        });
        m_actions->action(Act::Resolve)->trigger();
        Incident after = *reader().incident(incident.id);
        QCOMPARE(after.status, IncidentStatus::Resolved);
        QCOMPARE(after.dispositionCode, QStringLiteral("mediated"));
        QCOMPARE(after.disposition, QStringLiteral("双方和解"));
        QCOMPARE(after.peopleInvolved, QStringLiteral("王某、李某"));
        QVERIFY(!enabled(Act::Resolve));
        QVERIFY(enabled(Act::Close));
        QVERIFY(enabled(Act::Reopen));

        m_actions->action(Act::Close)->trigger();
        QCOMPARE(reader().incident(incident.id)->status, IncidentStatus::Closed);
        QVERIFY(!enabled(Act::Close));
        QVERIFY(!enabled(Act::CancelIncident));

        whenDialogOpens<QInputDialog>(
            [](QInputDialog* dialog) { dialog->setTextValue(QStringLiteral("报警人再次来电")); });
        m_actions->action(Act::Reopen)->trigger();
        QCOMPARE(reader().incident(incident.id)->status, IncidentStatus::Dispatched);

        whenDialogOpens<QInputDialog>(
            [](QInputDialog* dialog) { dialog->setTextValue(QStringLiteral("重复报警")); });
        m_actions->action(Act::CancelIncident)->trigger();
        QCOMPARE(reader().incident(incident.id)->status, IncidentStatus::Cancelled);
        for (QAction* action : m_actions->incidentMenuActions()) {
            if (action && action != m_actions->action(Act::AddNote))
                QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        }
    }

    void outcomeDialogDefaultsFollowUpFromTheCategory()
    {
        const Category* followUp = nullptr;
        const Category* none = nullptr;
        for (const Category& category : m_demo->taxonomy.categories()) {
            (category.followUpRequired ? followUp : none) = &category;
        }
        QVERIFY(followUp && none);
        ui::OutcomeDialog dialog(m_demo->taxonomy, QStringLiteral("zh_CN"));
        Incident incident;
        incident.number = QStringLiteral("20261126-0001");
        incident.category = followUp->code;
        dialog.setIncident(incident);
        QCOMPARE(dialog.outcome().followUpRequired, std::optional<bool>(true));
        incident.category = none->code;
        dialog.setIncident(incident);
        QCOMPARE(dialog.outcome().followUpRequired, std::optional<bool>(false));
        QVERIFY(!dialog.setDispositionCode(QStringLiteral("no_such_code")));
        QVERIFY(dialog.setDispositionCode(m_demo->taxonomy.dispositions().front().code));
    }

    // Another seat (its own connection and notifier, as a second console is) raises the priority
    // while this seat's dispatcher types the reason for cancelling: the cancel is refused, naming the
    // change, instead of overwriting it; so is an outcome or a close based on what the seat saw.
    void aChangeFromAnotherSeatRefusesAStaleStatusChange()
    {
        const Incident incident = newIncident(QStringLiteral("theft"));
        m_actions->setCurrentIncident(incident.id);
        auto otherSeat = storage::SqliteStore::open(m_demo->store->location(),
                                                    storage::SqliteStore::OpenMode::OpenExisting);
        dispatch::ChangeNotifier otherNotifier;
        Actor otherDispatcher = testing::testOperator();
        otherDispatcher.name = QStringLiteral("另一席位");
        otherDispatcher.workstation = QStringLiteral("seat-2");
        const Priority raised = incident.priority == Priority::P1 ? Priority::P2 : Priority::P1;
        auto correctOnTheOtherSeat = [&](Priority priority) {
            dispatch::IncidentCorrection correction;
            correction.priority = priority;
            correction.reason = QStringLiteral("报警人补充");
            dispatch::IncidentService({*otherSeat, m_demo->taxonomy, otherNotifier})
                .correct(otherDispatcher, incident.id, correction);
        };
        QSignalSpy errors(m_actions, &ui::IncidentActions::errorOccurred);
        whenDialogOpens<QInputDialog>([&](QInputDialog* dialog) {
            correctOnTheOtherSeat(raised);
            dialog->setTextValue(QStringLiteral("重复报警"));
        });
        m_actions->action(Act::CancelIncident)->trigger();
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.last().first().toString().contains(QStringLiteral("另一席位")),
                 qPrintable(errors.last().first().toString()));
        QCOMPARE(reader().incident(incident.id)->status, IncidentStatus::New);
        QCOMPARE(reader().incident(incident.id)->priority, raised);

        // Once this seat has seen the change (the notifier), the same cancel goes through.
        emit m_demo->notifier.incidentsChanged({incident.id});
        whenDialogOpens<QInputDialog>(
            [](QInputDialog* dialog) { dialog->setTextValue(QStringLiteral("重复报警")); });
        m_actions->action(Act::CancelIncident)->trigger();
        QCOMPARE(reader().incident(incident.id)->status, IncidentStatus::Cancelled);

        // An outcome typed while another seat changed the incident is refused too.
        const Incident second = newIncident(QStringLiteral("theft"));
        m_actions->setCurrentIncident(second.id);
        whenDialogOpens<ui::OutcomeDialog>([&](ui::OutcomeDialog* dialog) {
            dispatch::IncidentCorrection correction;
            correction.description = QStringLiteral("嫌疑人已离开");
            correction.reason = QStringLiteral("补充");
            dispatch::IncidentService({*otherSeat, m_demo->taxonomy, otherNotifier})
                .correct(otherDispatcher, second.id, correction);
            dispatch::IncidentOutcome outcome;
            outcome.dispositionCode = QStringLiteral("mediated");
            outcome.summary = QStringLiteral("双方和解");
            dialog->setOutcome(outcome);
        });
        m_actions->action(Act::Resolve)->trigger();
        QCOMPARE(errors.count(), 2);
        QCOMPARE(reader().incident(second.id)->status, IncidentStatus::New);
    }

    void refusalsChangeNothing()
    {
        const Incident incident = newIncident();
        QSignalSpy errors(m_actions, &ui::IncidentActions::errorOccurred);
        QVERIFY(!m_actions->changeStatus(incident.id, IncidentStatus::Closed));
        QVERIFY(!m_actions->changeStatus(incident.id, IncidentStatus::Cancelled, QString()));
        QVERIFY(!m_actions->addNote(incident.id, QStringLiteral("   ")));
        QVERIFY(!m_actions->resolve(incident.id, {}));
        QCOMPARE(errors.count(), 4);
        QCOMPARE(reader().incident(incident.id)->status, IncidentStatus::New);
    }

    void responderStatusFromTheBoard()
    {
        const Responder responder = available(1).front();
        m_actions->setCurrentResponder(responder.id);
        QVERIFY(!enabled(Act::ResponderAvailable));
        QVERIFY(enabled(Act::ResponderMealBreak));
        m_actions->action(Act::ResponderMealBreak)->trigger();
        QCOMPARE(reader().responder(responder.id)->status, ResponderStatus::MealBreak);
        QVERIFY(enabled(Act::ResponderAvailable));
        QVERIFY(!enabled(Act::ResponderMealBreak));
        m_actions->action(Act::ResponderOffDuty)->trigger();
        QCOMPARE(reader().responder(responder.id)->status, ResponderStatus::OffDuty);
        m_actions->action(Act::ResponderAvailable)->trigger();
        QCOMPARE(reader().responder(responder.id)->status, ResponderStatus::Available);
    }

    void selectionSignalsConnectDirectly()
    {
        // The panels emit core::Id; the slots take std::optional<core::Id>.
        const Incident incident = newIncident();
        ui::IncidentTableModel model(reader(), m_demo->taxonomy, QStringLiteral("zh_CN"));
        ui::IncidentQueuePanel queue(model);
        connect(&queue, &ui::IncidentQueuePanel::incidentSelected, m_actions,
                &ui::IncidentActions::setCurrentIncident);
        ui::ResponderTableModel responders(reader());
        ui::ResponderBoardPanel board(responders);
        connect(&board, &ui::ResponderBoardPanel::responderSelected, m_actions,
                &ui::IncidentActions::setCurrentResponder);
        queue.setContextActions(m_actions->incidentMenuActions());
        board.setContextActions(m_actions->responderMenuActions());
        queue.selectIncident(incident.id);
        QCOMPARE(m_actions->targetIncident(), std::optional<Id>(incident.id));
        const Responder responder = available(1).front();
        board.selectResponder(responder.id);
        QCOMPARE(m_actions->targetResponder(), std::optional<Id>(responder.id));
        QCOMPARE(board.currentResponder(), std::optional<Id>(responder.id));
        QCOMPARE(queue.currentIncident(), std::optional<Id>(incident.id));
    }
};

QTEST_MAIN(TestIncidentActions)
#include "test_incident_actions.moc"
