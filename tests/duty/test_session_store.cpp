// The duty page's sessions: random ids, idle and absolute expiry, logout.
#include "duty/session_store.h"

#include <QTest>

#include <set>

using namespace xiuhua;
using namespace xiuhua::duty;

class TestSessionStore : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_start = QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);
    const core::Actor m_officer{core::Id(7), QStringLiteral("张伟"), QStringLiteral("duty 10.0.0.5")};

private slots:
    void idsAreRandomAndWellFormed()
    {
        SessionStore store;
        std::set<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const DutySession session = store.open(m_officer, 1, m_start);
            QVERIFY(SessionStore::isWellFormed(session.id));
            QVERIFY(SessionStore::isWellFormed(session.csrfToken));
            QVERIFY(session.id != session.csrfToken);
            QVERIFY(seen.insert(session.id).second);
            QVERIFY(seen.insert(session.csrfToken).second);
        }
        QVERIFY(!SessionStore::isWellFormed("abc"));
        QVERIFY(!SessionStore::isWellFormed(QByteArray(64, 'G')));
        QVERIFY(!SessionStore::isWellFormed(QByteArray(64, 'A'))); // ids are lowercase
    }

    void findReturnsTheOfficerAndRestartsTheIdleClock()
    {
        SessionStore store({15 * 60, 12 * 3600, 100});
        const DutySession opened = store.open(m_officer, 3, m_start);
        QVERIFY(!store.find(SessionStore::randomToken(), m_start));
        auto found = store.find(opened.id, m_start.addSecs(14 * 60));
        QVERIFY(found);
        QCOMPARE(found->officer.responderId, m_officer.responderId);
        QCOMPARE(found->accountId, core::Id(3));
        QCOMPARE(found->csrfToken, opened.csrfToken);
        // Used 14 minutes in: alive until 15 minutes after that.
        QVERIFY(store.find(opened.id, m_start.addSecs(28 * 60)));
    }

    void idleSessionExpires()
    {
        SessionStore store({15 * 60, 12 * 3600, 100});
        const DutySession opened = store.open(m_officer, 3, m_start);
        QVERIFY(!store.find(opened.id, m_start.addSecs(15 * 60)));
        QCOMPARE(store.size(), 0); // forgotten, not only refused
        QVERIFY(!store.find(opened.id, m_start.addSecs(60)));
    }

    void busySessionStillEndsAtTheAbsoluteLimit()
    {
        SessionStore store({15 * 60, 3600, 100});
        const DutySession opened = store.open(m_officer, 3, m_start);
        for (int minute = 10; minute < 60; minute += 10)
            QVERIFY(store.find(opened.id, m_start.addSecs(minute * 60)));
        QVERIFY(!store.find(opened.id, m_start.addSecs(3600)));
    }

    void logoutEndsTheSession()
    {
        SessionStore store;
        const DutySession a = store.open(m_officer, 3, m_start);
        const DutySession b = store.open(m_officer, 3, m_start);
        QCOMPARE(store.close(a.id)->id, a.id);
        QVERIFY(!store.find(a.id, m_start));
        QVERIFY(!store.close(a.id));
        QVERIFY(store.find(b.id, m_start)); // another phone of the same officer stays
    }

    void purgeAndCapacity()
    {
        SessionStore store({60, 3600, 3});
        const DutySession first = store.open(m_officer, 1, m_start);
        store.open(m_officer, 1, m_start.addSecs(10));
        store.open(m_officer, 1, m_start.addSecs(20));
        const DutySession fourth = store.open(m_officer, 1, m_start.addSecs(30));
        QCOMPARE(store.size(), 3);
        QVERIFY(!store.find(first.id, m_start.addSecs(31))); // the oldest idle one made room
        QVERIFY(store.find(fourth.id, m_start.addSecs(31)));
        QCOMPARE(store.purgeExpired(m_start.addSecs(85)), 2); // idle since 10 and 20 s
        QCOMPARE(store.size(), 1);
    }

    void languageIsKept()
    {
        SessionStore store;
        const DutySession opened = store.open(m_officer, 1, m_start);
        store.setLanguage(opened.id, QStringLiteral("en"));
        QCOMPARE(store.find(opened.id, m_start)->language, QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "test_session_store.moc"
