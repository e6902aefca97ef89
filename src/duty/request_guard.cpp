#include "duty/request_guard.h"

#include <QList>

#include <sodium.h>

namespace xiuhua::duty::request_guard {

QByteArray sessionCookie(const QByteArray& sessionId)
{
    return QByteArray(kCookieName) + '=' + sessionId + "; Path=" + kCookiePath +
           "; Secure; HttpOnly; SameSite=Strict";
}

QByteArray clearedCookie()
{
    return QByteArray(kCookieName) + "=; Path=" + kCookiePath +
           "; Max-Age=0; Secure; HttpOnly; SameSite=Strict";
}

QByteArray cookieValue(const QByteArray& cookieHeader, const QByteArray& name)
{
    for (const QByteArray& part : cookieHeader.split(';')) {
        const QByteArray pair = part.trimmed();
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && pair.left(eq).trimmed() == name)
            return pair.mid(eq + 1).trimmed();
    }
    return {};
}

bool csrfTokenMatches(const QByteArray& expected, const QByteArray& given)
{
    if (expected.isEmpty() || given.size() != expected.size())
        return false;
    return sodium_memcmp(expected.constData(), given.constData(),
                         static_cast<std::size_t>(expected.size())) == 0;
}

bool sameOrigin(const QByteArray& origin, const QByteArray& referer, const QByteArray& host, bool secure)
{
    if (host.isEmpty())
        return false;
    const QByteArray own = QByteArray(secure ? "https://" : "http://") + host.toLower();
    if (!origin.isEmpty())
        return origin.toLower() == own;
    if (!referer.isEmpty()) {
        const QByteArray lower = referer.toLower();
        return lower == own || lower.startsWith(own + '/');
    }
    return false;
}

} // namespace xiuhua::duty::request_guard
