// The station service with real clients: `xiuhua serve` on a free port with a throw-away
// certificate, curl sending each format as the apps' documentation gives it (docs/FIELD_LINK.md
// cites the pages), and the store showing exactly what was accepted. Refusals store nothing.
// gnutls-cli checks the TLS versions. Runs on SQLite, and on PostgreSQL as
// test_serve_field_link_postgres (label postgres).
#include "dispatch/change_notifier.h"
#include "dispatch/device_service.h"
#include "dispatch/position_follower.h"
#include "storage/store_engine.h" // tests/storage
#ifdef XIUHUA_SERVE_IN_PROCESS
#include "service/http_server.h"
#include "service/position_routes.h"
#endif

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace xiuhua;
using xiuhua::test::StoreEngine;

namespace {

const QString kToken = QStringLiteral("Tok3n-for-phone-1-AAAAAAAAAA");
const QString kDevice = QStringLiteral("phone-1");
constexpr double kKnot = 1852.0 / 3600.0;

struct CurlResult
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestServeFieldLink : public QObject
{
    Q_OBJECT

private:
    StoreEngine m_engine;
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<storage::Store> m_store;
    core::Id m_responderId = 0;
    core::Id m_deviceId = 0;
    QString m_base;     // https://127.0.0.1:PORT
    qint64 m_clock = 0; // seconds: each fix newer than the one before

#ifdef XIUHUA_SERVE_IN_PROCESS
    // The same service in this process (test_http_service): what `xiuhua serve` wires, without the
    // program, so the routes and limits are checked where the console program is not built.
    std::unique_ptr<storage::Store> m_serverStore;
    std::unique_ptr<dispatch::PositionService> m_positions;
    std::unique_ptr<service::RateLimiter> m_perDevice;
    service::RouteTable m_routes;
    std::unique_ptr<service::HttpServer> m_server;

    QString startServer()
    {
        m_serverStore = m_engine.open(m_location);
        m_positions = std::make_unique<dispatch::PositionService>(
            *m_serverStore, dispatch::PositionRules::fromJurisdiction(m_serverStore->read()));
        m_perDevice = std::make_unique<service::RateLimiter>(2.0, 120.0);
        service::addPositionRoutes(m_routes, *m_positions, *m_perDevice);
        service::HttpServerOptions http;
        QFile cert(m_dir.filePath(QStringLiteral("tls/demo-cert.pem")));
        QFile key(m_dir.filePath(QStringLiteral("tls/demo-key.pem")));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return {};
        http.certificatePem = cert.readAll();
        http.keyPem = key.readAll();
        m_server = std::make_unique<service::HttpServer>(m_routes, http);
        if (const QString error = m_server->start(); !error.isEmpty()) {
            qWarning() << error;
            return {};
        }
        return QString::number(m_server->port());
    }
    void stopServer()
    {
        if (!m_server)
            return;
        m_server->quiesce();
        m_server->stop();
    }
#else
    QProcess m_serve;

    // `xiuhua serve` on a port the system chooses; its first line says which.
    QString startServer()
    {
        m_serve.setProcessChannelMode(QProcess::SeparateChannels);
        m_serve.start(QStringLiteral(XIUHUA_EXECUTABLE),
                      {QStringLiteral("serve"), QStringLiteral("--db"), m_location,
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--cert"),
                       m_dir.filePath(QStringLiteral("tls/demo-cert.pem")), QStringLiteral("--key"),
                       m_dir.filePath(QStringLiteral("tls/demo-key.pem"))});
        if (!m_serve.waitForStarted())
            return {};
        while (!m_serve.canReadLine() && m_serve.waitForReadyRead(60000)) {
        }
        const QString line = QString::fromUtf8(m_serve.readLine()).trimmed();
        const auto match = QRegularExpression(QStringLiteral("https://127\\.0\\.0\\.1:(\\d+)")).match(line);
        if (!match.hasMatch())
            qWarning() << line << m_serve.readAllStandardError();
        return match.captured(1);
    }
    void stopServer()
    {
        if (m_serve.state() == QProcess::NotRunning)
            return;
        ::kill(static_cast<pid_t>(m_serve.processId()), SIGTERM);
        QVERIFY(m_serve.waitForFinished(60000));
        QCOMPARE(m_serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_serve.exitCode(), 0); // SIGTERM is a graceful stop
        QVERIFY(m_serve.readAllStandardOutput().contains("stopped"));
    }
#endif

    // Five seconds apart, as a phone reports: the fixes here move a few tens of metres each.
    QString timestamp()
    {
        return QString::number(m_clock += 5);
    }

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
    std::vector<core::PositionFix> positions() const
    {
        storage::PositionQuery q;
        q.responderId = m_responderId;
        return m_store->read().positions(q);
    }

private slots:
    void initTestCase()
    {
        XIUHUA_REQUIRE_ENGINE(m_engine);
        QVERIFY(m_dir.isValid());
        m_clock = QDateTime::currentSecsSinceEpoch() - 3600;
        QCOMPARE(QProcess::execute(QStringLiteral(XIUHUA_SOURCE_DIR "/scripts/demo-certificate"),
                                   {m_dir.filePath(QStringLiteral("tls"))}),
                 0);
        m_location = m_engine.newLocation(QStringLiteral("serve"));
        m_store = m_engine.open(m_location);
        const core::Actor system{std::nullopt, QStringLiteral("测试"), QStringLiteral("test")};
        m_store->transact(system, [&](storage::StoreWriter& writer) {
            core::Responder r;
            r.badgeNo = QStringLiteral("031001");
            r.name = QStringLiteral("张伟");
            r.statusSince = QDateTime::currentDateTimeUtc();
            m_responderId = writer.insertResponder(r);
            writer.audit(
                {QStringLiteral("responder.create"), QStringLiteral("responder"), m_responderId, {}, {}});
        });
        core::Taxonomy taxonomy;
        dispatch::ChangeNotifier notifier;
        m_deviceId = dispatch::DeviceService({*m_store, taxonomy, notifier})
                         .registerDevice(system, kDevice, m_responderId, kToken)
                         .device.id;

        const QString port = startServer();
        QVERIFY2(!port.isEmpty(), "the service did not start");
        m_base = QStringLiteral("https://localhost:") + port;
    }

    void cleanupTestCase()
    {
        stopServer();
    }

    // Traccar's page (traccar.org/osmand):
    // http://demo.traccar.org:5055/?id=123456&lat={0}&lon={1}&timestamp={2}&hdop={3}&altitude={4}&speed={5}
    void osmAndQueryWithTokenParameter()
    {
        const QString ts = timestamp();
        const CurlResult r =
            curl({m_base + QStringLiteral("/?id=%1&lat=31.2304&lon=121.4737&timestamp=%2&hdop=1.2"
                                          "&altitude=12&speed=10&token=%3")
                               .arg(kDevice, ts, kToken)});
        QCOMPARE(r.status, 200);
        const auto stored = positions();
        QCOMPARE(stored.size(), 1u);
        QCOMPARE(stored.back().fixAt.toSecsSinceEpoch(), ts.toLongLong());
        QCOMPARE(stored.back().location, (core::GeoPoint{121.4737, 31.2304}));
        QVERIFY(qAbs(*stored.back().speedMps - 10 * kKnot) < 1e-9); // OsmAnd's speed is in knots
        QCOMPARE(*stored.back().altitudeM, 12.0);
        const auto responder = m_store->read().responder(m_responderId);
        QCOMPARE(responder->positionAt.toSecsSinceEpoch(), ts.toLongLong());
    }

    // The same parameters as a POST form, the token as basic-auth password (user = device id).
    void osmAndFormWithBasicAuth()
    {
        const QString ts = timestamp();
        const CurlResult r =
            curl({QStringLiteral("-u"), kDevice + QLatin1Char(':') + kToken, QStringLiteral("-d"),
                  QStringLiteral("id=%1&lat=31.2310&lon=121.4740&timestamp=%2&bearing=90&accuracy=8"
                                 "&batt=64")
                      .arg(kDevice, ts),
                  m_base + QStringLiteral("/osmand")});
        QCOMPARE(r.status, 200);
        QCOMPARE(positions().size(), 2u);
        QCOMPARE(*positions().back().batteryPercent, 64);
        QCOMPARE(*positions().back().headingDeg, 90.0);
    }

    // Traccar Client 9+'s JSON exactly as traccar.org/osmand gives it, the token in the URL path.
    void traccarClientJsonWithTokenInPath()
    {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(timestamp().toLongLong(), Qt::UTC);
        const QString body =
            QStringLiteral(
                R"({"location":{"timestamp":"%1","coords":{"latitude":31.2312,"longitude":121.4742,)"
                R"("accuracy":5,"speed":1.5,"heading":180,"altitude":4},"is_moving":true,"odometer":0,)"
                R"("event":"motionchange","battery":{"level":0.87,"is_charging":false},)"
                R"("activity":{"type":"walking"},"extras":{}},"device_id":"%2"})")
                .arg(at.toString(Qt::ISODateWithMs), kDevice);
        const CurlResult r = curl({QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                                   QStringLiteral("-d"), body, m_base + QStringLiteral("/osmand/") + kToken});
        QCOMPARE(r.status, 200);
        const auto p = positions().back();
        QCOMPARE(p.fixAt, at);
        QCOMPARE(*p.speedMps, 1.5); // m/s in this format
        QCOMPARE(*p.batteryPercent, 87);
    }

    // OwnTracks HTTP mode (owntracks.org/booklet/tech/http): basic auth, X-Limit-U/D, a JSON
    // location; the answer is a JSON array. A queued burst arrives as an array: each fix its own tst.
    void ownTracksLocationAndBurst()
    {
        const QString ts = timestamp();
        const QString one =
            QStringLiteral(R"({"_type":"location","tid":"ZW","lat":31.2315,"lon":121.4745,)"
                           R"("tst":%1,"acc":12,"alt":4,"batt":41,"cog":271,"vel":18,"conn":"m"})")
                .arg(ts);
        const QStringList headers{QStringLiteral("-u"), kDevice + QLatin1Char(':') + kToken,
                                  QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                                  QStringLiteral("-H"), QStringLiteral("X-Limit-U: ") + kDevice,
                                  QStringLiteral("-H"), QStringLiteral("X-Limit-D: phone")};
        CurlResult r =
            curl(headers + QStringList{QStringLiteral("-d"), one, m_base + QStringLiteral("/owntracks")});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.trimmed(), QByteArray("[]"));
        QCOMPARE(*positions().back().speedMps, 5.0); // 18 km/h
        const qint64 a = timestamp().toLongLong(), b = timestamp().toLongLong();
        const QString burst = QStringLiteral(R"([{"_type":"location","lat":31.2320,"lon":121.4750,"tst":%2},)"
                                             R"({"_type":"lwt","tst":%1},{"_type":"location","lat":31.2318,)"
                                             R"("lon":121.4748,"tst":%1}])")
                                  .arg(a)
                                  .arg(b);
        const std::size_t before = positions().size();
        r = curl(headers + QStringList{QStringLiteral("-d"), burst, m_base + QStringLiteral("/owntracks")});
        QCOMPARE(r.status, 200);
        const auto stored = positions();
        QCOMPARE(stored.size(), before + 2);
        QCOMPARE(stored[stored.size() - 2].fixAt.toSecsSinceEpoch(), a);
        QCOMPARE(stored.back().fixAt.toSecsSinceEpoch(), b);
        QCOMPARE(m_store->read().responder(m_responderId)->positionAt.toSecsSinceEpoch(), b);
    }

    // What `xiuhua watch` and the consoles follow: another connection sees each stored position, in order.
    void theFeedShowsEachStoredPosition()
    {
        dispatch::PositionFollower feed(m_store->read());
        const QString ts = timestamp();
        const CurlResult r =
            curl({m_base + QStringLiteral("/?id=%1&lat=31.2321&lon=121.4751&timestamp=%2&token=%3")
                               .arg(kDevice, ts, kToken)});
        QCOMPARE(r.status, 200);
        const auto fixes = feed.poll();
        QCOMPARE(fixes.size(), 1u);
        QCOMPARE(fixes.front().fixAt.toSecsSinceEpoch(), ts.toLongLong());
        QCOMPARE(fixes.front().verdict, core::PositionVerdict::Accepted);
        QVERIFY(feed.poll().empty());
    }

    void refusalsStoreNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        const QString q = QStringLiteral("/?id=%1&lat=31.23&lon=121.47&timestamp=%2&token=%3");
        QTest::newRow("wrong token") << QStringList{m_base +
                                                    q.arg(kDevice, timestamp(), kToken + QLatin1Char('x'))}
                                     << 401;
        QTest::newRow("no token") << QStringList{m_base +
                                                 QStringLiteral("/?id=%1&lat=31.23&lon=121.47").arg(kDevice)}
                                  << 401;
        QTest::newRow("unknown device")
            << QStringList{m_base + q.arg(QStringLiteral("stranger"), timestamp(), kToken)} << 401;
        QTest::newRow("latitude not a number")
            << QStringList{m_base +
                           QStringLiteral("/?id=%1&lat=north&lon=121.47&token=%2").arg(kDevice, kToken)}
            << 400;
        QTest::newRow("latitude out of range")
            << QStringList{m_base + QStringLiteral("/?id=%1&lat=91&lon=121.47&token=%2").arg(kDevice, kToken)}
            << 400;
        QTest::newRow("time that is no time")
            << QStringList{m_base + QStringLiteral("/?id=%1&lat=31&lon=121&timestamp=yesterday&token=%2")
                                        .arg(kDevice, kToken)}
            << 400;
        QTest::newRow("not JSON") << QStringList{QStringLiteral("-u"), kDevice + QLatin1Char(':') + kToken,
                                                 QStringLiteral("-d"), QStringLiteral("{\"_type\":"),
                                                 m_base + QStringLiteral("/owntracks")}
                                  << 400;
        QTest::newRow("oversized body")
            << QStringList{QStringLiteral("-u"), kDevice + QLatin1Char(':') + kToken,
                           QStringLiteral("--data-binary"),
                           QStringLiteral("@") + m_dir.filePath(QStringLiteral("big.json")),
                           m_base + QStringLiteral("/owntracks")}
            << 413;
    }

    void refusalsStoreNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFile big(m_dir.filePath(QStringLiteral("big.json")));
        if (!big.exists()) {
            QVERIFY(big.open(QIODevice::WriteOnly));
            big.write(QByteArray(300 * 1024, ' ') + "[]");
        }
        const std::size_t before = positions().size();
        const CurlResult r = curl(arguments);
        QCOMPARE(r.status, status);
        QCOMPARE(positions().size(), before);
        QVERIFY(!m_store->read().deviceByIdentifier(QStringLiteral("stranger")));
    }

    void aWithdrawnDeviceIsRefusedAtOnce()
    {
        core::Device device = *m_store->read().device(m_deviceId);
        device.withdrawnAt = QDateTime::currentDateTimeUtc();
        m_store->transact(
            {std::nullopt, QStringLiteral("测试"), QStringLiteral("test")}, [&](storage::StoreWriter& w) {
                w.updateDevice(device);
                w.audit({QStringLiteral("device.withdraw"), QStringLiteral("device"), m_deviceId, {}, {}});
            });
        const std::size_t before = positions().size();
        const CurlResult r =
            curl({m_base + QStringLiteral("/?id=%1&lat=31.23&lon=121.47&timestamp=%2&token=%3")
                               .arg(kDevice, timestamp(), kToken)});
        QCOMPARE(r.status, 403);
        QCOMPARE(positions().size(), before);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto counts = m_store->read().positionRefusals(today, today);
        QVERIFY(counts.at(QStringLiteral("withdrawn_device")) >= 1);
        QVERIFY(counts.at(QStringLiteral("bad_token")) >= 1);
        QVERIFY(counts.at(QStringLiteral("unknown_device")) >= 1);
    }

    // libmicrohttpd with GnuTLS accepts TLS 1.0/1.1 unless told; the service allows 1.2 and 1.3 only.
    void tlsOnePointOneIsRefused_data()
    {
        QTest::addColumn<QString>("priority");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("TLS 1.1") << QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.1") << false;
        QTest::newRow("TLS 1.0") << QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.0") << false;
        QTest::newRow("TLS 1.2") << QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.2") << true;
        QTest::newRow("TLS 1.3") << QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.3") << true;
    }

    void tlsOnePointOneIsRefused()
    {
        QFETCH(QString, priority);
        QFETCH(bool, accepted);
        QProcess cli;
        cli.start(QStringLiteral("gnutls-cli"),
                  {QStringLiteral("--insecure"), QStringLiteral("--priority"), priority,
                   QStringLiteral("--port"), m_base.section(QLatin1Char(':'), -1),
                   QStringLiteral("127.0.0.1")});
        QVERIFY(cli.waitForStarted());
        cli.closeWriteChannel(); // EOF after the handshake: gnutls-cli ends
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray output = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(output.contains("Handshake was completed") == accepted, output.constData());
    }
};

QTEST_GUILESS_MAIN(TestServeFieldLink)
#include "test_serve_field_link.moc"
