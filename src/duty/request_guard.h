#pragma once

#include <QByteArray>
#include <QString>

namespace xiuhua::duty {

// The checks every duty-page request passes before it reaches the session or the services: the
// session cookie's attributes and parsing, the CSRF synchronizer token and the Origin of a POST.
namespace request_guard {

inline constexpr char kCookieName[] = "xiuhua_duty";
inline constexpr char kCookiePath[] = "/duty";

// Set-Cookie for a new session: Secure, HttpOnly, SameSite=Strict, Path=/duty, no Max-Age (it ends
// with the browser; the server's idle and absolute expiry end it sooner).
QByteArray sessionCookie(const QByteArray& sessionId);
// Set-Cookie that removes the session cookie (logout, expired session).
QByteArray clearedCookie();
// The value of cookie `name` in a Cookie request header ("a=1; b=2"); empty when absent.
QByteArray cookieValue(const QByteArray& cookieHeader, const QByteArray& name = kCookieName);

// Constant-time comparison of the session's CSRF token with the one the request carried (the
// hidden form field or the X-CSRF-Token header); an empty token never matches.
bool csrfTokenMatches(const QByteArray& expected, const QByteArray& given);

// Whether a state-changing request comes from the duty page itself: its Origin header (or, when a
// browser sent none, the Referer's origin) must be this service's own origin, made of the scheme
// and the Host header the browser used. Neither header = refused: every browser that runs the
// page sends Origin on a POST.
bool sameOrigin(const QByteArray& origin, const QByteArray& referer, const QByteArray& host, bool secure);

} // namespace request_guard

} // namespace xiuhua::duty
