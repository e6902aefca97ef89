#include "core/status_rules.h"
#include "dispatch/incident_service.h"
#include "test_support.h"
#include "ui/incident_table_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

class TestIncidentTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;

private slots:
    void initTestCase()
    {
        // Demo "now" is the real now, so the model's last-24-hours window holds today's incidents.
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")),
                                                        QDateTime::currentDateTimeUtc());
    }

    void passesTheModelTester()
    {
        ui::IncidentTableModel model(m_demo->store->read(), m_demo->taxonomy, QStringLiteral("zh_CN"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        model.setNow(QDateTime::currentDateTimeUtc());
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(), int(ui::IncidentTableModel::ColumnCount));
    }

    void holdsEveryOpenIncident()
    {
        ui::IncidentTableModel model(m_demo->store->read(), m_demo->taxonomy, QStringLiteral("zh_CN"));
        storage::IncidentQuery open;
        open.openOnly = true;
        const auto openIncidents = m_demo->store->read().incidents(open);
        QVERIFY(!openIncidents.empty());
        for (const Incident& incident : openIncidents) {
            const QModelIndex index = model.indexOfIncident(incident.id, ui::IncidentTableModel::Number);
            QVERIFY(index.isValid());
            QCOMPARE(index.data().toString(), incident.number);
            QCOMPARE(index.data(ui::IncidentTableModel::IncidentIdRole).toLongLong(), incident.id);
        }
        int openCount = 0;
        for (const auto& [status, count] : model.countsByStatus())
            openCount += isOpen(status) ? count : 0;
        QCOMPARE(openCount, int(openIncidents.size()));
    }

    void showsChineseCategoryAndStatus()
    {
        ui::IncidentTableModel model(m_demo->store->read(), m_demo->taxonomy, QStringLiteral("zh_CN"));
        const Incident* incident = model.incidentAt(model.index(0, 0));
        QVERIFY(incident);
        const QString category = model.index(0, ui::IncidentTableModel::Category).data().toString();
        QCOMPARE(category, m_demo->taxonomy.find(incident->category)->nameZh);
    }

    void reloadPicksUpNewIncidents()
    {
        ui::IncidentTableModel model(m_demo->store->read(), m_demo->taxonomy, QStringLiteral("zh_CN"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const int before = model.rowCount();
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("noise");
        draft.location = GeoPoint{121.476, 31.232};
        const Incident created =
            dispatch::IncidentService({*m_demo->store, m_demo->taxonomy, m_demo->notifier})
                .create(testing::testOperator(), draft);
        model.reload();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.indexOfIncident(created.id).isValid());
    }
};

QTEST_MAIN(TestIncidentTableModel)
#include "test_incident_table_model.moc"
