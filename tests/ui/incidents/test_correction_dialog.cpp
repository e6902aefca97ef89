#include "core/personal_data.h"
#include "dispatch/incident_service.h"
#include "test_support.h"
#include "ui/incidents/correction_dialog.h"
#include "ui/incidents/details_panel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

class TestCorrectionDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
    }

    void onlyChangedFieldsAreCorrectedAndTheTimelineShowsBeforeAndAfter()
    {
        ui::ConsoleSession session{*m_demo->store,          m_demo->taxonomy,      m_demo->notifier,
                                   testing::testOperator(), testing::bundledMap(), QStringLiteral("zh_CN")};
        const Incident incident = m_demo->store->read().incidents({}).front();
        ui::CorrectionDialog dialog(session, incident);
        QVERIFY(!dialog.correction().addressText); // nothing changed yet
        dialog.addressEdit()->setText(QStringLiteral("更正后的地址 8 号"));
        dialog.setReason(QStringLiteral("报警人更正"));
        const dispatch::IncidentCorrection correction = dialog.correction();
        QCOMPARE(correction.addressText, std::optional<QString>(QStringLiteral("更正后的地址 8 号")));
        QVERIFY(!correction.category);
        QVERIFY(!correction.description);

        dispatch::IncidentService({*m_demo->store, m_demo->taxonomy, m_demo->notifier})
            .correct(session.operatorActor, incident.id, correction);
        ui::DetailsPanel details(m_demo->store->read(), m_demo->taxonomy, QStringLiteral("zh_CN"));
        details.showIncident(incident.id);
        const QString text = details.plainText();
        QVERIFY(text.contains(QStringLiteral("address_text")));
        QVERIFY(text.contains(incident.addressText + QStringLiteral(" → 更正后的地址 8 号")));
    }

    Actor loggedIn(const QString& login) { return testing::demoOperator(*m_demo, login); }

    Incident incidentWithCaller()
    {
        for (const Incident& incident : m_demo->store->read().incidents({})) {
            if (!incident.callerName.isEmpty() && !incident.callerPhone.isEmpty())
                return incident;
        }
        qFatal("the demo has no incident with a caller");
    }

    qsizetype personalDataViews(Id incidentId)
    {
        const auto events = m_demo->store->read().auditEvents(QStringLiteral("incident"), incidentId, 1000);
        return std::count_if(events.begin(), events.end(), [](const AuditEvent& event) {
            return event.action == QLatin1String("personal_data.view");
        });
    }

    void callerIsMaskedUntilRevealedAndEachRevealIsAudited()
    {
        ui::ConsoleSession session{*m_demo->store,     m_demo->taxonomy,      m_demo->notifier,
                                   loggedIn("031601"), testing::bundledMap(), QStringLiteral("zh_CN")};
        const Incident incident = incidentWithCaller();
        ui::CorrectionDialog dialog(session, incident);
        QVERIFY(dialog.callerPhoneEdit()->text().isEmpty());
        QCOMPARE(dialog.callerPhoneEdit()->placeholderText(), maskPhone(incident.callerPhone));
        QCOMPARE(dialog.callerNameEdit()->placeholderText(), maskName(incident.callerName));
        QVERIFY(!dialog.callerPhoneEdit()->placeholderText().contains(incident.callerPhone));
        // Left empty while masked: kept, not erased.
        dialog.setReason(QStringLiteral("核对"));
        QVERIFY(!dialog.correction().callerPhone);
        QVERIFY(!dialog.correction().callerName);
        // Typed over the mask: replaced.
        dialog.callerPhoneEdit()->setText(QStringLiteral("13900001111"));
        QCOMPARE(dialog.correction().callerPhone, std::optional<QString>(QStringLiteral("13900001111")));

        const qsizetype viewsBefore = personalDataViews(incident.id);
        auto* reveal = dialog.findChild<QPushButton*>(QStringLiteral("showCallerButton"));
        QVERIFY(reveal);
        reveal->click();
        QCOMPARE(personalDataViews(incident.id), viewsBefore + 1);
        QCOMPARE(dialog.callerNameEdit()->text(), incident.callerName);
        QCOMPARE(dialog.callerPhoneEdit()->text(), QStringLiteral("13900001111")); // what was typed stays
        // Once revealed, emptying a field erases it.
        dialog.callerNameEdit()->clear();
        QCOMPARE(dialog.correction().callerName, std::optional<QString>(QString()));
    }

    void aRoleWithoutPersonalDataGetsNoRevealButton()
    {
        ui::ConsoleSession session{*m_demo->store,    m_demo->taxonomy,      m_demo->notifier,
                                   loggedIn("admin"), testing::bundledMap(), QStringLiteral("zh_CN")};
        const Incident incident = incidentWithCaller();
        ui::CorrectionDialog dialog(session, incident);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("showCallerButton")));
        QVERIFY(dialog.callerPhoneEdit()->text().isEmpty());
    }
};

QTEST_MAIN(TestCorrectionDialog)
#include "test_correction_dialog.moc"
