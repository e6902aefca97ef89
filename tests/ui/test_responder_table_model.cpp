#include "test_support.h"
#include "ui/responder_table_model.h"

#include <QAbstractItemModelTester>
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
};

QTEST_MAIN(TestResponderTableModel)
#include "test_responder_table_model.moc"
