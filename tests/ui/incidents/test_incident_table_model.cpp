#include "core/status_rules.h"
#include "dispatch/assignment_service.h"
#include "dispatch/incident_service.h"
#include "test_support.h"
#include "ui/incidents/incident_queue_panel.h"
#include "ui/incidents/incident_table_model.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
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
                                                        testing::recentMorning());
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

    // A change of one incident updates that row only: new rows are inserted, changed rows emit
    // dataChanged, rows that leave the queue are removed; the model never resets, so the
    // dispatcher's selection (through the sorting proxy, as in the queue) stays on its incident.
    void updatesOneRowWithoutReset()
    {
        ui::IncidentTableModel model(m_demo->store->read(), m_demo->taxonomy, QStringLiteral("zh_CN"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ui::IncidentTableModel::SortRole);
        proxy.sort(ui::IncidentTableModel::Received, Qt::DescendingOrder);
        QItemSelectionModel selection(&proxy);
        const QModelIndex selectedSource = model.index(model.rowCount() / 2, 0);
        const qint64 selectedId = selectedSource.data(ui::IncidentTableModel::IncidentIdRole).toLongLong();
        selection.setCurrentIndex(proxy.mapFromSource(selectedSource),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const auto selectedIdNow = [&] {
            return selection.currentIndex().data(ui::IncidentTableModel::IncidentIdRole).toLongLong();
        };

        dispatch::IncidentService service({*m_demo->store, m_demo->taxonomy, m_demo->notifier});
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("noise");
        draft.location = GeoPoint{121.476, 31.232};
        const int before = model.rowCount();
        const Incident created = service.create(testing::testOperator(), draft);
        model.updateIncidents({created.id});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(selectedIdNow(), selectedId);

        service.changeStatus(testing::testOperator(), created.id, IncidentStatus::Cancelled,
                             QStringLiteral("test"));
        model.updateIncidents({created.id});
        QCOMPARE(changed.count(), 1); // still in the last 24 hours: the row shows the new status
        const QModelIndex row = model.indexOfIncident(created.id, ui::IncidentTableModel::Status);
        QCOMPARE(row.data(ui::IncidentTableModel::StatusCodeRole).toString(),
                 toCode(IncidentStatus::Cancelled));
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row.row());

        // A day later a cancelled incident no longer belongs in the queue.
        model.setNow(QDateTime::currentDateTimeUtc().addDays(2));
        model.updateIncidents({created.id});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), before);
        QVERIFY(!model.indexOfIncident(created.id).isValid());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(selectedIdNow(), selectedId);
        model.updateIncidents({});
        QCOMPARE(reset.count(), 1); // no ids: everything may have changed
    }

    void timersAreGradedAgainstTheTargets()
    {
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QDateTime now = t0;
        const dispatch::DispatchContext context{*m_demo->store, m_demo->taxonomy, m_demo->notifier,
                                                [&now] { return now; }};
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("fight");
        draft.location = GeoPoint{121.476, 31.232};
        const Incident incident = dispatch::IncidentService(context).create(testing::testOperator(), draft);
        ui::IncidentTableModel model(m_demo->store->read(), m_demo->taxonomy, QStringLiteral("zh_CN"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        using Grade = dispatch::TargetGrade;
        auto grade = [&](int column) {
            return model.indexOfIncident(incident.id, column).data(ui::IncidentTableModel::TimerGradeRole);
        };
        auto background = [&](int column) {
            return model.indexOfIncident(incident.id, column)
                .data(Qt::BackgroundRole)
                .value<QBrush>()
                .color();
        };
        model.setNow(t0.addSecs(30));
        QCOMPARE(grade(ui::IncidentTableModel::SinceReceived).toInt(), int(Grade::Within));
        QCOMPARE(background(ui::IncidentTableModel::SinceReceived),
                 ui::IncidentTableModel::gradeColour(Grade::Within));
        QVERIFY(!grade(ui::IncidentTableModel::SinceDispatch).isValid()); // not dispatched yet
        model.setNow(t0.addSecs(50));
        QCOMPARE(grade(ui::IncidentTableModel::SinceReceived).toInt(), int(Grade::Near));
        model.setNow(t0.addSecs(70));
        QCOMPARE(grade(ui::IncidentTableModel::SinceReceived).toInt(), int(Grade::Breached));
        QCOMPARE(background(ui::IncidentTableModel::SinceReceived),
                 ui::IncidentTableModel::gradeColour(Grade::Breached));

        // Dispatched after 40 s: the dispatch timer stops, within target; the on-scene one runs.
        now = t0.addSecs(40);
        Responder police;
        Responder fire;
        for (const Responder& responder : m_demo->store->read().responders()) {
            if (responder.status != ResponderStatus::Available || !isFieldResponder(responder.kind))
                continue;
            if (responder.kind == ResponderKind::FireCrew && fire.id == 0)
                fire = responder;
            else if (responder.kind == ResponderKind::PatrolOfficer && police.id == 0)
                police = responder;
        }
        QVERIFY(police.id && fire.id);
        dispatch::AssignmentService(context).assign(testing::testOperator(), incident.id, police.id);
        model.reload();
        model.setNow(t0.addSecs(40 + 100));
        QCOMPARE(grade(ui::IncidentTableModel::SinceReceived).toInt(), int(Grade::Within));
        QCOMPARE(model.indexOfIncident(incident.id, ui::IncidentTableModel::SinceDispatch).data().toString(),
                 QStringLiteral("1:40"));
        QCOMPARE(grade(ui::IncidentTableModel::SinceDispatch).toInt(), int(Grade::Within)); // 100 of 300 s
        model.setNow(t0.addSecs(40 + 250));
        QCOMPARE(grade(ui::IncidentTableModel::SinceDispatch).toInt(), int(Grade::Near));
        model.setNow(t0.addSecs(40 + 301));
        QCOMPARE(grade(ui::IncidentTableModel::SinceDispatch).toInt(), int(Grade::Breached));

        // A fire crew on the incident: the 3-minute target applies.
        dispatch::AssignmentService(context).assign(testing::testOperator(), incident.id, fire.id);
        model.reload();
        model.setNow(t0.addSecs(40 + 150));
        QCOMPARE(grade(ui::IncidentTableModel::SinceDispatch).toInt(), int(Grade::Near));
        QCOMPARE(model.onSceneTimer(*model.incidentAt(model.indexOfIncident(incident.id)))->targetSeconds,
                 180);

        // Configurable targets.
        dispatch::ResponseTargets targets;
        targets.onSceneFireSeconds = 600;
        targets.onScenePoliceSeconds = 600;
        model.setTargets(targets);
        QCOMPARE(grade(ui::IncidentTableModel::SinceDispatch).toInt(), int(Grade::Within));
    }

    void queuePanelFilters()
    {
        ui::IncidentTableModel model(m_demo->store->read(), m_demo->taxonomy, QStringLiteral("zh_CN"));
        ui::IncidentQueuePanel panel(model);
        QAbstractItemModel* shown = panel.view()->model();
        auto every = [&](auto&& predicate) {
            for (int row = 0; row < shown->rowCount(); ++row) {
                const Id id = shown->index(row, 0).data(ui::IncidentTableModel::IncidentIdRole).toLongLong();
                const Incident* incident = model.incidentAt(model.indexOfIncident(id));
                if (!incident || !predicate(*incident))
                    return false;
            }
            return true;
        };
        const int open = shown->rowCount();
        QVERIFY(open > 0);
        QVERIFY(every([](const Incident& incident) { return isOpen(incident.status); }));
        panel.setShowAll(true);
        QVERIFY(shown->rowCount() >= open);
        const int all = shown->rowCount();

        panel.setStatusFilter(IncidentStatus::Closed);
        QVERIFY(every([](const Incident& incident) { return incident.status == IncidentStatus::Closed; }));
        panel.setShowAll(true);
        panel.setPriorityFilter(Priority::P1);
        QVERIFY(every([](const Incident& incident) { return incident.priority == Priority::P1; }));
        panel.setPriorityFilter(std::nullopt);
        QCOMPARE(shown->rowCount(), all);

        const Incident& sample = model.incidents().front();
        panel.setCategoryFilter(sample.category);
        QVERIFY(shown->rowCount() > 0);
        QVERIFY(every([&](const Incident& incident) { return incident.category == sample.category; }));
        panel.setCategoryFilter({});
        if (sample.communityId) {
            panel.setCommunityFilter(sample.communityId);
            QVERIFY(shown->rowCount() > 0);
            QVERIFY(
                every([&](const Incident& incident) { return incident.communityId == sample.communityId; }));
            panel.setCommunityFilter(std::nullopt);
        }
        panel.setAgeFilter(ui::IncidentQueuePanel::AgeFilter::LastHour);
        QVERIFY(
            every([&](const Incident& incident) { return incident.receivedAt.secsTo(model.now()) <= 3600; }));
        panel.setAgeFilter(ui::IncidentQueuePanel::AgeFilter::OlderThanHour);
        QVERIFY(
            every([&](const Incident& incident) { return incident.receivedAt.secsTo(model.now()) >= 3600; }));
        panel.setAgeFilter(ui::IncidentQueuePanel::AgeFilter::Any);
        QCOMPARE(shown->rowCount(), all);

        // Selecting a hidden incident clears the filters that hide it.
        panel.setStatusFilter(IncidentStatus::Cancelled);
        const Incident* hidden = nullptr;
        for (const Incident& incident : model.incidents())
            hidden = incident.status != IncidentStatus::Cancelled ? &incident : hidden;
        QVERIFY(hidden);
        panel.selectIncident(hidden->id);
        QCOMPARE(panel.currentIncident(), std::optional<Id>(hidden->id));
    }
};

QTEST_MAIN(TestIncidentTableModel)
#include "test_incident_table_model.moc"
