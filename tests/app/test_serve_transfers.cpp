// POST /api/110/transfers on the real station service (HTTPS with the demo certificate), driven with
// curl as a 110 centre's system would send; and the service's drop folder.
#include "storage/sqlite_store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace xiuhua;

namespace {

constexpr char kKey[] = "city110-0123456789abcdef";

struct CurlResult
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestServeTransfers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QProcess m_serve;
    QString m_base;

    CurlResult curl(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral("curl"),
                      QStringList{QStringLiteral("-sS"), QStringLiteral("--cacert"),
                                  m_dir.filePath(QStringLiteral("tls/demo-cert.pem")), QStringLiteral("-o"),
                                  QStringLiteral("-"), QStringLiteral("-w"),
                                  QStringLiteral("\n%{http_code}")} +
                          arguments);
        if (!process.waitForFinished(60000))
            return {};
        const QByteArray out = process.readAllStandardOutput();
        const qsizetype cut = out.lastIndexOf('\n');
        return {out.mid(cut + 1).toInt(), out.left(cut)};
    }

    CurlResult post(const QString& file, const QString& key = QString::fromLatin1(kKey))
    {
        return curl({QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + key,
                     QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                     QStringLiteral("--data-binary"), QLatin1Char('@') + file,
                     m_base + QStringLiteral("/api/110/transfers")});
    }

    qint64 count(const char* table)
    {
        auto store = storage::SqliteStore::open(m_db, storage::SqliteStore::OpenMode::OpenExisting);
        return store->read().rowCounts().at(QString::fromLatin1(table));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(QProcess::execute(QStringLiteral(XIUHUA_SOURCE_DIR "/scripts/demo-certificate"),
                                   {m_dir.filePath(QStringLiteral("tls"))}),
                 0);
        m_db = m_dir.filePath(QStringLiteral("station.sqlite"));
        storage::SqliteStore::open(m_db, storage::SqliteStore::OpenMode::CreateIfMissing);
        QCOMPARE(
            QProcess::execute(QStringLiteral(XIUHUA_EXECUTABLE),
                              {QStringLiteral("import"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--kind"), QStringLiteral("jurisdiction"),
                               QStringLiteral("--file"), QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg")}),
            0);
        QFile keys(m_dir.filePath(QStringLiteral("keys")));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.write(QByteArray("# the city's 110 centre\ncity110 ") + kKey + '\n');
        keys.close();
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("inbox"))));

        m_serve.setProcessChannelMode(QProcess::SeparateChannels);
        m_serve.start(QStringLiteral(XIUHUA_EXECUTABLE),
                      {QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--cert"),
                       m_dir.filePath(QStringLiteral("tls/demo-cert.pem")), QStringLiteral("--key"),
                       m_dir.filePath(QStringLiteral("tls/demo-key.pem")), QStringLiteral("--transfer-keys"),
                       keys.fileName(), QStringLiteral("--transfer-folder"),
                       m_dir.filePath(QStringLiteral("inbox")), QStringLiteral("--map"),
                       QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg")});
        QVERIFY(m_serve.waitForStarted());
        while (!m_serve.canReadLine() && m_serve.waitForReadyRead(60000)) {
        }
        const QString line = QString::fromUtf8(m_serve.readLine()).trimmed();
        const auto match = QRegularExpression(QStringLiteral("https://127\\.0\\.0\\.1:(\\d+)")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line + QString::fromUtf8(m_serve.readAllStandardError())));
        m_base = QStringLiteral("https://localhost:") + match.captured(1);
    }

    void cleanupTestCase()
    {
        if (m_serve.state() == QProcess::NotRunning)
            return;
        ::kill(static_cast<pid_t>(m_serve.processId()), SIGTERM);
        QVERIFY(m_serve.waitForFinished(60000));
        QCOMPARE(m_serve.exitCode(), 0);
    }

    void filesTheDocumentedExampleOnce()
    {
        const QString example = QStringLiteral(XIUHUA_TEST_DATA_DIR "/transfers/accepted.json");
        const CurlResult created = post(example);
        QCOMPARE(created.status, 201);
        const QJsonObject body = QJsonDocument::fromJson(created.body).object();
        QCOMPARE(body.value("outcome").toString(), QStringLiteral("created"));
        QVERIFY(body.value("location_confirmed").toBool());
        QVERIFY(!created.body.contains("13812345678"));
        const CurlResult again = post(example);
        QCOMPARE(again.status, 200);
        QCOMPARE(QJsonDocument::fromJson(again.body).object().value("incident"), body.value("incident"));
        QCOMPARE(count("incident"), qint64{1});
    }

    void refusesWithTheRightStatus()
    {
        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format": "xiuhua.transfer110/1", "transfer_number": "SH110-X"})");
        bad.close();
        const CurlResult refused = post(bad.fileName());
        QCOMPARE(refused.status, 422);
        QVERIFY(QJsonDocument::fromJson(refused.body)
                    .object()
                    .value("reason")
                    .toString()
                    .contains("received_at"));
        QCOMPARE(count("rejected_transfer"), qint64{1});

        const qint64 before = count("audit_event");
        QCOMPARE(post(bad.fileName(), QStringLiteral("wrong-key-0123456789")).status, 401);
        QCOMPARE(post(bad.fileName(), QString()).status, 401);
        QFile big(m_dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(100 * 1024, ' '));
        big.close();
        QCOMPARE(post(big.fileName()).status, 413);
        QCOMPARE(count("audit_event"), before); // nothing written for those
        QCOMPARE(count("rejected_transfer"), qint64{1});
    }

    void takesTheDropFolder()
    {
        QFile example(QStringLiteral(XIUHUA_TEST_DATA_DIR "/transfers/accepted.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QByteArray document = example.readAll();
        document.replace("SH110-20261206-000123", "SH110-20261206-000999");
        QFile drop(m_dir.filePath(QStringLiteral("inbox/.new.json")));
        QVERIFY(drop.open(QIODevice::WriteOnly));
        drop.write(document);
        drop.close();
        QVERIFY(QFile::rename(drop.fileName(), m_dir.filePath(QStringLiteral("inbox/new.json"))));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir.filePath(QStringLiteral("inbox/done/new.json"))), 20000);
        QCOMPARE(count("incident"), qint64{2});
    }
};

QTEST_GUILESS_MAIN(TestServeTransfers)
#include "test_serve_transfers.moc"
