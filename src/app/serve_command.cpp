#include "app/serve_command.h"

#include "app/command_line.h"
#include "app/console_startup.h"
#include "app/open_database.h"
#include "app/receive_transfers_command.h"
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/position_service.h"
#include "dispatch/transfer_inbox.h"
#include "service/http_server.h"
#include "service/position_routes.h"
#include "service/transfer_routes.h"
#include "storage/storage_error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <ctime>
#include <pthread.h>
#include <spdlog/spdlog.h>

namespace xiuhua::app {

namespace {

constexpr int kPurgeIntervalS = 24 * 3600;
constexpr int kTransferFolderIntervalS = 2;

// "127.0.0.1:8443", "[::1]:8443", "0.0.0.0:8443".
bool parseListen(const QString& text, QHostAddress& address, quint16& port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535 || !address.setAddress(host))
        return false;
    port = static_cast<quint16>(number);
    return true;
}

QByteArray readPem(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("Serve", "Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

// The stopSet that stop the service, blocked in every thread (libmicrohttpd's inherits the mask) so
// that only the main thread's sigtimedwait takes them.
sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

void purge(storage::Store& store, int retentionDays)
{
    try {
        const core::Taxonomy taxonomy{};
        dispatch::ChangeNotifier notifier;
        dispatch::DispatchContext context{store, taxonomy, notifier};
        const core::Actor system{std::nullopt, QStringLiteral("xiuhua serve"), QStringLiteral("service")};
        const qint64 purged = dispatch::purgePositionHistory(context, system, retentionDays);
        spdlog::info("purged {} positions older than {} days", purged, retentionDays);
    } catch (const std::exception& error) {
        spdlog::error("position purge failed: {}", error.what());
    }
}

} // namespace

int runServe(const AppOptions& options, QTextStream& out, QTextStream& err)
{
    service::HttpServerOptions http;
    if (!parseListen(options.serveListen, http.address, http.port)) {
        err << QCoreApplication::translate("Serve",
                                           "--listen needs ADDRESS:PORT, e.g. 0.0.0.0:8443 or [::1]:8443.")
            << '\n';
        return 2;
    }
    http.plainHttp = options.servePlainHttp;
    if (!http.plainHttp) {
        QString error;
        http.certificatePem = readPem(options.serveCertificate, error);
        if (error.isEmpty())
            http.keyPem = readPem(options.serveKey, error);
        if (!error.isEmpty()) {
            err << error << '\n';
            return 1;
        }
    }
    std::unique_ptr<storage::Store> requests, jobs;
    try {
        // One store for the request thread, one for the main thread's jobs: a Store is not thread-safe.
        requests = openDatabase(options.databasePath, false).store;
        jobs = openDatabase(options.databasePath, false).store;
    } catch (const storage::StorageError& error) {
        err << QCoreApplication::translate("Serve", "Cannot open the database: %1")
                   .arg(QString::fromUtf8(error.what()))
            << '\n';
        return 1;
    }
    const sigset_t stopSet = stopSignals();
    pthread_sigmask(SIG_BLOCK, &stopSet, nullptr);

    dispatch::PositionService positions(*requests,
                                        dispatch::PositionRules::fromJurisdiction(requests->read()));
    service::RateLimiter perDevice(2.0, 120.0); // every 5 s is 0.2/s; a queue after a dead zone comes fast
    service::RouteTable routes;
    service::addPositionRoutes(routes, positions, perDevice);
    // 110 transfers (docs/FIELD_LINK.md): the endpoint on the request thread and its store, the drop
    // folder on this thread with the jobs' store.
    const core::Taxonomy taxonomy =
        core::Taxonomy::fromFile(QStringLiteral(":/taxonomy/incident_categories.json"));
    dispatch::ChangeNotifier requestNotifier, jobNotifier;
    std::unique_ptr<dispatch::TransferService> endpointTransfers, folderTransfers;
    std::unique_ptr<dispatch::TransferInbox> inbox;
    if (!options.transferKeysPath.isEmpty() || !options.transferFolder.isEmpty()) {
        const dispatch::TransferGeocoder geocoder = transferGeocoderFor(resolveMapPath(options.mapPath), err);
        if (!options.transferKeysPath.isEmpty()) {
            std::vector<service::TransferKey> keys;
            if (const QString error = service::readTransferKeys(options.transferKeysPath, keys);
                !error.isEmpty()) {
                err << error << '\n';
                return 1;
            }
            endpointTransfers = std::make_unique<dispatch::TransferService>(
                dispatch::DispatchContext{*requests, taxonomy, requestNotifier}, geocoder);
            service::addTransferRoutes(routes, *endpointTransfers, std::move(keys));
        }
        if (!options.transferFolder.isEmpty()) {
            folderTransfers = std::make_unique<dispatch::TransferService>(
                dispatch::DispatchContext{*jobs, taxonomy, jobNotifier}, geocoder);
            inbox = std::make_unique<dispatch::TransferInbox>(*folderTransfers, options.transferFolder,
                                                              QStringLiteral("xiuhua serve"));
        }
    }
    routes.add("GET", "/health",
               [](const service::HttpRequest&) { return service::HttpResponse::text(200, "ok"); });

    service::HttpServer server(routes, http);
    if (const QString error = server.start(); !error.isEmpty()) {
        err << QCoreApplication::translate("Serve", "Cannot start the service: %1").arg(error) << '\n';
        return 1;
    }
    const QString scheme = server.isTls() ? QStringLiteral("https") : QStringLiteral("http");
    const QString host = http.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + http.address.toString() + QLatin1Char(']')
                             : http.address.toString();
    out << QCoreApplication::translate("Serve", "listening on %1://%2:%3")
               .arg(scheme, host)
               .arg(server.port())
        << '\n';
    out.flush();
    spdlog::warn("serve: listening on {}://{}:{}", scheme.toStdString(), host.toStdString(), server.port());

    purge(*jobs, options.serveRetentionDays);
    // The drop folder is looked at every 2 s (this thread has no event loop for a watcher).
    const int waitSeconds = inbox ? kTransferFolderIntervalS : kPurgeIntervalS;
    std::time_t lastPurge = std::time(nullptr);
    for (;;) {
        if (inbox)
            inbox->scan();
        const timespec wait{waitSeconds, 0};
        const int received = sigtimedwait(&stopSet, nullptr, &wait);
        if (received == SIGTERM || received == SIGINT)
            break;
        if (received < 0 && errno == EAGAIN && std::time(nullptr) - lastPurge >= kPurgeIntervalS) {
            purge(*jobs, options.serveRetentionDays);
            lastPurge = std::time(nullptr);
        }
    }
    server.quiesce();
    server.stop(); // the request in hand is answered after its commit; the rest are closed
    out << QCoreApplication::translate("Serve", "stopped") << '\n';
    out.flush();
    spdlog::warn("serve: stopped");
    return 0;
}

namespace {

QString readServeOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    options.serveListen = parser.value(QStringLiteral("listen"));
    options.serveCertificate = parser.value(QStringLiteral("cert"));
    options.serveKey = parser.value(QStringLiteral("key"));
    options.servePlainHttp = parser.isSet(QStringLiteral("plain-http"));
    if (options.databasePath.isEmpty() || options.serveListen.isEmpty())
        return QCoreApplication::translate("CommandLine", "serve needs --db DATABASE --listen ADDRESS:PORT.");
    const bool hasTls = !options.serveCertificate.isEmpty() || !options.serveKey.isEmpty();
    if (options.servePlainHttp && hasTls)
        return QCoreApplication::translate("CommandLine",
                                           "serve takes --cert and --key, or --plain-http, not both.");
    if (!options.servePlainHttp && (options.serveCertificate.isEmpty() || options.serveKey.isEmpty()))
        return QCoreApplication::translate(
            "CommandLine",
            "serve needs --cert FILE --key FILE (HTTPS), or --plain-http for a closed network.");
    options.transferKeysPath = parser.value(QStringLiteral("transfer-keys"));
    options.transferFolder = parser.value(QStringLiteral("transfer-folder"));
    options.mapPath = parser.value(QStringLiteral("map"));
    if (parser.isSet(QStringLiteral("retention-days"))) {
        bool ok = false;
        options.serveRetentionDays = parser.value(QStringLiteral("retention-days")).toInt(&ok);
        if (!ok || options.serveRetentionDays < 1)
            return QCoreApplication::translate("CommandLine",
                                               "--retention-days needs a number of days (1 or more).");
    }
    return {};
}

} // namespace

CommandLineCommand serveCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("serve");
    command.command = AppOptions::Command::Serve;
    command.summary = QCoreApplication::translate(
        "CommandLine",
        "Runs the station service: positions from officers' phones (OsmAnd/Traccar Client, OwnTracks).");
    command.options = {
        databaseOption(QCoreApplication::translate("CommandLine", "The station database.")),
        {QStringLiteral("listen"),
         QCoreApplication::translate("CommandLine", "serve: the address and port to listen on."),
         QStringLiteral("ADDR:PORT")},
        {QStringLiteral("cert"),
         QCoreApplication::translate("CommandLine", "serve: the station's TLS certificate (PEM)."),
         QStringLiteral("FILE")},
        {QStringLiteral("key"),
         QCoreApplication::translate("CommandLine", "serve: the certificate's private key (PEM)."),
         QStringLiteral("FILE")},
        {QStringLiteral("plain-http"),
         QCoreApplication::translate("CommandLine",
                                     "serve: plain HTTP without TLS, for a closed network only.")},
        {QStringLiteral("retention-days"),
         QCoreApplication::translate("CommandLine", "serve: days of position history to keep (default 30)."),
         QStringLiteral("N")},
        {QStringLiteral("transfer-keys"),
         QCoreApplication::translate("CommandLine",
                                     "serve: the 110 centres' keys (\"NAME KEY\" a line) for POST "
                                     "/api/110/transfers; without it the endpoint is off."),
         QStringLiteral("FILE")},
        {QStringLiteral("transfer-folder"),
         QCoreApplication::translate("CommandLine",
                                     "serve: a drop folder for 110 transfer documents (*.json)."),
         QStringLiteral("DIR")},
        mapOption()};
    command.read = readServeOptions;
    return command;
}

} // namespace xiuhua::app
