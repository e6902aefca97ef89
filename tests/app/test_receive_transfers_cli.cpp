// `xiuhua receive-transfers` run as a 110 system's neighbour would: real files dropped into a folder,
// the real executable, the station's database.
#include "storage/sqlite_store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

class TestReceiveTransfersCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(XIUHUA_EXECUTABLE), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static void drop(const QDir& folder, const QString& name, const QByteArray& bytes)
    {
        QFile file(folder.filePath(QStringLiteral(".") + name)); // hidden while it is written
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QVERIFY(QFile::rename(file.fileName(), folder.filePath(name)));
    }

private slots:
    void takesTheFolderOnce()
    {
        const QString db = m_dir.filePath(QStringLiteral("station.sqlite"));
        storage::SqliteStore::open(db, storage::SqliteStore::OpenMode::CreateIfMissing);
        // A station's database holds the jurisdiction of the map its transfers are placed on.
        const Run imported = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                                  QStringLiteral("--kind"), QStringLiteral("jurisdiction"),
                                  QStringLiteral("--file"), QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QDir folder(m_dir.filePath(QStringLiteral("inbox")));
        QVERIFY(QDir().mkpath(folder.path()));
        QFile example(QStringLiteral(XIUHUA_TEST_DATA_DIR "/transfers/accepted.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        drop(folder, QStringLiteral("1.json"), example.readAll());
        drop(folder, QStringLiteral("2.json"), QByteArray("not json at all"));

        const QStringList arguments{QStringLiteral("receive-transfers"),
                                    QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("--folder"),
                                    folder.path(),
                                    QStringLiteral("--once"),
                                    QStringLiteral("--map"),
                                    QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg")};
        const Run first = run(arguments);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QStringList lines = first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject created = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(created.value("file").toString(), QStringLiteral("1.json"));
        QCOMPARE(created.value("outcome").toString(), QStringLiteral("created"));
        QCOMPARE(created.value("transfer_number").toString(), QStringLiteral("SH110-20261206-000123"));
        QVERIFY(created.value("location_confirmed").toBool());       // a crossing on the bundled map
        QVERIFY(!first.out.contains(QStringLiteral("13812345678"))); // never the caller's number
        QCOMPARE(QJsonDocument::fromJson(lines[1].toUtf8()).object().value("outcome").toString(),
                 QStringLiteral("rejected"));
        QVERIFY(QFile::exists(folder.filePath(QStringLiteral("done/1.json"))));
        QVERIFY(QFile::exists(folder.filePath(QStringLiteral("rejected/2.json"))));
        QVERIFY(QFile::exists(folder.filePath(QStringLiteral("rejected/2.reason"))));

        // The same transfer sent again is answered, never filed twice.
        QVERIFY(QFile::copy(folder.filePath(QStringLiteral("done/1.json")), folder.filePath("3.json")));
        const Run second = run(arguments);
        QCOMPARE(second.exitCode, 0);
        const QJsonObject again = QJsonDocument::fromJson(second.out.trimmed().toUtf8()).object();
        QCOMPARE(again.value("outcome").toString(), QStringLiteral("duplicate"));
        QCOMPARE(again.value("incident"), created.value("incident"));
        auto store = storage::SqliteStore::open(db, storage::SqliteStore::OpenMode::OpenExisting);
        QCOMPARE(store->read().rowCounts().at(QStringLiteral("incident")), qint64{1});
        QCOMPARE(store->read().rowCounts().at(QStringLiteral("rejected_transfer")), qint64{1});
    }

    void refusesWhatItCannotUse()
    {
        const Run noFolder = run({QStringLiteral("receive-transfers"), QStringLiteral("--db"), "x.sqlite"});
        QCOMPARE(noFolder.exitCode, 2);
        const Run missing =
            run({QStringLiteral("receive-transfers"), QStringLiteral("--db"), m_dir.filePath("none.sqlite"),
                 QStringLiteral("--folder"), m_dir.path(), QStringLiteral("--once")});
        QCOMPARE(missing.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestReceiveTransfersCli)
#include "test_receive_transfers_cli.moc"
