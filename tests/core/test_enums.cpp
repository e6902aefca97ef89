#include "core/enums.h"
#include "core/incident_number.h"

#include <QTest>

using namespace xiuhua::core;

class TestEnums : public QObject
{
    Q_OBJECT

private:
    template <typename E> void roundTrip()
    {
        for (std::size_t i = 0; i < enumCount<E>(); ++i) {
            const E value = static_cast<E>(i);
            QCOMPARE(fromCode<E>(toCode(value)), std::optional<E>(value));
            QVERIFY(!displayName(value).isEmpty());
        }
        QVERIFY(!fromCode<E>(u"no-such-code"));
    }

private slots:
    void codesRoundTrip()
    {
        roundTrip<IncidentStatus>();
        roundTrip<IncidentSource>();
        roundTrip<Priority>();
        roundTrip<ResponderKind>();
        roundTrip<ResponderStatus>();
        roundTrip<AssignmentStatus>();
        roundTrip<IncidentEventKind>();
        roundTrip<PostKind>();
    }

    void storedCodesAreStable()
    {
        // These strings are in every database ever written; changing one is a migration.
        QCOMPARE(toCode(IncidentStatus::OnScene), QStringLiteral("on_scene"));
        QCOMPARE(toCode(IncidentSource::Transfer110), QStringLiteral("transfer_110"));
        QCOMPARE(toCode(ResponderKind::CommunityOfficer), QStringLiteral("community_officer"));
        QCOMPARE(sqlCodeList<Priority>(), QStringLiteral("'P1','P2','P3','P4'"));
    }

    void staffAreNotFieldResponders()
    {
        QVERIFY(isStaff(ResponderKind::Dispatcher));
        QVERIFY(!isFieldResponder(ResponderKind::Supervisor));
        QVERIFY(isFieldResponder(ResponderKind::FireCrew));
    }

    void incidentNumbers()
    {
        QCOMPARE(formatIncidentNumber(QDate(2026, 11, 26), 7), QStringLiteral("20261126-0007"));
        const auto parsed = parseIncidentNumber(QStringLiteral("20261126-0123"));
        QVERIFY(parsed);
        QCOMPARE(parsed->date, QDate(2026, 11, 26));
        QCOMPARE(parsed->sequence, 123);
        QVERIFY(!parseIncidentNumber(QStringLiteral("20261340-0001")));
        QVERIFY(!parseIncidentNumber(QStringLiteral("x")));
    }
};

QTEST_APPLESS_MAIN(TestEnums)
#include "test_enums.moc"
