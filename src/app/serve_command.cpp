#include "app/serve_command.h"

#include "app/command_line.h"
#include "app/console_startup.h"
#include "app/open_database.h"
#include "app/receive_transfers_command.h"
#include "app/serve_config.h"
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/position_service.h"
#include "dispatch/transfer_inbox.h"
#include "duty/duty_endpoint.h"
#include "service/duty_routes.h"
#include "service/http_server.h"
#include "service/position_routes.h"
#include "service/transfer_routes.h"
#include "storage/storage_error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>
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

// The signals that stop the service, blocked in every thread (libmicrohttpd's inherits the mask) so
// that only the main thread's sigtimedwait takes them.
sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

qint64 purgeAs(storage::Store& store, int retentionDays, const QString& who)
{
    const core::Taxonomy taxonomy{};
    dispatch::ChangeNotifier notifier;
    dispatch::DispatchContext context{store, taxonomy, notifier};
    const core::Actor system{std::nullopt, who, QStringLiteral("service")};
    return dispatch::purgePositionHistory(context, system, retentionDays);
}

void purge(storage::Store& store, int retentionDays)
{
    try {
        const qint64 purged = purgeAs(store, retentionDays, QStringLiteral("xiuhua serve"));
        spdlog::info("purged {} positions older than {} days", purged, retentionDays);
    } catch (const std::exception& error) {
        spdlog::error("position purge failed: {}", error.what());
    }
}

// The duty page names categories as the console does; without the table it shows their codes.
core::Taxonomy dutyPageTaxonomy()
{
    try {
        return core::Taxonomy::fromFile(QStringLiteral(":/taxonomy/incident_categories.json"));
    } catch (const core::TaxonomyError& error) {
        spdlog::warn("duty page without the incident categories: {}", error.what());
        return {};
    }
}

} // namespace

int runServe(const AppOptions& options, QTextStream& out, QTextStream& err)
{
    // Before any thread exists (libpq, libmicrohttpd): every thread inherits the mask, so a SIGTERM
    // can only be taken by the main thread's sigtimedwait, never end the process mid-commit.
    const sigset_t stopSet = stopSignals();
    pthread_sigmask(SIG_BLOCK, &stopSet, nullptr);
    service::HttpServerOptions http;
    if (!parseListen(options.serveListen, http.address, http.port)) {
        err << QCoreApplication::translate("Serve",
                                           "--listen needs ADDRESS:PORT, e.g. 0.0.0.0:8443 or [::1]:8443.")
            << '\n';
        return 2;
    }
    http.plainHttp = options.servePlainHttp;
    // Bursts of four seconds' worth; a phone reporting every 5 s may hold a connection open, so an
    // address sending N a second may have about 5N phones, each with its connection.
    http.requestsPerSecondPerAddress = options.serveRequestsPerAddress;
    http.requestBurstPerAddress = std::max(200.0, 4 * options.serveRequestsPerAddress);
    http.maxConnectionsPerAddress = std::clamp(static_cast<unsigned>(5 * options.serveRequestsPerAddress),
                                               http.maxConnectionsPerAddress, http.maxConnections);
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

    dispatch::PositionService positions(*requests,
                                        dispatch::PositionRules::fromJurisdiction(requests->read()));
    service::RateLimiter perDevice(2.0, 120.0); // every 5 s is 0.2/s; a queue after a dead zone comes fast
    service::RouteTable routes;
    service::addPositionRoutes(routes, positions, perDevice);
    // The officers' duty page (docs/FIELD_LINK.md): its writes go through the services as a console's.
    const core::Taxonomy taxonomy = dutyPageTaxonomy();
    dispatch::ChangeNotifier notifier;
    duty::SessionStore sessions;
    duty::DutyEndpoint dutyPage({*requests, taxonomy, notifier}, sessions, &positions);
    service::addDutyRoutes(routes, dutyPage, !http.plainHttp);
    // 110 transfers (docs/FIELD_LINK.md): the endpoint on the request thread and its store, the drop
    // folder on this thread with the jobs' store.
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

int runPurgePositions(const AppOptions& options, QTextStream& out, QTextStream& err)
{
    try {
        const std::unique_ptr<storage::Store> store = openDatabase(options.databasePath, false).store;
        const qint64 purged =
            purgeAs(*store, options.serveRetentionDays, QStringLiteral("xiuhua purge-positions"));
        out << QCoreApplication::translate("Serve", "Purged %1 positions older than %2 days.")
                   .arg(purged)
                   .arg(options.serveRetentionDays)
            << '\n';
        return 0;
    } catch (const std::exception& error) {
        err << QCoreApplication::translate("Serve", "Cannot purge positions: %1")
                   .arg(QString::fromUtf8(error.what()))
            << '\n';
        return 1;
    }
}

namespace {

QString readRetention(const QCommandLineParser& parser, AppOptions& options)
{
    if (!parser.isSet(QStringLiteral("retention-days")))
        return {};
    bool ok = false;
    options.serveRetentionDays = parser.value(QStringLiteral("retention-days")).toInt(&ok);
    if (!ok || options.serveRetentionDays < 1)
        return QCoreApplication::translate("CommandLine",
                                           "--retention-days needs a number of days (1 or more).");
    return {};
}

QCommandLineOption retentionOption()
{
    return {QStringLiteral("retention-days"),
            QCoreApplication::translate("CommandLine", "Days of position history to keep (default 30)."),
            QStringLiteral("N")};
}

QString readPurgeOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "This command needs --db FILE.");
    return readRetention(parser, options);
}

QString readServeOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    // --config FILE (the station package's /etc/xiuhua/serve.conf); the command line wins over it.
    QHash<QString, QString> file;
    if (parser.isSet(QStringLiteral("config")))
        if (QString error = readServeConfig(parser.value(QStringLiteral("config")), file); !error.isEmpty())
            return error;
    const auto value = [&](const QString& name) {
        return parser.isSet(name) ? parser.value(name) : file.value(name);
    };
    options.databasePath = value(QStringLiteral("db"));
    options.serveListen = value(QStringLiteral("listen"));
    options.serveCertificate = value(QStringLiteral("cert"));
    options.serveKey = value(QStringLiteral("key"));
    const QString plainHttp = file.value(QStringLiteral("plain-http"), QStringLiteral("no"));
    if (plainHttp != QLatin1String("yes") && plainHttp != QLatin1String("no"))
        return QCoreApplication::translate("CommandLine", "plain-http in %1 is yes or no.")
            .arg(parser.value(QStringLiteral("config")));
    options.servePlainHttp = parser.isSet(QStringLiteral("plain-http")) || plainHttp == QLatin1String("yes");
    if (options.databasePath.isEmpty() || options.serveListen.isEmpty())
        return QCoreApplication::translate(
            "CommandLine", "serve needs --db DATABASE --listen ADDRESS:PORT (or --config FILE).");
    const bool hasTls = !options.serveCertificate.isEmpty() || !options.serveKey.isEmpty();
    if (options.servePlainHttp && hasTls)
        return QCoreApplication::translate("CommandLine",
                                           "serve takes --cert and --key, or --plain-http, not both.");
    if (!options.servePlainHttp && (options.serveCertificate.isEmpty() || options.serveKey.isEmpty()))
        return QCoreApplication::translate(
            "CommandLine",
            "serve needs --cert FILE --key FILE (HTTPS), or --plain-http for a closed network.");
    options.transferKeysPath = value(QStringLiteral("transfer-keys"));
    options.transferFolder = value(QStringLiteral("transfer-folder"));
    options.mapPath = value(QStringLiteral("map"));
    if (const QString days = value(QStringLiteral("retention-days")); !days.isEmpty()) {
        bool ok = false;
        options.serveRetentionDays = days.toInt(&ok);
        if (!ok || options.serveRetentionDays < 1)
            return QCoreApplication::translate("CommandLine",
                                               "--retention-days needs a number of days (1 or more).");
    }
    if (const QString rate = value(QStringLiteral("requests-per-address")); !rate.isEmpty()) {
        bool ok = false;
        options.serveRequestsPerAddress = rate.toDouble(&ok);
        if (!ok || options.serveRequestsPerAddress < 1 || options.serveRequestsPerAddress > 10000)
            return QCoreApplication::translate("CommandLine",
                                               "--requests-per-address needs a number from 1 to 10000.");
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
        {QStringLiteral("config"),
         QCoreApplication::translate("CommandLine",
                                     "serve: read the settings from FILE (KEY = VALUE lines, keys as the "
                                     "long options); options given on the command line win."),
         QStringLiteral("FILE")},
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
        retentionOption(),
        {QStringLiteral("requests-per-address"),
         QCoreApplication::translate(
             "CommandLine",
             "serve: requests a second one address may send (default 50); raise it when the phones "
             "reach the station through one gateway address."),
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

CommandLineCommand purgePositionsCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("purge-positions");
    command.command = AppOptions::Command::PurgePositions;
    command.summary = QCoreApplication::translate(
        "CommandLine",
        "Deletes position history older than the retention (an audited action), as serve does daily.");
    command.options = {databaseOption(QCoreApplication::translate("CommandLine", "The station database.")),
                       retentionOption()};
    command.read = readPurgeOptions;
    return command;
}

} // namespace xiuhua::app
