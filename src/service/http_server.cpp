#include "service/http_server.h"

#include <QByteArrayView>

#include <arpa/inet.h>
#include <cstring>
#include <microhttpd.h>
#include <netinet/in.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace xiuhua::service {

// One request while libmicrohttpd reads it.
struct HttpServer::Pending
{
    HttpRequest request;
    std::size_t received = 0; // body bytes, kept or not
    bool tooLarge = false;
    std::optional<HttpResponse> refusal; // decided from the headers already
};

namespace {

MHD_Result collectHeader(void* cls, MHD_ValueKind, const char* key, const char* value)
{
    auto* request = static_cast<HttpRequest*>(cls);
    request->headers.emplace_back(QByteArray(key).toLower(), QByteArray(value ? value : ""));
    return MHD_YES;
}

MHD_Result collectArgument(void* cls, MHD_ValueKind, const char* key, const char* value)
{
    auto* request = static_cast<HttpRequest*>(cls);
    request->query.append({QString::fromUtf8(key), QString::fromUtf8(value ? value : "")});
    return MHD_YES;
}

QString addressOf(MHD_Connection* connection)
{
    const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return {};
    return QHostAddress(info->client_addr).toString();
}

void readBasicAuth(MHD_Connection* connection, HttpRequest& request)
{
    char* password = nullptr;
    char* user = MHD_basic_auth_get_username_password(connection, &password);
    if (user)
        request.basicAuth =
            QPair<QString, QString>(QString::fromUtf8(user), QString::fromUtf8(password ? password : ""));
    if (user)
        MHD_free(user);
    if (password)
        MHD_free(password);
}

MHD_Result send(MHD_Connection* connection, const HttpResponse& answer)
{
    MHD_Response* response =
        MHD_create_response_from_buffer(static_cast<size_t>(answer.body.size()),
                                        const_cast<char*>(answer.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!response)
        return MHD_NO;
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, answer.contentType.constData());
    MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(response, "Cache-Control", "no-store");
    for (const auto& [name, value] : answer.headers)
        MHD_add_response_header(response, name.constData(), value.constData());
    const MHD_Result result = MHD_queue_response(connection, static_cast<unsigned>(answer.status), response);
    MHD_destroy_response(response);
    return result;
}

MHD_Result onRequest(void* cls, MHD_Connection* connection, const char* url, const char* method, const char*,
                     const char* uploadData, size_t* uploadSize, void** state)
{
    auto* server = static_cast<HttpServer*>(cls);
    auto* pending = static_cast<HttpServer::Pending*>(*state);
    if (!pending) {
        pending = new HttpServer::Pending;
        *state = pending;
        HttpRequest& request = pending->request;
        request.method = method;
        request.path = url;
        request.remoteAddress = addressOf(connection);
        MHD_get_connection_values(connection, MHD_HEADER_KIND, collectHeader, &request);
        MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, collectArgument, &request);
        readBasicAuth(connection, request);
        server->admit(*pending);
        return MHD_YES;
    }
    if (*uploadSize != 0) {
        pending->received += *uploadSize;
        const std::size_t limit = server->options().maxBodyBytes;
        if (pending->received > limit) {
            pending->tooLarge = true;
            pending->request.body.clear();
            // Read and discard up to a point, so the client reads our 413; beyond that, hang up.
            if (pending->received > 64 * limit)
                return MHD_NO;
        } else if (!pending->refusal) {
            pending->request.body.append(uploadData, static_cast<qsizetype>(*uploadSize));
        }
        *uploadSize = 0;
        return MHD_YES;
    }
    return send(connection, server->respond(*pending));
}

void onCompleted(void*, MHD_Connection*, void** state, MHD_RequestTerminationCode)
{
    delete static_cast<HttpServer::Pending*>(*state);
    *state = nullptr;
}

void logMhd(void*, const char* format, va_list arguments)
{
    char line[512];
    std::vsnprintf(line, sizeof line, format, arguments);
    spdlog::warn("http: {}", line);
}

} // namespace

HttpServer::HttpServer(const RouteTable& routes, HttpServerOptions options)
    : m_routes(routes), m_options(std::move(options)),
      m_addressLimiter(m_options.requestsPerSecondPerAddress, m_options.requestBurstPerAddress)
{}

HttpServer::~HttpServer()
{
    stop();
}

bool HttpServer::admit(Pending& pending)
{
    HttpRequest& request = pending.request;
    if (request.headers.size() > m_options.maxHeaders) {
        pending.refusal = HttpResponse::text(431, QStringLiteral("Too many header fields."));
        return false;
    }
    bool numeric = false;
    const qulonglong declared = request.header("content-length").toULongLong(&numeric);
    if (numeric && declared > m_options.maxBodyBytes)
        pending.tooLarge = true;
    if (!m_addressLimiter.allow(request.remoteAddress)) {
        HttpResponse refusal =
            HttpResponse::text(429, QStringLiteral("Too many requests from this address."));
        refusal.headers.emplace_back("Retry-After", QByteArray::number(m_addressLimiter.retryAfterSeconds()));
        pending.refusal = refusal;
        return false;
    }
    return true;
}

HttpResponse HttpServer::respond(Pending& pending)
{
    if (pending.refusal)
        return *pending.refusal;
    if (pending.tooLarge)
        return HttpResponse::text(
            413, QStringLiteral("The request body is larger than %1 bytes.").arg(m_options.maxBodyBytes));
    try {
        return m_routes.dispatch(pending.request);
    } catch (const std::exception& error) {
        // The transaction rolled back: nothing was stored, so the app must send again.
        spdlog::error("http {} {}: {}", pending.request.method.constData(), pending.request.path.constData(),
                      error.what());
        return HttpResponse::text(503, QStringLiteral("Not stored; send again later."));
    }
}

QString HttpServer::start()
{
    sockaddr_in v4{};
    sockaddr_in6 v6{};
    const sockaddr* bind = nullptr;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC | MHD_USE_ERROR_LOG;
    if (m_options.address.protocol() == QAbstractSocket::IPv6Protocol) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(m_options.port);
        const Q_IPV6ADDR bytes = m_options.address.toIPv6Address();
        std::memcpy(&v6.sin6_addr, &bytes, sizeof bytes);
        bind = reinterpret_cast<const sockaddr*>(&v6);
        flags |= MHD_USE_IPv6;
    } else {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(m_options.port);
        v4.sin_addr.s_addr = htonl(m_options.address.toIPv4Address());
        bind = reinterpret_cast<const sockaddr*>(&v4);
    }
    if (!m_options.plainHttp)
        flags |= MHD_USE_TLS;
    // The PEM texts must outlive the daemon: they are members.
    const MHD_OptionItem tls[] = {
        {MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char*>(m_options.keyPem.constData())},
        {MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char*>(m_options.certificatePem.constData())},
        {MHD_OPTION_HTTPS_PRIORITIES, 0, const_cast<char*>(m_options.tlsPriorities.constData())},
        {MHD_OPTION_END, 0, nullptr}};
    const MHD_OptionItem none[] = {{MHD_OPTION_END, 0, nullptr}};
    m_daemon = MHD_start_daemon(
        flags, m_options.port, nullptr, nullptr, &onRequest, this, MHD_OPTION_SOCK_ADDR, bind,
        MHD_OPTION_NOTIFY_COMPLETED, &onCompleted, nullptr, MHD_OPTION_CONNECTION_LIMIT,
        m_options.maxConnections, MHD_OPTION_PER_IP_CONNECTION_LIMIT, m_options.maxConnectionsPerAddress,
        MHD_OPTION_CONNECTION_TIMEOUT, m_options.connectionTimeoutS, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        m_options.connectionMemoryBytes, MHD_OPTION_EXTERNAL_LOGGER, &logMhd, nullptr, MHD_OPTION_ARRAY,
        m_options.plainHttp ? none : tls, MHD_OPTION_END);
    if (!m_daemon)
        return QStringLiteral(
                   "cannot listen on %1 port %2 (address in use, no permission, or the certificate "
                   "and key do not match)")
            .arg(m_options.address.toString())
            .arg(m_options.port);
    const MHD_DaemonInfo* info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = info ? info->port : m_options.port;
    return {};
}

void HttpServer::quiesce()
{
    if (!m_daemon)
        return;
    // The listening socket is handed back to us; closing it refuses new connections at once.
    const MHD_socket listening = MHD_quiesce_daemon(m_daemon);
    if (listening != MHD_INVALID_SOCKET)
        ::close(listening);
}

void HttpServer::stop()
{
    if (!m_daemon)
        return;
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
}

} // namespace xiuhua::service
