#include "service/rate_limiter.h"
#include "service/route_table.h"

#include <QTest>

using namespace xiuhua::service;

class TestRouteTable : public QObject
{
    Q_OBJECT

private slots:
    void routesByMethodAndPath()
    {
        RouteTable routes;
        routes.add("GET", "/health",
                   [](const HttpRequest&) { return HttpResponse::text(200, QStringLiteral("ok")); });
        routes.add("POST", "/owntracks/*",
                   [](const HttpRequest& r) { return HttpResponse::json(200, r.path); });
        HttpRequest request;
        request.method = "GET";
        request.path = "/health";
        QCOMPARE(routes.dispatch(request).status, 200);
        request.path = "/nothing";
        QCOMPARE(routes.dispatch(request).status, 404);
        request.path = "/owntracks/secret";
        const HttpResponse wrongMethod = routes.dispatch(request);
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.headers.front().second, QByteArray("POST"));
        request.method = "POST";
        QCOMPARE(routes.dispatch(request).body, QByteArray("/owntracks/secret"));
        request.path = "/owntracksX";
        QCOMPARE(routes.dispatch(request).status, 404);
    }

    void rateLimiterRefillsOverTime()
    {
        RateLimiter limiter(2.0, 3.0);
        const auto t0 = RateLimiter::Clock::time_point{} + std::chrono::hours(1);
        QVERIFY(limiter.allow(QStringLiteral("a"), t0));
        QVERIFY(limiter.allow(QStringLiteral("a"), t0));
        QVERIFY(limiter.allow(QStringLiteral("a"), t0));
        QVERIFY(!limiter.allow(QStringLiteral("a"), t0));
        QVERIFY(limiter.allow(QStringLiteral("b"), t0)); // each key its own bucket
        QVERIFY(limiter.allow(QStringLiteral("a"), t0 + std::chrono::milliseconds(500)));
        QVERIFY(!limiter.allow(QStringLiteral("a"), t0 + std::chrono::milliseconds(500)));
        QCOMPARE(limiter.retryAfterSeconds(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "test_route_table.moc"
