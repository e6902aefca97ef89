#pragma once

#include "service/rate_limiter.h"
#include "service/route_table.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

struct MHD_Daemon;

namespace xiuhua::service {

struct HttpServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = any free port (port() says which)
    bool plainHttp = false;
    QByteArray certificatePem; // PEM text, as libmicrohttpd takes it
    QByteArray keyPem;
    // TLS 1.2 and 1.3 only: libmicrohttpd with GnuTLS would accept 1.0 and 1.1 by default.
    QByteArray tlsPriorities = "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2";
    std::size_t maxBodyBytes = 256 * 1024;
    int maxHeaders = 64;
    std::size_t connectionMemoryBytes = 64 * 1024; // the request line and headers must fit
    unsigned maxConnections = 512;
    unsigned maxConnectionsPerAddress = 64; // a station's NAT can put many phones behind one address
    unsigned connectionTimeoutS = 30;
    double requestsPerSecondPerAddress = 50;
    double requestBurstPerAddress = 200;
};

// libmicrohttpd with its own single polling thread: every request is read whole, then handed to the
// RouteTable on that thread, one at a time (the stores are not thread-safe; docs/DECISIONS.md). The
// server refuses before routing: more headers than allowed (431), a body over the limit (413, after
// reading and discarding it, so the client sees the answer and not a reset), too many requests from
// one address (429).
class HttpServer
{
public:
    HttpServer(const RouteTable& routes, HttpServerOptions options);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Returns an error text, or an empty string when listening.
    QString start();
    // Stops accepting connections; requests already read are still answered.
    void quiesce();
    // Waits for the request being handled (its transaction and answer) and closes everything.
    void stop();
    quint16 port() const { return m_port; }
    bool isTls() const { return !m_options.plainHttp; }

    // For libmicrohttpd's callbacks only.
    struct Pending;
    HttpResponse respond(Pending& pending);
    bool admit(Pending& pending);
    const HttpServerOptions& options() const { return m_options; }

private:
    const RouteTable& m_routes;
    HttpServerOptions m_options;
    RateLimiter m_addressLimiter;
    MHD_Daemon* m_daemon = nullptr;
    quint16 m_port = 0;
};

} // namespace xiuhua::service
