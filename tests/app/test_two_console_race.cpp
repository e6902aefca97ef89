#include "dispatch/change_notifier.h"
#include "dispatch/change_watcher.h"
#include "storage/audit_chain.h"
#include "storage/database_check.h"
#include "storage/sqlite_store.h"
#include "storage/store_engine.h"
#include "ui/responders/responder_table_model.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

// Two consoles on one database (a file, or with XIUHUA_STORE_ENGINE=postgres a PostgreSQL database)
// press Assign for the same responder on different incidents at
// the same moment, in two processes. Exactly one may succeed; the other must get a clear refusal,
// and the file must stay whole (one assignment, responder busy, audit chain unbroken).
class TestTwoConsoleRace : public QObject
{
    Q_OBJECT

private:
    test::StoreEngine m_engine;
    QString m_database;

    // A seat's responder board, on its own connection, following the other seats' commits as the
    // console does (change log; on PostgreSQL through NOTIFY).
    struct Board
    {
        std::unique_ptr<storage::Store> store;
        dispatch::ChangeNotifier notifier;
        std::unique_ptr<ui::ResponderTableModel> model;
        std::unique_ptr<dispatch::ChangeWatcher> watcher;

        explicit Board(std::unique_ptr<storage::Store> opened) : store(std::move(opened))
        {
            model = std::make_unique<ui::ResponderTableModel>(store->read());
            QObject::connect(&notifier, &dispatch::ChangeNotifier::respondersChanged, model.get(),
                             &ui::ResponderTableModel::updateResponders);
            watcher = std::make_unique<dispatch::ChangeWatcher>(*store, &notifier);
            watcher->start(250);
        }
        bool shows(core::Id responder, const QString& incidentNumber) const
        {
            const QModelIndex row = model->indexOfResponder(responder);
            return row.isValid() && model->responderAt(row)->status == core::ResponderStatus::Busy &&
                   model->currentIncidentOf(responder) == incidentNumber;
        }
    };
    std::unique_ptr<Board> m_boardA;
    std::unique_ptr<Board> m_boardB;

    struct Round
    {
        core::Id responder = 0;
        core::Id firstIncident = 0;
        core::Id secondIncident = 0;
    };

    Round prepareRound(int round)
    {
        auto store = m_engine.open(m_database);
        Round ids;
        const core::Actor setup{std::nullopt, QStringLiteral("setup"), QStringLiteral("ws")};
        store->transact(setup, [&](storage::StoreWriter& writer) {
            core::Responder responder;
            responder.kind = core::ResponderKind::PatrolOfficer;
            responder.badgeNo = QStringLiteral("R%1").arg(round);
            responder.name = QStringLiteral("民警 %1").arg(round);
            responder.status = core::ResponderStatus::Available;
            responder.statusSince = QDateTime::currentDateTimeUtc();
            ids.responder = writer.insertResponder(responder);
            for (int i = 0; i < 2; ++i) {
                core::Incident incident;
                incident.number =
                    QStringLiteral("20261126-%1").arg(round * 2 + i + 1, 4, 10, QLatin1Char('0'));
                incident.receivedAt = QDateTime::currentDateTimeUtc();
                incident.category = QStringLiteral("dispute");
                incident.status = core::IncidentStatus::New;
                (i == 0 ? ids.firstIncident : ids.secondIncident) = writer.insertIncident(incident);
            }
            writer.audit({QStringLiteral("test.setup"), QStringLiteral("responder"), ids.responder, {}, {}});
        });
        return ids;
    }

private slots:
    void initTestCase()
    {
        XIUHUA_REQUIRE_ENGINE(m_engine);
        m_database = m_engine.newLocation(QStringLiteral("shared"));
        // The seats' boards on PostgreSQL, where each seat is its own connection to the server (the
        // SQLite run keeps to the file's own checks).
        if (m_engine.isPostgres()) {
            m_engine.open(m_database); // the schema, before the boards open it
            m_boardA = std::make_unique<Board>(m_engine.open(m_database));
            m_boardB = std::make_unique<Board>(m_engine.open(m_database));
        }
    }

    void sameResponderTwoConsoles()
    {
        for (int round = 0; round < 5; ++round) {
            const Round ids = prepareRound(round);
            const qint64 start = QDateTime::currentMSecsSinceEpoch() + 1500;
            QProcess first;
            QProcess second;
            first.start(QStringLiteral(RACE_HELPER),
                        {m_database, QString::number(ids.firstIncident), QString::number(ids.responder),
                         QString::number(start)});
            second.start(QStringLiteral(RACE_HELPER),
                         {m_database, QString::number(ids.secondIncident), QString::number(ids.responder),
                          QString::number(start)});
            const qint64 firstPid = first.processId();
            const qint64 secondPid = second.processId();
            QVERIFY(first.waitForFinished(30000));
            QVERIFY(second.waitForFinished(30000));
            const QString firstOut = QString::fromUtf8(first.readAllStandardOutput()).trimmed();
            const QString secondOut = QString::fromUtf8(second.readAllStandardOutput()).trimmed();
            const QString both = firstOut + QStringLiteral(" | ") + secondOut;
            QVERIFY2(first.exitStatus() == QProcess::NormalExit &&
                         second.exitStatus() == QProcess::NormalExit,
                     qPrintable(both));
            // Exactly one succeeded; the other was told why, in words.
            QVERIFY2((first.exitCode() == 0) != (second.exitCode() == 0), qPrintable(both));
            QVERIFY2(first.exitCode() + second.exitCode() == 3, qPrintable(both));
            // The last line: spdlog's default logger also writes to stdout.
            const QString refusal =
                (first.exitCode() == 3 ? firstOut : secondOut).split(QLatin1Char('\n')).last();
            QVERIFY2(refusal.startsWith(QLatin1String("refused: ")) &&
                         refusal.contains(QLatin1String("not available")),
                     qPrintable(refusal));
            // It names who took the responder (the other seat's operator and workstation) and for
            // which incident.
            const bool firstWon = first.exitCode() == 0;
            const QString winnerName = QStringLiteral("console %1").arg(firstWon ? firstPid : secondPid);
            QVERIFY2(refusal.contains(winnerName) && refusal.contains(QLatin1String("ws-race")),
                     qPrintable(refusal));

            auto store = m_engine.open(m_database);
            const auto& read = store->read();
            const auto inFirst = read.assignmentsForIncident(ids.firstIncident);
            const auto inSecond = read.assignmentsForIncident(ids.secondIncident);
            QCOMPARE(inFirst.size() + inSecond.size(), std::size_t{1});
            QCOMPARE(read.responder(ids.responder)->status, core::ResponderStatus::Busy);
            const core::Id winner = firstWon ? ids.firstIncident : ids.secondIncident;
            QCOMPARE(read.incident(winner)->status, core::IncidentStatus::Dispatched);
            QVERIFY2(refusal.contains(read.incident(winner)->number), qPrintable(refusal));
            // Both seats' boards show the truth: the responder busy on the winner's incident.
            if (m_boardA) {
                QTRY_VERIFY_WITH_TIMEOUT(m_boardA->shows(ids.responder, read.incident(winner)->number),
                                         5000 * XIUHUA_WAIT_SCALE);
                QTRY_VERIFY_WITH_TIMEOUT(m_boardB->shows(ids.responder, read.incident(winner)->number),
                                         5000 * XIUHUA_WAIT_SCALE);
            }
            QCOMPARE(
                read.incident(winner == ids.firstIncident ? ids.secondIncident : ids.firstIncident)->status,
                core::IncidentStatus::New);
            const storage::AuditChainReport chain =
                storage::AuditChain::verify(test::StoreEngine::raw(*store));
            QVERIFY2(chain.ok, qPrintable(chain.reason));
        }
        if (!m_engine.isPostgres()) {
            const storage::DatabaseCheckResult check = storage::checkDatabase(m_database);
            QVERIFY2(check.healthy(),
                     qPrintable(check.error + check.integrityProblems.join(QLatin1Char(';'))));
        }
    }
};

QTEST_MAIN(TestTwoConsoleRace)
#include "test_two_console_race.moc"
