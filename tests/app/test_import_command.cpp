#include "core/taxonomy.h"
#include "dispatch/account_service.h"
#include "dispatch/change_notifier.h"
#include "storage/sqlite_store.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

// Runs `xiuhua import` as a script would: exit 0 all good, 1 rejected rows or refused, 2 bad
// arguments; a refused or dry-run import leaves the database unchanged.
class TestImportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(QStringList arguments, const QByteArray& input = {})
    {
        arguments.prepend(QStringLiteral("import"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(XIUHUA_EXECUTABLE), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    std::map<QString, qint64> counts(const QString& db = {})
    {
        auto store = storage::SqliteStore::open(db.isEmpty() ? m_db : db,
                                                storage::SqliteStore::OpenMode::OpenExisting);
        return store->read().rowCounts();
    }

    QString file(const char* name, const QByteArray& contents)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        out.write(contents);
        return path;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("station.sqlite"));
        storage::SqliteStore::open(m_db, storage::SqliteStore::OpenMode::CreateIfMissing);
    }

    void badArgumentsExitTwo()
    {
        QCOMPARE(run({QStringLiteral("--db"), m_db}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("--kind"), QStringLiteral("cats"),
                      QStringLiteral("--file"), QStringLiteral("x.csv")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("--kind"), QStringLiteral("responders"),
                      QStringLiteral("--file"), QStringLiteral("x.csv"), QStringLiteral("--encoding"),
                      QStringLiteral("latin1")})
                     .exitCode,
                 2);
    }

    void gb18030WithARejectedRow()
    {
        const QString csv = QStringLiteral(XIUHUA_TEST_DATA_DIR "/import/responders_gb18030.csv");
        const QStringList base{QStringLiteral("--db"),   m_db,
                               QStringLiteral("--kind"), QStringLiteral("responders"),
                               QStringLiteral("--file"), csv};
        const auto before = counts();
        const Run dry = run(base + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 1);
        QVERIFY2(dry.err.contains(QStringLiteral("类别")), qPrintable(dry.err));
        QVERIFY(dry.out.contains(QStringLiteral("GB18030")));
        const Run refused = run(base);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(counts(), before);

        const Run accepted = run(base + QStringList{QStringLiteral("--accept-rejects")});
        QCOMPARE(accepted.exitCode, 1); // rows were still rejected
        QCOMPARE(counts().at(QStringLiteral("responder")), before.at(QStringLiteral("responder")) + 2);
    }

    void cleanFileExitsZero()
    {
        const QString csv =
            file("hazards.csv", "lon,lat,kind,found_at\n121.48,31.23,blocked exit,2026-11-25 14:30\n");
        const Run result = run({QStringLiteral("--db"), m_db, QStringLiteral("--kind"),
                                QStringLiteral("hazards"), QStringLiteral("--file"), csv});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(counts().at(QStringLiteral("hazard")), 1);
    }

    void missingFileOrDatabaseExitsOne()
    {
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("--kind"), QStringLiteral("roster"),
                      QStringLiteral("--file"), m_dir.filePath(QStringLiteral("none.csv"))})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                      QStringLiteral("--kind"), QStringLiteral("jurisdiction"), QStringLiteral("--file"),
                      QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg")})
                     .exitCode,
                 1);
    }

    void onceAccountsExistAnImportIsAnOperatorsAct()
    {
        const QString db = m_dir.filePath(QStringLiteral("accounts.sqlite"));
        {
            auto store = storage::SqliteStore::open(db, storage::SqliteStore::OpenMode::CreateIfMissing);
            const core::Taxonomy taxonomy{};
            dispatch::ChangeNotifier notifier;
            dispatch::AccountService({*store, taxonomy, notifier},
                                     dispatch::PasswordHasher(dispatch::PasswordHasher::minimum()))
                .createFirstAdministrator(
                    QStringLiteral("ws"),
                    {QStringLiteral("林晓"), QStringLiteral("031900"), QStringLiteral("admin")},
                    QStringLiteral("first-admin-pw"));
        }
        const QString csv =
            file("hazards2.csv", "lon,lat,kind,found_at\n121.48,31.23,blocked exit,2026-11-25 14:30\n");
        const QStringList base{QStringLiteral("--db"),   db,
                               QStringLiteral("--kind"), QStringLiteral("hazards"),
                               QStringLiteral("--file"), csv};
        const auto before = counts(db);

        const Run anonymous = run(base);
        QCOMPARE(anonymous.exitCode, 1);
        QVERIFY2(anonymous.err.contains(QStringLiteral("--operator")), qPrintable(anonymous.err));
        const Run wrong = run(base + QStringList{QStringLiteral("--operator"), QStringLiteral("admin")},
                              "not-the-password\n");
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(counts(db).at(QStringLiteral("hazard")), before.at(QStringLiteral("hazard")));

        const Run admin = run(base + QStringList{QStringLiteral("--operator"), QStringLiteral("admin")},
                              "first-admin-pw\n");
        QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
        QCOMPARE(counts(db).at(QStringLiteral("hazard")), before.at(QStringLiteral("hazard")) + 1);
        auto store = storage::SqliteStore::open(db, storage::SqliteStore::OpenMode::OpenExisting);
        const auto events = store->read().auditEvents(QStringLiteral("hazard"), std::nullopt, 10);
        QVERIFY(!events.empty());
        for (const core::AuditEvent& event : events)
            QCOMPARE(event.actorName, QStringLiteral("林晓"));
        // The failed attempt is on record too.
        const auto logins = store->read().auditEvents(QStringLiteral("operator_account"), std::nullopt, 20);
        QVERIFY(std::any_of(logins.begin(), logins.end(), [](const core::AuditEvent& event) {
            return event.action.contains(QLatin1String("fail"));
        }));
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "test_import_command.moc"
