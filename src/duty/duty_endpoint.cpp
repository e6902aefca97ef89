#include "duty/duty_endpoint.h"

#include "dispatch/dispatch_error.h"
#include "duty/request_guard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

namespace xiuhua::duty {

using namespace xiuhua::core;
namespace guard = request_guard;

struct DutyEndpoint::Call
{
    const DutyRequest& request;
    std::optional<DutySession> session;
    PageContext page;
    std::vector<std::pair<QByteArray, QByteArray>> extraHeaders;
};

namespace {

DutyResponse withHeaders(DutyResponse response, const QByteArray& nonce,
                         const std::vector<std::pair<QByteArray, QByteArray>>& extra)
{
    response.headers.insert(response.headers.end(), extra.begin(), extra.end());
    response.headers.emplace_back("Content-Security-Policy",
                                  "default-src 'none'; style-src 'nonce-" + nonce + "'; script-src 'nonce-" +
                                      nonce +
                                      "'; connect-src 'self'; form-action 'self'; img-src 'self'; "
                                      "base-uri 'none'; frame-ancestors 'none'");
    response.headers.emplace_back("Cache-Control", "no-store");
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    response.headers.emplace_back("X-Frame-Options", "DENY");
    response.headers.emplace_back("Referrer-Policy", "same-origin");
    return response;
}

DutyResponse redirect(const QByteArray& location)
{
    DutyResponse response;
    response.status = 303;
    response.body = "<a href=\"" + location + "\">" + location + "</a>";
    response.headers.emplace_back("Location", location);
    return response;
}

std::optional<double> number(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

} // namespace

DutyEndpoint::DutyEndpoint(dispatch::DispatchContext context, SessionStore& sessions,
                           dispatch::PositionService* positions, dispatch::PasswordHasher hasher)
    : m_context(context), m_sessions(sessions), m_positions(positions), m_duty(context, std::move(hasher)),
      m_page(context.taxonomy)
{}

const std::vector<std::pair<QByteArray, QString>>& DutyEndpoint::routes()
{
    static const std::vector<std::pair<QByteArray, QString>> all{
        {"GET", QStringLiteral("/duty")},           {"POST", QStringLiteral("/duty/login")},
        {"GET", QStringLiteral("/duty/")},          {"POST", QStringLiteral("/duty/action")},
        {"POST", QStringLiteral("/duty/followup")}, {"POST", QStringLiteral("/duty/position")},
        {"POST", QStringLiteral("/duty/logout")}};
    return all;
}

DutyResponse DutyEndpoint::handle(const DutyRequest& request)
{
    Call call{request, m_sessions.find(guard::cookieValue(request.cookie), m_context.now()), {}, {}};
    call.page.nonce = SessionStore::randomToken().left(32);
    const QString requested = request.queryValue(QStringLiteral("lang")).isEmpty()
                                  ? request.formValue(QStringLiteral("lang"))
                                  : request.queryValue(QStringLiteral("lang"));
    call.page.language = DutyPage::chooseLanguage(
        requested, call.session ? call.session->language : QString(), request.acceptLanguage);
    if (call.session) {
        call.page.csrf = call.session->csrfToken;
        if (call.session->language != call.page.language && !requested.isEmpty())
            m_sessions.setLanguage(call.session->id, call.page.language);
    }
    DutyResponse response;
    try {
        response = route(call);
    } catch (const std::exception& e) {
        // A storage failure (database gone, disk full): nothing was committed; say so, keep the session.
        qWarning("duty page: %s %s failed: %s", request.method.constData(), qPrintable(request.path),
                 e.what());
        response =
            refuse(call, 500,
                   m_page.text(call.page.language,
                               QT_TRANSLATE_NOOP("DutyPage",
                                                 "The station service could not do this now; try again.")));
    }
    return withHeaders(std::move(response), call.page.nonce, call.extraHeaders);
}

DutyResponse DutyEndpoint::route(Call& call)
{
    const DutyRequest& request = call.request;
    DutyResponse response;
    const QString& path = request.path;
    if (request.method == "GET" && (path == QLatin1String("/duty") || path == QLatin1String("/duty/login")))
        response = getLogin(call);
    else if (request.method == "GET" && path == QLatin1String("/duty/"))
        response = getDuty(call);
    else if (request.method == "POST" && path == QLatin1String("/duty/login"))
        response = postLogin(call);
    else if (request.method != "POST")
        response =
            refuse(call, 404,
                   m_page.text(call.page.language, QT_TRANSLATE_NOOP("DutyPage", "There is no such page.")));
    // Every other POST changes something: a live session, its token and our own origin, or nothing.
    else if (!call.session)
        response =
            refuse(call, 403,
                   m_page.text(call.page.language,
                               QT_TRANSLATE_NOOP("DutyPage", "Your session has ended; log in again.")));
    else if (!guard::sameOrigin(request.origin, request.referer, request.host, request.secure) ||
             !guard::csrfTokenMatches(call.session->csrfToken,
                                      request.csrfHeader.isEmpty()
                                          ? request.formValue(QStringLiteral("csrf")).toLatin1()
                                          : request.csrfHeader))
        response = refuse(
            call, 403,
            m_page.text(call.page.language,
                        QT_TRANSLATE_NOOP("DutyPage", "This request did not come from your duty page.")));
    else if (path == QLatin1String("/duty/action"))
        response = postAction(call);
    else if (path == QLatin1String("/duty/followup"))
        response = postFollowUp(call);
    else if (path == QLatin1String("/duty/position"))
        response = postPosition(call);
    else if (path == QLatin1String("/duty/logout"))
        response = postLogout(call);
    else
        response =
            refuse(call, 404,
                   m_page.text(call.page.language, QT_TRANSLATE_NOOP("DutyPage", "There is no such page.")));
    return response;
}

DutyResponse DutyEndpoint::refuse(Call& call, int status, const QString& message)
{
    DutyResponse response;
    response.status = status;
    response.body = m_page.problem(call.page, message);
    return response;
}

DutyResponse DutyEndpoint::getLogin(Call& call)
{
    if (call.session)
        return redirect("/duty/");
    DutyResponse response;
    response.body = m_page.login(call.page, {}, {});
    return response;
}

DutyResponse DutyEndpoint::postLogin(Call& call)
{
    const DutyRequest& request = call.request;
    const QString& lang = call.page.language;
    const QString loginName = request.formValue(QStringLiteral("login")).trimmed().left(64);
    DutyResponse response;
    if (!guard::sameOrigin(request.origin, request.referer, request.host, request.secure)) {
        response.status = 403;
        response.body = m_page.login(
            call.page, loginName,
            m_page.text(lang,
                        QT_TRANSLATE_NOOP("DutyPage", "This request did not come from the duty page.")));
        return response;
    }
    m_sessions.purgeExpired(m_context.now()); // sessions never used again go here
    const QString workstation = QStringLiteral("duty %1").arg(request.peer);
    const dispatch::LoginResult result =
        m_duty.login(loginName, request.formValue(QStringLiteral("password")), workstation);
    if (result.status == dispatch::LoginResult::Status::Success) {
        if (call.session) // a new login replaces whatever session the browser had
            m_sessions.close(call.session->id);
        DutySession session = m_sessions.open(result.actor, result.account->id, m_context.now());
        m_sessions.setLanguage(session.id, lang);
        call.extraHeaders.emplace_back("Set-Cookie", guard::sessionCookie(session.id));
        return redirect("/duty/");
    }
    if (result.status == dispatch::LoginResult::Status::Locked) {
        response.status = 429;
        const qint64 seconds = std::max<qint64>(1, m_context.now().secsTo(result.lockedUntil));
        call.extraHeaders.emplace_back("Retry-After", QByteArray::number(seconds));
        response.body = m_page.login(
            call.page, loginName,
            m_page
                .text(lang,
                      QT_TRANSLATE_NOOP("DutyPage",
                                        "Too many wrong passwords: this account is locked for %1 minute(s)."))
                .arg((seconds + 59) / 60));
        return response;
    }
    response.status = 401;
    response.body = m_page.login(
        call.page, loginName, m_page.text(lang, QT_TRANSLATE_NOOP("DutyPage", "Wrong login or password.")));
    return response;
}

DutyResponse DutyEndpoint::getDuty(Call& call)
{
    if (!call.session)
        return redirect("/duty");
    static const std::map<QString, const char*> done{
        {QStringLiteral("acknowledge"),
         QT_TRANSLATE_NOOP("DutyPage", "Acknowledged: the dispatchers see it.")},
        {QStringLiteral("on_scene"), QT_TRANSLATE_NOOP("DutyPage", "On scene: the dispatchers see it.")},
        {QStringLiteral("clear"), QT_TRANSLATE_NOOP("DutyPage", "Cleared: the assignment is closed.")},
        {QStringLiteral("backup"),
         QT_TRANSLATE_NOOP("DutyPage", "Backup requested: the dispatchers have been alerted.")},
        {QStringLiteral("followup"), QT_TRANSLATE_NOOP("DutyPage", "Follow-up visit recorded.")}};
    const auto message = done.find(call.request.queryValue(QStringLiteral("done")));
    return dutyPage(call, 200,
                    message == done.end() ? QString() : m_page.text(call.page.language, message->second), {});
}

DutyResponse DutyEndpoint::dutyPage(Call& call, int status, const QString& message, const QString& error)
{
    try {
        DutyResponse response;
        response.status = status;
        response.body = m_page.duty(call.page, m_duty.view(call.session->officer), message, error);
        return response;
    } catch (const dispatch::ForbiddenError& e) {
        // The account was deactivated: the session ends with it.
        m_sessions.close(call.session->id);
        call.extraHeaders.emplace_back("Set-Cookie", guard::clearedCookie());
        return refuse(call, 403, e.message());
    }
}

DutyResponse DutyEndpoint::perform(Call& call, const QString& done, const std::function<void()>& work)
{
    try {
        work();
        return redirect("/duty/?done=" + done.toLatin1());
    } catch (const dispatch::ForbiddenError& e) {
        return dutyPage(call, 403, {}, e.message());
    } catch (const dispatch::DispatchError& e) {
        return dutyPage(call, 409, {}, e.message());
    }
}

DutyResponse DutyEndpoint::postAction(Call& call)
{
    const DutyRequest& request = call.request;
    const Id assignmentId = request.formValue(QStringLiteral("assignment")).toLongLong();
    const QString code = request.formValue(QStringLiteral("action"));
    if (code == QLatin1String("backup"))
        return perform(call, code, [&] {
            m_duty.requestBackup(call.session->officer, assignmentId,
                                 request.formValue(QStringLiteral("note")));
        });
    const auto action = dispatch::dutyActionFromCode(code);
    if (!action)
        return dutyPage(call, 400, {},
                        m_page.text(call.page.language, QT_TRANSLATE_NOOP("DutyPage", "Unknown action.")));
    return perform(call, code, [&] { m_duty.act(call.session->officer, assignmentId, *action); });
}

DutyResponse DutyEndpoint::postFollowUp(Call& call)
{
    const DutyRequest& request = call.request;
    return perform(call, QStringLiteral("followup"), [&] {
        m_duty.recordFollowUp(call.session->officer,
                              request.formValue(QStringLiteral("follow_up")).toLongLong(),
                              request.formValue(QStringLiteral("result")).left(1000),
                              request.formValue(QStringLiteral("satisfaction")).toInt());
    });
}

DutyResponse DutyEndpoint::postPosition(Call& call)
{
    const DutyRequest& request = call.request;
    const QString& lang = call.page.language;
    DutyResponse response;
    response.contentType = "application/json";
    auto answer = [&](int status, bool stored, const char* message) {
        response.status = status;
        response.body = QJsonDocument(QJsonObject{{QStringLiteral("stored"), stored},
                                                  {QStringLiteral("message"), m_page.text(lang, message)}})
                            .toJson(QJsonDocument::Compact);
        return response;
    };
    const auto lat = number(request.formValue(QStringLiteral("lat")));
    const auto lon = number(request.formValue(QStringLiteral("lon")));
    if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180)
        return answer(400, false, QT_TRANSLATE_NOOP("DutyPage", "The position could not be read."));
    if (!m_positions)
        return answer(503, false, QT_TRANSLATE_NOOP("DutyPage", "This service takes no positions."));
    dispatch::PositionReport report;
    report.location = {*lon, *lat};
    if (const auto ms = number(request.formValue(QStringLiteral("timestamp"))))
        report.fixAt = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(*ms), Qt::UTC);
    // What a browser reports out of range is left out rather than refused: the fix itself is good.
    auto within = [&](const char* key, double low, double high) -> std::optional<double> {
        const auto value = number(request.formValue(QString::fromLatin1(key)));
        return value && *value >= low && *value < high ? value : std::nullopt;
    };
    report.accuracyM = within("accuracy", 0, 1e6);
    report.speedMps = within("speed", 0, 1e3);
    report.headingDeg = within("heading", 0, 360);
    const auto outcome = m_positions->ingestForResponder(*call.session->officer.responderId, {report});
    if (outcome.status != dispatch::PositionService::Status::Stored)
        return answer(
            409, false,
            QT_TRANSLATE_NOOP("DutyPage",
                              "No phone is registered for you: ask the administrator to register one."));
    if (outcome.accepted > 0)
        return answer(200, true, QT_TRANSLATE_NOOP("DutyPage", "Position sent."));
    return answer(
        200, true,
        QT_TRANSLATE_NOOP("DutyPage",
                          "Position received but not used (implausible or older than the last one)."));
}

DutyResponse DutyEndpoint::postLogout(Call& call)
{
    if (const auto session = m_sessions.close(call.session->id))
        m_duty.logout(session->officer);
    call.extraHeaders.emplace_back("Set-Cookie", guard::clearedCookie());
    return redirect("/duty");
}

} // namespace xiuhua::duty
