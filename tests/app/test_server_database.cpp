#include "app/server_database.h"
#include "storage/pg_connection.h"
#include "storage/storage_error.h"
#include "storage/store_engine.h"

#include <QApplication>
#include <QDirIterator>
#include <QInputDialog>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The console's password for a PostgreSQL server: libpq's own sources first, a prompt only when the
// server still asks (PQconnectionNeedsPassword), and never written anywhere: not to the settings,
// the log or any other file. Runs with XIUHUA_STORE_ENGINE=postgres inside scripts/test's cluster.
class TestServerDatabase : public QObject
{
    Q_OBJECT

private:
    xiuhua::test::StoreEngine m_engine;
    QTemporaryDir m_dir;
    QString m_conninfo; // the role's database, without its password
    const QString m_password = QStringLiteral("Seat-pw-%1-zq").arg(QCoreApplication::applicationPid());
    QString m_role;
    QByteArray m_clusterPassword;

    // No password from the environment or a .pgpass file: the server has to ask.
    void withoutPasswordSources()
    {
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toUtf8());
    }

    // Every file under `folder` that holds the password; empty when none does.
    QStringList filesHolding(const QString& folder) const
    {
        QStringList found;
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(m_password.toUtf8()))
                found << file.fileName();
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        XIUHUA_REQUIRE_ENGINE(m_engine);
        if (!m_engine.isPostgres())
            QSKIP("set XIUHUA_STORE_ENGINE=postgres (CTest does)");
        m_clusterPassword = qgetenv("PGPASSWORD");
        m_role = QStringLiteral("xiuhua_pw_%1").arg(QCoreApplication::applicationPid());
        const QString location = m_engine.newLocation(QStringLiteral("password"));
        auto admin = xiuhua::storage::PgConnection::connect(QString());
        admin->execute(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                           .arg(m_role, m_password)
                           .toUtf8()
                           .constData());
        const QString database = location.section(QLatin1Char('='), 1);
        admin->execute(
            QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database, m_role).toUtf8().constData());
        m_conninfo = QStringLiteral("dbname=%1 user=%2").arg(database, m_role);
        // The settings and the log of this process go to folders the test then reads.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void cleanupTestCase()
    {
        // The engine drops the databases with the cluster's own password.
        qputenv("PGPASSWORD", m_clusterPassword);
        qunsetenv("PGPASSFILE");
    }

    void init() { withoutPasswordSources(); }

    // Cancelled: the store is not opened and the error says a password is needed.
    void cancelledPromptOpensNothing()
    {
        int asked = 0;
        try {
            xiuhua::app::openServerDatabase(m_conninfo, [&](const QString&) {
                ++asked;
                return std::optional<QString>();
            });
            QFAIL("opened without a password");
        } catch (const xiuhua::storage::StorageError& error) {
            QCOMPARE(int(error.kind()), int(xiuhua::storage::StorageError::Kind::NeedsPassword));
        }
        QCOMPARE(asked, 1);
    }

    // Nothing asks when libpq has the password (~/.pgpass here).
    void pgpassNeedsNoPrompt()
    {
        const QString pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("*:*:*:%1:%2\n").arg(m_role, m_password).toUtf8());
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", pgpass.toUtf8());
        int asked = 0;
        auto opened = xiuhua::app::openServerDatabase(m_conninfo, [&](const QString&) {
            ++asked;
            return std::optional<QString>();
        });
        QVERIFY(opened.store);
        QCOMPARE(asked, 0);
    }

    // The console's dialog: a password field (never shown in clear); the answer opens the database,
    // and neither the settings nor any file the program wrote holds it.
    void promptOpensAndNothingKeepsThePassword()
    {
        QString shownWhere;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto* field = dialog->findChild<QLineEdit*>();
            QVERIFY(field);
            QCOMPARE(field->echoMode(), QLineEdit::Password);
            dialog->setTextValue(m_password);
            dialog->accept();
        });
        auto opened = xiuhua::app::openServerDatabase(m_conninfo, [&](const QString& where) {
            shownWhere = where;
            return xiuhua::app::askDatabasePasswordDialog(where);
        });
        QVERIFY(opened.store);
        QVERIFY(!shownWhere.contains(m_password));
        QSettings settings;
        settings.sync();
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(m_password), qPrintable(key));
        QVERIFY2(filesHolding(m_dir.filePath(QStringLiteral("config"))).isEmpty(),
                 "a settings file holds it");
        QVERIFY2(filesHolding(m_dir.filePath(QStringLiteral("data"))).isEmpty(), "a data file holds it");
    }

    // Even given on the command line, the password reaches neither the console's settings nor its
    // log: the console starts on the database (demo login), and every file it wrote is read.
    void consoleWritesThePasswordNowhere()
    {
        qputenv("PGPASSWORD", m_clusterPassword);
        const QString database = m_engine.newLocation(QStringLiteral("console")).section(QLatin1Char('='), 1);
        xiuhua::storage::PgConnection::connect(QString())->execute(
            QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database, m_role).toUtf8().constData());
        withoutPasswordSources();
        const QString withPassword =
            QStringLiteral("dbname=%1 user=%2 password=%3").arg(database, m_role, m_password);
        QProcess seed;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XIUHUA_NONINTERACTIVE"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        seed.setProcessEnvironment(env);
        seed.start(QStringLiteral(XIUHUA_EXECUTABLE),
                   {QStringLiteral("simulate"), QStringLiteral("--db"), withPassword,
                    QStringLiteral("--calls"), QStringLiteral("2")});
        QVERIFY(seed.waitForFinished(300000));
        QVERIFY2(seed.exitCode() == 0, seed.readAllStandardError().constData());

        QProcess console;
        console.setProcessEnvironment(env);
        // At debug level the log goes to stderr too, where its login line says the console is up.
        console.start(QStringLiteral(XIUHUA_EXECUTABLE),
                      {QStringLiteral("--db"), withPassword, QStringLiteral("--operator"),
                       QStringLiteral("031601"), QStringLiteral("--log-level"), QStringLiteral("debug")});
        QVERIFY(console.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += console.readAllStandardError()).contains("(id "), 120000);
        console.terminate();
        console.waitForFinished();
        said += console.readAllStandardError();
        QVERIFY2(!said.contains(m_password.toUtf8()), said.constData());
        QVERIFY2(filesHolding(m_dir.filePath(QStringLiteral("config"))).isEmpty(),
                 qPrintable(filesHolding(m_dir.filePath(QStringLiteral("config"))).join(QLatin1Char(' '))));
        QVERIFY2(filesHolding(m_dir.filePath(QStringLiteral("data"))).isEmpty(),
                 qPrintable(filesHolding(m_dir.filePath(QStringLiteral("data"))).join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(TestServerDatabase)
#include "test_server_database.moc"
