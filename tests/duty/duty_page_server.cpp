// A stand-in for `xiuhua serve` with only the duty page's routes, for running
// test_duty_page_chromium.py without building the console (the routes, server and endpoint are the
// same code; ctest runs the script against `xiuhua serve` itself). Takes serve's options:
//   duty_page_server [serve] --db FILE --listen 127.0.0.1:PORT (--cert F --key F | --plain-http)
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/position_service.h"
#include "duty/duty_endpoint.h"
#include "service/duty_routes.h"
#include "service/http_server.h"
#include "storage/sqlite_store.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>

using namespace xiuhua;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    args.removeAll(QStringLiteral("serve"));
    auto value = [&](const QString& name) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    service::HttpServerOptions http;
    const QString listen = value(QStringLiteral("--listen"));
    http.address = QHostAddress(listen.section(QLatin1Char(':'), 0, 0));
    http.port = static_cast<quint16>(listen.section(QLatin1Char(':'), 1).toUInt());
    http.plainHttp = args.contains(QStringLiteral("--plain-http"));
    if (!http.plainHttp) {
        http.certificatePem = read(value(QStringLiteral("--cert")));
        http.keyPem = read(value(QStringLiteral("--key")));
    }
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);

    auto store = storage::SqliteStore::open(value(QStringLiteral("--db")),
                                            storage::SqliteStore::OpenMode::OpenExisting);
    const core::Taxonomy taxonomy =
        core::Taxonomy::fromFile(QStringLiteral(XIUHUA_RESOURCES_DIR "/taxonomy/incident_categories.json"));
    dispatch::ChangeNotifier notifier;
    dispatch::PositionService positions(*store, dispatch::PositionRules::fromJurisdiction(store->read()));
    duty::SessionStore sessions;
    duty::DutyEndpoint endpoint({*store, taxonomy, notifier}, sessions, &positions);
    service::RouteTable routes;
    service::addDutyRoutes(routes, endpoint, !http.plainHttp);
    service::HttpServer server(routes, http);
    if (const QString error = server.start(); !error.isEmpty()) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on %d\n", server.port());
    std::fflush(stdout);
    int received = 0;
    sigwait(&stop, &received);
    server.quiesce();
    server.stop();
    return 0;
}
