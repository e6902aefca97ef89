#include "core/personal_data.h"
#include "dispatch/shift_service.h"
#include "reports/report_period.h"
#include "ui/console/operator_session.h"
#include "ui/console/permission_gate.h"
#include "ui/console_fixture.h"
#include "ui/incidents/details_panel.h"
#include "ui/incidents/incident_queue_panel.h"
#include "ui/map/map_context_menu.h"
#include "ui/map/map_interaction.h"
#include "ui/shifts/report_preview_dialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

// The console offers each role only what its services would let it do, and follows an operator
// switch: a monitor's wall screen changes nothing and never sees a caller; a dispatcher does not
// get the supervisor's shift paperwork.
class TestPermissionGate : public QObject
{
    Q_OBJECT

private:
    testing::ConsoleFixture m_console;

    const storage::StoreReader& reader() { return m_console.session->store.read(); }

    // As OperatorSession does after a real login.
    void switchTo(const QString& login)
    {
        m_console.session->operatorActor = testing::demoOperator(*m_console.demo, login);
        emit m_console.window->operatorSession()->operatorChanged(m_console.session->operatorActor);
    }

    QAction* action(const char* name)
    {
        auto* found = m_console.window->findChild<QAction*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    bool menuShown(const QString& title)
    {
        for (QAction* entry : m_console.window->menuBar()->actions()) {
            if (entry->menu() && entry->text() == title)
                return entry->isVisible();
        }
        qFatal("no menu %s", qPrintable(title));
    }

    bool commandLineShown()
    {
        auto* commandLine = m_console.window->findChild<QWidget*>(QStringLiteral("commandLine"));
        QTest::qWait(50); // the toolbar lays its widgets out later
        return commandLine && commandLine->isVisibleTo(m_console.window.get());
    }

    bool assignButtonShown()
    {
        auto* button = m_console.window->findChild<QPushButton*>(QStringLiteral("assignButton"));
        return button && !button->isHidden();
    }

    Id incidentWithCaller()
    {
        for (const Incident& incident : reader().incidents({})) {
            if (!incident.callerPhone.isEmpty())
                return incident.id;
        }
        qFatal("the demo has no incident with a caller");
    }

    bool revealButtonShown()
    {
        m_console.window->details()->showIncident(incidentWithCaller());
        auto* button =
            m_console.window->details()->findChild<QPushButton*>(QStringLiteral("showCallerButton"));
        return button && button->isVisibleTo(m_console.window->details());
    }

    bool contextMenuOffersNewIncident()
    {
        const auto menu = m_console.window->mapInteraction()->contextMenu().createMenu(QPointF(200, 200));
        return menu->findChild<QAction*>(QStringLiteral("newIncidentHere")) != nullptr;
    }

    std::optional<Shift> closedShift()
    {
        for (const Shift& shift : reader().shifts()) {
            if (shift.closedAt.isValid())
                return shift;
        }
        return std::nullopt;
    }

    bool signButtonShown()
    {
        const auto shift = closedShift();
        if (!shift)
            qFatal("the demo has no closed shift");
        ui::ReportPreviewDialog preview(*m_console.session,
                                        *reports::ReportPeriod::forShift(reader(), shift->id));
        auto* sign = preview.findChild<QPushButton*>(QStringLiteral("signButton"));
        return sign && !sign->isHidden();
    }

private slots:
    void initTestCase() { QVERIFY(m_console.open()); }

    void monitorSeesTheShiftButChangesNothing()
    {
        switchTo(QStringLiteral("monitor"));
        for (const char* name :
             {"newIncident", "correctIncident", "addNoteAction", "resolveAction", "reassignAction",
              "enRouteAction", "responderBusyAction", "placeIncidentTool", "openShiftAction", "rosterAction",
              "closeShiftAction", "settingsAction", "importAction", "accountsAction", "auditLogAction"}) {
            QVERIFY2(!action(name)->isVisible(), name);
            QVERIFY2(!action(name)->isEnabled(), name); // and so its shortcut does nothing
        }
        QVERIFY(action("shiftReportAction")->isVisible());
        QVERIFY(action("openIncidentsSheetAction")->isVisible());
        QVERIFY(!menuShown(tr("&Incident")));
        QVERIFY(menuShown(tr("&Shift")));
        QVERIFY(!commandLineShown());
        QVERIFY(!assignButtonShown());
        QVERIFY(!revealButtonShown());
        QVERIFY(!contextMenuOffersNewIncident());
        QVERIFY(!signButtonShown());

        // A shortcut or a stray signal still reaches no dialog.
        m_console.window->mapInteraction()->contextMenu().newIncidentRequested(QPointF(121.47, 31.23));
        auto* intake = m_console.window->findChild<QDialog*>(QStringLiteral("incidentIntakeDialog"));
        QVERIFY(!intake || !intake->isVisible());
    }

    void dispatcherDispatchesButDoesNoShiftPaperwork()
    {
        switchTo(QStringLiteral("031601"));
        for (const char* name : {"newIncident", "correctIncident", "addNoteAction", "reassignAction",
                                 "responderBusyAction", "placeIncidentTool"})
            QVERIFY2(action(name)->isVisible(), name);
        for (const char* name : {"openShiftAction", "rosterAction", "closeShiftAction", "settingsAction",
                                 "importAction", "accountsAction", "auditLogAction"})
            QVERIFY2(!action(name)->isVisible(), name);
        QVERIFY(menuShown(tr("&Incident")));
        QVERIFY(commandLineShown());
        QVERIFY(assignButtonShown());
        QVERIFY(revealButtonShown());
        QVERIFY(contextMenuOffersNewIncident());
        QVERIFY(!signButtonShown());
    }

    void supervisorSignsAndKeepsTheRoster()
    {
        switchTo(QStringLiteral("031701"));
        for (const char* name : {"newIncident", "openShiftAction", "rosterAction", "closeShiftAction",
                                 "acknowledgeHandoverAction", "settingsAction"})
            QVERIFY2(action(name)->isVisible(), name);
        QVERIFY(!action("importAction")->isVisible());
        QVERIFY(!action("accountsAction")->isVisible());
        QVERIFY(!action("backupsAction")->isVisible());
        QVERIFY(action("auditLogAction")->isVisible());
        QVERIFY(action("changePasswordAction")->isVisible());
        QVERIFY(signButtonShown());
    }

    void administratorKeepsTheConsoleNotTheIncidents()
    {
        switchTo(QStringLiteral("admin"));
        QVERIFY(action("importAction")->isVisible());
        QVERIFY(action("settingsAction")->isVisible());
        QVERIFY(action("accountsAction")->isVisible());
        QVERIFY(action("backupsAction")->isVisible());
        QVERIFY(action("auditLogAction")->isVisible());
        QVERIFY(!action("newIncident")->isVisible());
        QVERIFY(!menuShown(tr("&Incident")));
        QVERIFY(!revealButtonShown());
    }

    void revealedCallerIsHiddenFromTheNextOperator()
    {
        switchTo(QStringLiteral("031601"));
        const Id id = incidentWithCaller();
        m_console.window->details()->showIncident(id);
        m_console.window->details()->revealCaller();
        const Incident incident = *reader().incident(id);
        QVERIFY(m_console.window->details()->plainText().contains(incident.callerPhone));
        switchTo(QStringLiteral("031602"));
        QVERIFY(!m_console.window->details()->plainText().contains(incident.callerPhone));
        QVERIFY(m_console.window->details()->plainText().contains(maskPhone(incident.callerPhone)));
    }
};

QTEST_MAIN(TestPermissionGate)
#include "test_permission_gate.moc"
