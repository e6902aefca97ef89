#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace xiuhua::service {

// A request as the routes see it, read whole (the body within the server's limit).
struct HttpRequest
{
    QByteArray method; // "GET", "POST"
    QByteArray path;   // decoded, without the query
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QString remoteAddress;
    // HTTP basic authentication, when the request carried it.
    std::optional<QPair<QString, QString>> basicAuth; // user, password

    QByteArray header(QByteArrayView lowerCaseName) const
    {
        for (const auto& [name, value] : headers) {
            if (name == lowerCaseName)
                return value;
        }
        return {};
    }
    QString queryValue(QStringView name) const
    {
        for (const auto& [key, value] : query) {
            if (key == name)
                return value;
        }
        return {};
    }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;

    static HttpResponse text(int status, const QString& text)
    {
        HttpResponse r;
        r.status = status;
        r.body = text.toUtf8() + '\n';
        return r;
    }
    static HttpResponse json(int status, const QByteArray& json)
    {
        HttpResponse r;
        r.status = status;
        r.contentType = "application/json";
        r.body = json;
        return r;
    }
};

} // namespace xiuhua::service
