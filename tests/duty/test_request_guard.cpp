// Cookies, the CSRF token and the Origin check of the duty page; the HTML escaping of its templates.
#include "duty/html_template.h"
#include "duty/request_guard.h"

#include <QTest>

using namespace xiuhua::duty;
namespace guard = xiuhua::duty::request_guard;

class TestRequestGuard : public QObject
{
    Q_OBJECT

private slots:
    void sessionCookieHasEveryAttribute()
    {
        const QByteArray cookie = guard::sessionCookie("abc123");
        QVERIFY(cookie.startsWith("xiuhua_duty=abc123;"));
        for (const char* attribute : {"; Secure", "; HttpOnly", "; SameSite=Strict", "; Path=/duty"})
            QVERIFY2(cookie.contains(attribute), attribute);
        QVERIFY(!cookie.contains("Max-Age"));
        const QByteArray cleared = guard::clearedCookie();
        QVERIFY(cleared.startsWith("xiuhua_duty=;"));
        QVERIFY(cleared.contains("Max-Age=0"));
        QVERIFY(cleared.contains("Path=/duty"));
    }

    void cookieValueIsFoundAmongOthers()
    {
        QCOMPARE(guard::cookieValue("a=1; xiuhua_duty=ff00; b=2"), QByteArray("ff00"));
        QCOMPARE(guard::cookieValue("xiuhua_duty=ff00"), QByteArray("ff00"));
        QCOMPARE(guard::cookieValue("not_xiuhua_duty=1; x=2"), QByteArray());
        QCOMPARE(guard::cookieValue(""), QByteArray());
    }

    void csrfTokenMustMatchExactly()
    {
        const QByteArray token(64, 'a');
        QVERIFY(guard::csrfTokenMatches(token, token));
        QVERIFY(!guard::csrfTokenMatches(token, QByteArray(63, 'a')));
        QVERIFY(!guard::csrfTokenMatches(token, QByteArray(63, 'a') + 'b'));
        QVERIFY(!guard::csrfTokenMatches(token, {}));
        QVERIFY(!guard::csrfTokenMatches({}, {}));
    }

    void originMustBeOurOwn()
    {
        QVERIFY(guard::sameOrigin("https://10.1.2.3:8443", {}, "10.1.2.3:8443", true));
        QVERIFY(guard::sameOrigin("HTTPS://Station:8443", {}, "station:8443", true));
        QVERIFY(!guard::sameOrigin("http://10.1.2.3:8443", {}, "10.1.2.3:8443", true)); // scheme
        QVERIFY(!guard::sameOrigin("https://evil.example", {}, "10.1.2.3:8443", true));
        QVERIFY(!guard::sameOrigin("https://10.1.2.3:8443.evil", {}, "10.1.2.3:8443", true));
        QVERIFY(!guard::sameOrigin("null", {}, "10.1.2.3:8443", true));
        // No Origin: the Referer's origin decides; neither: refused.
        QVERIFY(guard::sameOrigin({}, "https://10.1.2.3:8443/duty/", "10.1.2.3:8443", true));
        QVERIFY(!guard::sameOrigin({}, "https://10.1.2.3:8443.evil/duty/", "10.1.2.3:8443", true));
        QVERIFY(!guard::sameOrigin({}, {}, "10.1.2.3:8443", true));
        QVERIFY(!guard::sameOrigin("https://x", {}, {}, true));
        QVERIFY(guard::sameOrigin("http://127.0.0.1:9000", {}, "127.0.0.1:9000", false));
    }

    void templatesEscapeEveryValueOnce()
    {
        HtmlTemplate page(QStringLiteral("<p title=\"{{a}}\">{{a}}</p>{{{b}}}{{missing}}|{{{missing}}}"));
        page.set(QStringLiteral("a"), QStringLiteral("<script>alert('x')</script> & \"{{b}}\""))
            .setHtml(QStringLiteral("b"), QStringLiteral("<b>ok</b>"));
        QCOMPARE(
            page.render(),
            QStringLiteral(
                "<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;{{b}}&quot;\">"
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;{{b}}&quot;</p><b>ok</b>|"));
    }
};

QTEST_GUILESS_MAIN(TestRequestGuard)
#include "test_request_guard.moc"
