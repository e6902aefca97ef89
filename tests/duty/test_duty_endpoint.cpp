// The duty page's routes without a socket: login, the assignment page, the buttons, the refusals
// (no session, no CSRF token, another origin), logout, escaping and the language.
#include "dispatch/assignment_service.h"
#include "dispatch/device_service.h"
#include "dispatch/incident_service.h"
#include "duty/duty_endpoint.h"
#include "duty/request_guard.h"
#include "test_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;
using namespace xiuhua::duty;

namespace {
const QString kPassword = QStringLiteral("duty-pass-2026");
const QByteArray kHost = "10.1.2.3:8443";
const QByteArray kOrigin = "https://10.1.2.3:8443";
} // namespace

class TestDutyEndpoint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<testing::DemoFixture> m_demo;
    QDateTime m_now;
    Responder m_officer;
    Incident m_incident;
    Assignment m_assignment;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<PositionService> m_positions;
    std::unique_ptr<DutyEndpoint> m_endpoint;

    DispatchContext context()
    {
        return {*m_demo->store, m_demo->taxonomy, m_demo->notifier, [this] { return m_now; }};
    }
    const storage::StoreReader& reader() const { return m_demo->store->read(); }

    static DutyRequest request(const QByteArray& method, const QString& path, const QByteArray& cookie = {})
    {
        DutyRequest r;
        r.method = method;
        r.path = path;
        r.cookie = cookie;
        r.host = kHost;
        r.peer = QStringLiteral("10.1.2.77");
        if (method == "POST")
            r.origin = kOrigin;
        return r;
    }

    // Logs in; returns the Cookie header to send and the page's CSRF token.
    std::pair<QByteArray, QByteArray> logIn()
    {
        DutyRequest login = request("POST", QStringLiteral("/duty/login"));
        login.form = {{QStringLiteral("login"), QStringLiteral("duty01")},
                      {QStringLiteral("password"), kPassword}};
        const DutyResponse answer = m_endpoint->handle(login);
        if (answer.status != 303)
            qFatal("login refused: %d", answer.status);
        const QByteArray setCookie = answer.header("Set-Cookie");
        const QByteArray cookie = setCookie.left(setCookie.indexOf(';'));
        const DutyResponse page = m_endpoint->handle(request("GET", QStringLiteral("/duty/"), cookie));
        const auto match = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([0-9a-f]{64})\""))
                               .match(QString::fromUtf8(page.body));
        return {cookie, match.captured(1).toLatin1()};
    }

    DutyRequest action(const QByteArray& cookie, const QByteArray& csrf, const QString& code)
    {
        DutyRequest post = request("POST", QStringLiteral("/duty/action"), cookie);
        post.form = {{QStringLiteral("csrf"), QString::fromLatin1(csrf)},
                     {QStringLiteral("assignment"), QString::number(m_assignment.id)},
                     {QStringLiteral("action"), code}};
        return post;
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<testing::DemoFixture>(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)));
        m_now = testing::fixedNow().addSecs(60);
        const Actor dispatcher = testing::demoOperator(*m_demo, QStringLiteral("031601"));
        const Actor admin = testing::demoOperator(*m_demo, QStringLiteral("admin"));
        for (const Responder& responder : reader().responders()) {
            if (isFieldResponder(responder.kind) && responder.status == ResponderStatus::Available) {
                m_officer = responder;
                break;
            }
        }
        AccountService(context(), PasswordHasher(PasswordHasher::minimum()))
            .create(admin, {m_officer.id, QStringLiteral("duty01"), Role::Monitor}, kPassword);
        IncidentDraft draft;
        draft.category = QStringLiteral("dispute");
        draft.location = GeoPoint{121.4760, 31.2330};
        draft.addressText = QStringLiteral("福州路 100 号 <script>alert(1)</script>");
        draft.callerName = QStringLiteral("王女士");
        draft.callerPhone = QStringLiteral("13812345678");
        m_incident = IncidentService(context()).create(dispatcher, draft);
        m_assignment = AssignmentService(context()).assign(dispatcher, m_incident.id, m_officer.id);
        m_sessions = std::make_unique<SessionStore>();
        m_positions =
            std::make_unique<PositionService>(*m_demo->store, PositionRules::fromJurisdiction(reader()));
        m_endpoint = std::make_unique<DutyEndpoint>(context(), *m_sessions, m_positions.get(),
                                                    PasswordHasher(PasswordHasher::minimum()));
    }

    void loginPageIsChineseAndSafe()
    {
        const DutyResponse page = m_endpoint->handle(request("GET", QStringLiteral("/duty")));
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(QStringLiteral("登录")));
        QVERIFY(html.contains(QStringLiteral("lang=\"zh-CN\"")));
        QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
        QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(page.header("X-Frame-Options"), QByteArray("DENY"));
        DutyRequest english = request("GET", QStringLiteral("/duty"));
        english.acceptLanguage = "en-GB,en;q=0.9,zh-CN;q=0.5";
        QVERIFY(QString::fromUtf8(m_endpoint->handle(english).body).contains(QStringLiteral(">Log in<")));
        english.query = {{QStringLiteral("lang"), QStringLiteral("zh")}};
        QVERIFY(QString::fromUtf8(m_endpoint->handle(english).body).contains(QStringLiteral("登录")));
    }

    void loginSetsAStrictCookieAndShowsTheAssignment()
    {
        DutyRequest wrong = request("POST", QStringLiteral("/duty/login"));
        wrong.form = {{QStringLiteral("login"), QStringLiteral("duty01")},
                      {QStringLiteral("password"), QStringLiteral("nope")}};
        QCOMPARE(m_endpoint->handle(wrong).status, 401);
        QVERIFY(m_endpoint->handle(wrong).header("Set-Cookie").isEmpty());

        DutyRequest login = request("POST", QStringLiteral("/duty/login"));
        login.form = {{QStringLiteral("login"), QStringLiteral("duty01")},
                      {QStringLiteral("password"), kPassword}};
        const DutyResponse answer = m_endpoint->handle(login);
        QCOMPARE(answer.status, 303);
        QCOMPARE(answer.header("Location"), QByteArray("/duty/"));
        const QByteArray setCookie = answer.header("Set-Cookie");
        for (const char* attribute : {"Secure", "HttpOnly", "SameSite=Strict", "Path=/duty"})
            QVERIFY2(setCookie.contains(attribute), attribute);
        const QByteArray cookie = setCookie.left(setCookie.indexOf(';'));
        const DutyResponse page = m_endpoint->handle(request("GET", QStringLiteral("/duty/"), cookie));
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(m_incident.number));
        QVERIFY(html.contains(QStringLiteral("王** 138****5678")));
        QVERIFY(!html.contains(QStringLiteral("13812345678")));
        QVERIFY(!html.contains(QStringLiteral("<script>alert(1)")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("已到场")));
        QVERIFY(html.contains(QStringLiteral("href=\"geo:31.233000,121.476000?q=31.233000,121.476000(")));
        // The one script carries this response's nonce.
        const QByteArray csp = page.header("Content-Security-Policy");
        const QString nonce = QRegularExpression(QStringLiteral("script-src 'nonce-([0-9a-f]+)'"))
                                  .match(QString::fromLatin1(csp))
                                  .captured(1);
        QVERIFY(!nonce.isEmpty());
        QVERIFY(html.contains(QStringLiteral("<script nonce=\"%1\">").arg(nonce)));
    }

    void onSceneButtonIsTheOfficersAuditedAction()
    {
        const auto [cookie, csrf] = logIn();
        QVERIFY(!csrf.isEmpty());
        m_now = m_now.addSecs(300);
        const DutyResponse answer = m_endpoint->handle(action(cookie, csrf, QStringLiteral("on_scene")));
        QCOMPARE(answer.status, 303);
        QCOMPARE(answer.header("Location"), QByteArray("/duty/?done=on_scene"));
        QCOMPARE(reader().assignment(m_assignment.id)->status, AssignmentStatus::OnScene);
        const auto audit = reader().auditEvents(QStringLiteral("assignment"), m_assignment.id, 1);
        QCOMPARE(audit.front().actorId, std::optional<Id>(m_officer.id));
        QCOMPARE(audit.front().workstation, QStringLiteral("duty 10.1.2.77"));
        DutyRequest page = request("GET", QStringLiteral("/duty/"), cookie);
        page.query = {{QStringLiteral("done"), QStringLiteral("on_scene")}};
        QVERIFY(
            QString::fromUtf8(m_endpoint->handle(page).body).contains(QStringLiteral("已到场，调度员可见")));
        // Backup and a refusal the service gives (acknowledging after arrival is not a step forward).
        QCOMPARE(m_endpoint->handle(action(cookie, csrf, QStringLiteral("backup"))).status, 303);
        QCOMPARE(reader().auditEvents(QStringLiteral("incident"), m_incident.id, 1).front().action,
                 QStringLiteral("incident.backup_request"));
        QCOMPARE(m_endpoint->handle(action(cookie, csrf, QStringLiteral("acknowledge"))).status, 409);
        QCOMPARE(m_endpoint->handle(action(cookie, csrf, QStringLiteral("cancel"))).status, 400);
    }

    void requestsWithoutSessionTokenOrOriginAreRefused()
    {
        const auto [cookie, csrf] = logIn();
        const qint64 before = reader().rowCounts().at(QStringLiteral("audit_event"));
        QCOMPARE(m_endpoint->handle(action({}, csrf, QStringLiteral("on_scene"))).status, 403);
        QCOMPARE(
            m_endpoint->handle(action("xiuhua_duty=" + QByteArray(64, 'f'), csrf, QStringLiteral("on_scene")))
                .status,
            403);
        QCOMPARE(m_endpoint->handle(action(cookie, {}, QStringLiteral("on_scene"))).status, 403);
        QCOMPARE(m_endpoint->handle(action(cookie, QByteArray(64, '0'), QStringLiteral("on_scene"))).status,
                 403);
        DutyRequest foreign = action(cookie, csrf, QStringLiteral("on_scene"));
        foreign.origin = "https://evil.example";
        QCOMPARE(m_endpoint->handle(foreign).status, 403);
        DutyRequest noOrigin = action(cookie, csrf, QStringLiteral("on_scene"));
        noOrigin.origin.clear();
        QCOMPARE(m_endpoint->handle(noOrigin).status, 403);
        DutyRequest foreignLogin = request("POST", QStringLiteral("/duty/login"));
        foreignLogin.origin = "https://evil.example";
        foreignLogin.form = {{QStringLiteral("login"), QStringLiteral("duty01")},
                             {QStringLiteral("password"), kPassword}};
        QCOMPARE(m_endpoint->handle(foreignLogin).status, 403);
        QCOMPARE(reader().rowCounts().at(QStringLiteral("audit_event")), before);
        QCOMPARE(reader().assignment(m_assignment.id)->status, AssignmentStatus::Dispatched);
        // The token in the header works as in the form (the page's script sends it so).
        DutyRequest header = action(cookie, {}, QStringLiteral("acknowledge"));
        header.csrfHeader = csrf;
        QCOMPARE(m_endpoint->handle(header).status, 303);
        // A browser without a session is sent to the login.
        const DutyResponse anonymous = m_endpoint->handle(request("GET", QStringLiteral("/duty/")));
        QCOMPARE(anonymous.status, 303);
        QCOMPARE(anonymous.header("Location"), QByteArray("/duty"));
    }

    void idleSessionAndLogoutEndAccess()
    {
        const auto [cookie, csrf] = logIn();
        m_now = m_now.addSecs(16 * 60);
        QCOMPARE(m_endpoint->handle(request("GET", QStringLiteral("/duty/"), cookie)).status, 303);
        const auto [again, token] = logIn();
        DutyRequest logout = request("POST", QStringLiteral("/duty/logout"), again);
        logout.form = {{QStringLiteral("csrf"), QString::fromLatin1(token)}};
        const DutyResponse answer = m_endpoint->handle(logout);
        QCOMPARE(answer.status, 303);
        QVERIFY(answer.header("Set-Cookie").contains("Max-Age=0"));
        QCOMPARE(m_endpoint->handle(action(again, token, QStringLiteral("on_scene"))).status, 403);
        QCOMPARE(reader().auditEvents(QStringLiteral("operator_account"), std::nullopt, 1).front().action,
                 QStringLiteral("operator.logout"));
    }

    void positionNeedsARegisteredDevice()
    {
        const auto [cookie, csrf] = logIn();
        DutyRequest post = request("POST", QStringLiteral("/duty/position"), cookie);
        post.csrfHeader = csrf;
        post.form = {{QStringLiteral("lat"), QStringLiteral("31.2320")},
                     {QStringLiteral("lon"), QStringLiteral("121.4750")},
                     {QStringLiteral("accuracy"), QStringLiteral("15")},
                     {QStringLiteral("timestamp"), QString::number(QDateTime::currentMSecsSinceEpoch())}};
        QCOMPARE(m_endpoint->handle(post).status, 409);
        DeviceService(context()).registerDevice(testing::demoOperator(*m_demo, QStringLiteral("admin")),
                                                QStringLiteral("phone-duty01"), m_officer.id);
        const DutyResponse stored = m_endpoint->handle(post);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.contentType, QByteArray("application/json"));
        QVERIFY(stored.body.contains("\"stored\":true"));
        QCOMPARE(reader().newestAcceptedPosition(m_officer.id)->location, (GeoPoint{121.4750, 31.2320}));
        post.form[QStringLiteral("lat")] = QStringLiteral("north");
        QCOMPARE(m_endpoint->handle(post).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestDutyEndpoint)
#include "test_duty_endpoint.moc"
