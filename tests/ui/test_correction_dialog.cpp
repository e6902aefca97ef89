#include "dispatch/incident_service.h"
#include "test_support.h"
#include "ui/correction_dialog.h"
#include "ui/details_panel.h"

#include <QLineEdit>
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
};

QTEST_MAIN(TestCorrectionDialog)
#include "test_correction_dialog.moc"
