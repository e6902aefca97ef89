#include "dispatch/assignment_service.h"
#include "dispatch/change_set.h"
#include "dispatch/change_watcher.h"
#include "dispatch/incident_service.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

// Two connections on one file, as two consoles: what one commits, the other's watcher reads from the
// audit log and announces; its own commits are not announced a second time.
class TestChangeWatcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;  // the first console
    std::unique_ptr<storage::SqliteStore> m_other; // the second console's connection
    dispatch::ChangeNotifier m_otherNotifier;

    Incident createOn(storage::Store& store, dispatch::ChangeNotifier& notifier)
    {
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("noise");
        draft.location = GeoPoint{121.476, 31.232};
        return dispatch::IncidentService({store, m_demo->taxonomy, notifier})
            .create(testing::testOperator(), draft);
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        m_demo = std::make_unique<testing::DemoFixture>(path, testing::recentMorning());
        m_other = storage::SqliteStore::open(path, storage::SqliteStore::OpenMode::OpenExisting);
    }

    void seesWhatAnotherConnectionCommits()
    {
        dispatch::ChangeWatcher watcher(*m_demo->store, &m_demo->notifier);
        QSignalSpy incidents(&m_demo->notifier, &dispatch::ChangeNotifier::incidentsChanged);
        QVERIFY(watcher.poll().empty()); // nothing since it started
        const Incident created = createOn(*m_other, m_otherNotifier);
        const std::vector<AuditEvent> records = watcher.poll();
        QVERIFY(!records.empty());
        QCOMPARE(records.front().entity, QStringLiteral("incident"));
        QCOMPARE(records.front().entityId, std::optional<Id>(created.id));
        QCOMPARE(dispatch::changeSetOf(records).incidentIds(), QList<qint64>{created.id});
        QVERIFY(watcher.poll().empty()); // read once
    }

    void announcesThroughTheNotifier()
    {
        dispatch::ChangeWatcher watcher(*m_demo->store, &m_demo->notifier);
        QSignalSpy incidents(&m_demo->notifier, &dispatch::ChangeNotifier::incidentsChanged);
        QSignalSpy responders(&m_demo->notifier, &dispatch::ChangeNotifier::respondersChanged);
        const Incident created = createOn(*m_other, m_otherNotifier);
        Id responderId = 0;
        for (const Responder& responder : m_other->read().responders()) {
            if (isFieldResponder(responder.kind) && responder.kind != ResponderKind::FireCrew &&
                responder.status == ResponderStatus::Available) {
                responderId = responder.id;
                break;
            }
        }
        QVERIFY(responderId != 0);
        dispatch::AssignmentService({*m_other, m_demo->taxonomy, m_otherNotifier})
            .assign(testing::testOperator(), created.id, responderId);
        watcher.start(10);
        QTRY_COMPARE_WITH_TIMEOUT(incidents.count(), 1, 5000);
        QCOMPARE(incidents.first().at(0).value<QList<qint64>>(), QList<qint64>{created.id});
        QCOMPARE(responders.count(), 1);
        QCOMPARE(responders.first().at(0).value<QList<qint64>>(), QList<qint64>{responderId});
    }

    // The services announce their own commits; the watcher must not read them back as news.
    void ownCommitsAreNotAnnouncedTwice()
    {
        dispatch::ChangeWatcher watcher(*m_demo->store, &m_demo->notifier);
        createOn(*m_demo->store, m_demo->notifier);
        QVERIFY(watcher.poll().empty());
        const Incident theirs = createOn(*m_other, m_otherNotifier);
        const std::vector<AuditEvent> records = watcher.poll();
        QVERIFY(!records.empty());
        for (const AuditEvent& record : records)
            QCOMPARE(record.entityId, std::optional<Id>(theirs.id));
    }

    void manyRecordsMeanReloadEverything()
    {
        std::vector<AuditEvent> records(300);
        for (AuditEvent& record : records) {
            record.entity = QStringLiteral("incident");
            record.entityId = 1;
        }
        const dispatch::ChangeSet changes = dispatch::changeSetOf(records);
        QVERIFY(changes.allIncidents && changes.allResponders);
        QVERIFY(changes.incidentIds().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "test_change_watcher.moc"
