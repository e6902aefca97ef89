#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <utility>
#include <vector>

namespace xiuhua::duty {

// A request to the duty page as the HTTP server hands it over (no HTTP library here): the route
// adapter (service/) fills it from the connection, so everything below is tested without a socket.
struct DutyRequest
{
    QByteArray method; // "GET", "POST"
    QString path;      // "/duty", "/duty/", "/duty/action", …
    std::map<QString, QString> query;
    std::map<QString, QString> form; // application/x-www-form-urlencoded body
    QByteArray cookie;               // the Cookie header
    QByteArray origin;
    QByteArray referer;
    QByteArray host; // the Host header as the browser sent it
    QByteArray acceptLanguage;
    QByteArray csrfHeader; // X-CSRF-Token
    QString peer;          // the client's address, for the audit record's workstation
    bool secure = true;    // HTTPS (false only with --plain-http)

    QString queryValue(const QString& key) const
    {
        const auto found = query.find(key);
        return found == query.end() ? QString() : found->second;
    }
    QString formValue(const QString& key) const
    {
        const auto found = form.find(key);
        return found == form.end() ? QString() : found->second;
    }
};

struct DutyResponse
{
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers; // Set-Cookie, Location, security headers

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace xiuhua::duty
