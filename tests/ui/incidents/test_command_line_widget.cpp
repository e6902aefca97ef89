#include "core/status_rules.h"
#include "dispatch/assignment_service.h"
#include "dispatch/command_parser.h"
#include "dispatch/incident_service.h"
#include "test_support.h"
#include "ui/console/console_session.h"
#include "ui/incidents/command_executor.h"
#include "ui/incidents/command_line_widget.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

namespace {

// QTest::keyClicks only types Latin-1; a Chinese name arrives as key events carrying text.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

} // namespace

class TestCommandLineWidget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    int m_created = 0;
    std::unique_ptr<ui::ConsoleSession> m_session;

    dispatch::DispatchContext context() { return {*m_demo->store, m_demo->taxonomy, m_demo->notifier}; }
    const storage::StoreReader& reader() { return m_demo->store->read(); }

    Incident newIncident()
    {
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("dispute");
        draft.location = GeoPoint{121.4760, 31.2330};
        // On the demo's day, so its short number is not shared with an open incident of another day.
        draft.receivedAt = testing::recentMorning().addSecs(60 * ++m_created);
        return dispatch::IncidentService(context()).create(testing::testOperator(), draft);
    }

    // An available field responder whose name no one else has.
    Responder uniqueAvailable(int skip = 0)
    {
        std::map<QString, int> names;
        const auto all = reader().responders();
        for (const Responder& responder : all)
            ++names[responder.name];
        for (const Responder& responder : all) {
            if (isFieldResponder(responder.kind) && responder.status == ResponderStatus::Available &&
                names[responder.name] == 1 && skip-- == 0)
                return responder;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")),
                                                        testing::recentMorning());
        m_session = std::make_unique<ui::ConsoleSession>(
            ui::ConsoleSession{*m_demo->store, m_demo->taxonomy, m_demo->notifier, testing::testOperator(),
                               testing::bundledMap(), QStringLiteral("zh_CN")});
    }

    void typingAnAssignmentAndEnterAssigns()
    {
        const Incident incident = newIncident();
        const Responder responder = uniqueAvailable();
        QVERIFY(responder.id != 0);
        ui::CommandLineWidget line(*m_session);
        line.show();
        QVERIFY(QTest::qWaitForWindowExposed(&line));
        QSignalSpy messages(&line, &ui::CommandLineWidget::message);
        QSignalSpy touched(line.executor(), &ui::CommandExecutor::incidentTouched);

        QTest::keyClicks(&line, QStringLiteral("a %1 ").arg(dispatch::incidentShortNumber(incident.number)));
        typeText(&line, responder.name);
        QTest::keyClick(&line, Qt::Key_Return);

        bool assigned = false;
        for (const Assignment& assignment : reader().assignmentsForIncident(incident.id))
            assigned = assigned || (assignment.responderId == responder.id && isActive(assignment.status));
        QVERIFY2(assigned,
                 messages.isEmpty() ? "no message" : qPrintable(messages.last().first().toString()));
        QCOMPARE(reader().responder(responder.id)->status, ResponderStatus::Busy);
        QVERIFY(line.text().isEmpty());
        QCOMPARE(touched.count(), 1);
        QCOMPARE(line.history().size(), 1);
    }

    void tabCompletesNumbersNamesAndWords()
    {
        const Incident incident = newIncident();
        const Responder responder = uniqueAvailable();
        ui::CommandLineWidget line(*m_session);
        line.show();
        QVERIFY(QTest::qWaitForWindowExposed(&line));
        QTest::keyClicks(&line, QStringLiteral("a "));
        QVERIFY(line.completionsHere().contains(dispatch::incidentShortNumber(incident.number)));
        QVERIFY(line.completionsHere().contains(incident.number));
        QTest::keyClicks(&line, dispatch::incidentShortNumber(incident.number));
        QTest::keyClick(&line, Qt::Key_Tab);
        QCOMPARE(line.text(), QStringLiteral("a %1 ").arg(dispatch::incidentShortNumber(incident.number)));
        QVERIFY(line.completionsHere().contains(responder.name));
        QVERIFY(line.hasFocus() || !line.isActiveWindow()); // Tab did not move the focus away

        line.clear();
        QTest::keyClicks(&line, QStringLiteral("s x on"));
        QTest::keyClick(&line, Qt::Key_Tab);
        QCOMPARE(line.text(), QStringLiteral("s x onscene "));
    }

    void refusalsKeepTheLineAndSayWhy()
    {
        ui::CommandLineWidget line(*m_session);
        QSignalSpy messages(&line, &ui::CommandLineWidget::message);
        QTest::keyClicks(&line, QStringLiteral("a 99999 nobody"));
        QTest::keyClick(&line, Qt::Key_Return);
        QCOMPARE(line.text(), QStringLiteral("a 99999 nobody"));
        QCOMPARE(messages.count(), 1);
        QVERIFY(!messages.first().first().toString().isEmpty());
        line.clear();
        QTest::keyClicks(&line, QStringLiteral("zz"));
        QTest::keyClick(&line, Qt::Key_Return);
        QCOMPARE(messages.count(), 2);
        QTest::keyClick(&line, Qt::Key_Escape);
        QVERIFY(line.text().isEmpty());
        QTest::keyClick(&line, Qt::Key_Up); // history
        QCOMPARE(line.text(), QStringLiteral("zz"));
    }

    void executorRunsEveryCommand()
    {
        ui::CommandExecutor executor(*m_session);
        QSignalSpy messages(&executor, &ui::CommandExecutor::message);
        QSignalSpy newIncident(&executor, &ui::CommandExecutor::newIncidentRequested);
        QSignalSpy outcome(&executor, &ui::CommandExecutor::outcomeRequested);

        QVERIFY(executor.execute(QStringLiteral("n")));
        QCOMPARE(newIncident.count(), 1);
        QVERIFY(executor.execute(QStringLiteral("h")));

        const Incident incident = this->newIncident();
        const QString number = dispatch::incidentShortNumber(incident.number);
        const Responder responder = uniqueAvailable();
        QVERIFY(executor.execute(QStringLiteral("a %1 %2").arg(number, responder.badgeNo)));
        QVERIFY(executor.execute(QStringLiteral("s %1 onscene").arg(responder.name)));
        QCOMPARE(reader().incident(incident.id)->status, IncidentStatus::OnScene);
        QVERIFY(executor.execute(QStringLiteral("note %1 现场已控制").arg(number)));
        QVERIFY(!executor.execute(QStringLiteral("s %1 enroute").arg(responder.name))); // backwards

        QVERIFY(executor.execute(QStringLiteral("c %1 resolved").arg(number))); // asks for the outcome
        QCOMPARE(outcome.count(), 1);
        QCOMPARE(outcome.first().first().value<qint64>(), incident.id);
        QCOMPARE(reader().incident(incident.id)->status, IncidentStatus::OnScene);
        QVERIFY(!executor.execute(QStringLiteral("c %1 resolved nonsense").arg(number)));
        QVERIFY(executor.execute(QStringLiteral("c %1 resolved mediated 双方和解").arg(incident.number)));
        QCOMPARE(reader().incident(incident.id)->dispositionCode, QStringLiteral("mediated"));
        QCOMPARE(reader().incident(incident.id)->disposition, QStringLiteral("双方和解"));
        QVERIFY(executor.execute(QStringLiteral("c %1 closed").arg(number)));
        QCOMPARE(reader().incident(incident.id)->status, IncidentStatus::Closed);
        QVERIFY(executor.execute(QStringLiteral("c %1 reopen 再次来电").arg(number)));
        QVERIFY(executor.execute(QStringLiteral("c %1 cancelled 重复报警").arg(number)));
        QCOMPARE(reader().incident(incident.id)->status, IncidentStatus::Cancelled);

        QVERIFY(executor.execute(QStringLiteral("r %1 meal").arg(responder.name)));
        QCOMPARE(reader().responder(responder.id)->status, ResponderStatus::MealBreak);
        QVERIFY(!executor.execute(QStringLiteral("r %1 meal").arg(responder.name))); // already
        QVERIFY(executor.execute(QStringLiteral("r %1 available").arg(responder.name)));
        QVERIFY(!executor.execute(QStringLiteral("s %1 clear").arg(responder.name))); // nothing active
        QVERIFY(!messages.isEmpty());
    }
};

QTEST_MAIN(TestCommandLineWidget)
#include "test_command_line_widget.moc"
