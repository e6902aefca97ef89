#include "app/console_application.h"
#include "dispatch/demo_data.h"
#include "dispatch/incident_service.h"
#include "storage/pg_store.h"
#include "storage/store_engine.h"
#include "test_support.h"
#include "ui/console/console_session.h"
#include "ui/console/database_link_status.h"
#include "ui/console/main_window.h"
#include "ui/incidents/dispatch_desk.h"
#include "ui/incidents/incident_intake_dialog.h"
#include "ui/incidents/incident_queue_panel.h"
#include "ui/incidents/incident_table_model.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

// The whole console on a PostgreSQL database whose server connections are cut from the server side
// (pg_terminate_backend on the console's backends, as an administrator or a crashed server would).
// At once a red bar across the window says since when; an action is refused with a message, writes
// nothing and the form keeps what was typed; the console connects again by itself, listens again,
// reloads (showing what another seat did meanwhile) and says so; then the kept form saves.
class TestConnectionLoss : public QObject
{
    Q_OBJECT

private:
    test::StoreEngine m_engine;
    QString m_database;
    std::unique_ptr<storage::Store> m_store;
    Taxonomy m_taxonomy = testing::bundledTaxonomy();
    dispatch::ChangeNotifier m_notifier;
    std::unique_ptr<ui::ConsoleSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;

    int terminateConsoleBackends()
    {
        auto admin = storage::PgConnection::connect(m_database);
        storage::Statement kill(*admin, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                        "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        kill.step();
        return kill.integer(0);
    }

    static Incident otherSeatCreates(storage::Store& store, const Taxonomy& taxonomy)
    {
        dispatch::ChangeNotifier notifier;
        dispatch::IncidentDraft draft;
        draft.category = QStringLiteral("theft");
        draft.location = GeoPoint{121.474, 31.233};
        draft.description = QStringLiteral("另一席位在断线期间接警");
        return dispatch::IncidentService({store, taxonomy, notifier})
            .create({std::nullopt, QStringLiteral("李调度"), QStringLiteral("seat-b")}, draft);
    }

private slots:
    void initTestCase()
    {
        if (!m_engine.isPostgres())
            QFAIL("a PostgreSQL test: run with XIUHUA_STORE_ENGINE=postgres (ctest -L postgres)");
        XIUHUA_REQUIRE_ENGINE(m_engine);
        QSettings().clear();
        m_database = m_engine.newLocation(QStringLiteral("loss"));
        m_store = m_engine.open(m_database);
        dispatch::DemoOptions demo;
        demo.jurisdictionPath = testing::bundledMap();
        demo.now = testing::recentMorning();
        demo.passwordLimits = dispatch::PasswordHasher::minimum();
        dispatch::seedDemoData({*m_store, m_taxonomy, m_notifier}, demo);
        m_session = std::make_unique<ui::ConsoleSession>(
            ui::ConsoleSession{*m_store, m_taxonomy, m_notifier, testing::testOperator(),
                               testing::bundledMap(), QStringLiteral("zh_CN")});
        QVERIFY(ui::loadJurisdictionServices(*m_session).isEmpty());
        m_window = std::make_unique<ui::MainWindow>(*m_session);
        m_window->setWindowState(Qt::WindowNoState);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void lostShownRefusedAndBack()
    {
        ui::DatabaseLinkStatus* status = m_window->linkStatus();
        QVERIFY(status);
        QVERIFY(!status->bannerShown());

        // The dispatcher is typing a call.
        auto* desk = m_window->findChild<ui::DispatchDesk*>();
        QVERIFY(desk);
        desk->openIntake(QPointF(121.4760, 31.2320));
        ui::IncidentIntakeDialog* intake = desk->intake();
        QTRY_VERIFY(intake->isVisible());
        auto* category = intake->findChild<QComboBox*>(QStringLiteral("categoryBox"));
        category->setCurrentIndex(category->findData(QStringLiteral("noise")));
        const QString typed = QStringLiteral("楼上装修噪音，已持续两小时");
        intake->findChild<QPlainTextEdit*>()->setPlainText(typed);
        const qint64 incidentsBefore =
            storage::PostgresStore::open(m_database)->read().rowCounts().at(QStringLiteral("incident"));

        QVERIFY(terminateConsoleBackends() >= 2); // the store's connection and the listening one
        QTRY_VERIFY_WITH_TIMEOUT(status->bannerShown(), 10000);
        QVERIFY2(status->bannerText().contains(QLatin1String("Not connected to the database since")),
                 qPrintable(status->bannerText()));
        if (const QByteArray shot = qgetenv("XIUHUA_BANNER_SHOT"); !shot.isEmpty())
            m_window->grab().save(QString::fromLocal8Bit(shot));

        // Saving now is refused with a message; the form stays open with what was typed.
        QVERIFY(!intake->save());
        QVERIFY(intake->isVisible());
        QCOMPARE(intake->draft().description, typed);
        // Another seat takes a call meanwhile: its notification reaches nobody on this console.
        auto otherSeat = storage::PostgresStore::open(m_database);
        const Incident other = otherSeatCreates(*otherSeat, m_taxonomy);
        QCOMPARE(otherSeat->read().rowCounts().at(QStringLiteral("incident")), incidentsBefore + 1);

        // Back by itself, listening again, everything reloaded, and said so.
        QTRY_VERIFY_WITH_TIMEOUT(!status->bannerShown(), 30000);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("again")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        auto* queue = m_window->findChild<ui::IncidentTableModel*>();
        QVERIFY(queue);
        QTRY_VERIFY_WITH_TIMEOUT(queue->indexOfIncident(other.id).isValid(), 10000);

        // The kept form saves now, once.
        QVERIFY(intake->save());
        QCOMPARE(otherSeat->read().rowCounts().at(QStringLiteral("incident")), incidentsBefore + 2);

        // And the line listens again: another seat's next call shows without any clock-driven look.
        const Incident later = otherSeatCreates(*otherSeat, m_taxonomy);
        QTRY_VERIFY_WITH_TIMEOUT(queue->indexOfIncident(later.id).isValid(), 5000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_store.reset();
    }
};

// As the console runs: a read that fails while the line is down is caught in notify (ConsoleApplication).
int main(int argc, char** argv)
{
    app::ConsoleApplication application(argc, argv);
    TestConnectionLoss test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_connection_loss.moc"
