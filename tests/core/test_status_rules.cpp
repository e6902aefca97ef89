#include "core/status_rules.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace xiuhua::core;

class TestStatusRules : public QObject
{
    Q_OBJECT

private slots:
    void incidentFlow()
    {
        using S = IncidentStatus;
        QVERIFY(isAllowedTransition(S::New, S::Dispatched));
        QVERIFY(isAllowedTransition(S::Dispatched, S::OnScene));
        QVERIFY(isAllowedTransition(S::OnScene, S::Resolved));
        QVERIFY(isAllowedTransition(S::Resolved, S::Closed));
        QVERIFY(isAllowedTransition(S::New, S::Cancelled));
        QVERIFY(isAllowedTransition(S::Closed, S::Dispatched));
        QVERIFY(isReopen(S::Closed, S::Dispatched));

        QVERIFY(!isAllowedTransition(S::New, S::Closed));
        QVERIFY(!isAllowedTransition(S::OnScene, S::New));
        QVERIFY(!isAllowedTransition(S::Cancelled, S::Dispatched));
        QVERIFY(!isAllowedTransition(S::Closed, S::Cancelled));
        QVERIFY(!isAllowedTransition(S::Dispatched, S::Dispatched));
    }

    void assignmentFlow()
    {
        using A = AssignmentStatus;
        QVERIFY(isAllowedTransition(A::Dispatched, A::Acknowledged));
        QVERIFY(isAllowedTransition(A::Dispatched, A::OnScene)); // steps may be skipped forwards
        QVERIFY(isAllowedTransition(A::OnScene, A::Cleared));
        QVERIFY(isAllowedTransition(A::EnRoute, A::Cancelled));
        QVERIFY(!isAllowedTransition(A::OnScene, A::EnRoute));
        QVERIFY(!isAllowedTransition(A::Cleared, A::Cancelled));
        QVERIFY(!isAllowedTransition(A::Cancelled, A::Dispatched));
    }

    void everyIncidentTransition()
    {
        // The allowed moves, written out independently of the rules' switch statement.
        using S = IncidentStatus;
        const std::set<std::pair<S, S>> allowed{
            {S::New, S::Dispatched},      {S::New, S::Resolved},        {S::New, S::Cancelled},
            {S::Dispatched, S::OnScene},  {S::Dispatched, S::Resolved}, {S::Dispatched, S::Cancelled},
            {S::OnScene, S::Resolved},    {S::OnScene, S::Cancelled},   {S::Resolved, S::Closed},
            {S::Resolved, S::Dispatched}, {S::Closed, S::Dispatched}};
        for (std::size_t from = 0; from < enumCount<S>(); ++from) {
            for (std::size_t to = 0; to < enumCount<S>(); ++to) {
                const auto pair = std::pair{static_cast<S>(from), static_cast<S>(to)};
                QVERIFY2(isAllowedTransition(pair.first, pair.second) == (allowed.count(pair) == 1),
                         qPrintable(toCode(pair.first) + QStringLiteral(" -> ") + toCode(pair.second)));
            }
        }
    }

    void everyAssignmentTransition()
    {
        using A = AssignmentStatus;
        const std::vector<A> order{A::Dispatched, A::Acknowledged, A::EnRoute, A::OnScene, A::Cleared};
        for (std::size_t from = 0; from < enumCount<A>(); ++from) {
            for (std::size_t to = 0; to < enumCount<A>(); ++to) {
                const A a = static_cast<A>(from);
                const A b = static_cast<A>(to);
                const bool active = a != A::Cleared && a != A::Cancelled;
                const auto rank = [&](A s) {
                    return std::find(order.begin(), order.end(), s) - order.begin();
                };
                const bool expected = active && a != b && (b == A::Cancelled || rank(b) > rank(a));
                QVERIFY2(isAllowedTransition(a, b) == expected,
                         qPrintable(toCode(a) + QStringLiteral(" -> ") + toCode(b)));
            }
        }
    }

    void openAndActive()
    {
        QVERIFY(isOpen(IncidentStatus::OnScene));
        QVERIFY(!isOpen(IncidentStatus::Resolved));
        QVERIFY(isActive(AssignmentStatus::EnRoute));
        QVERIFY(!isActive(AssignmentStatus::Cleared));
    }

    // The lists storage filters by in SQL are exactly what isOpen/isActive accept.
    void statusCodeListsFollowTheRules()
    {
        QCOMPARE(openIncidentStatusCodes(), (QStringList{"new", "dispatched", "on_scene"}));
        QCOMPARE(activeAssignmentStatusCodes(),
                 (QStringList{"dispatched", "acknowledged", "en_route", "on_scene"}));
        for (const QString& code : openIncidentStatusCodes())
            QVERIFY(isOpen(*fromCode<IncidentStatus>(code)));
        for (const QString& code : activeAssignmentStatusCodes())
            QVERIFY(isActive(*fromCode<AssignmentStatus>(code)));
    }
};

QTEST_APPLESS_MAIN(TestStatusRules)
#include "test_status_rules.moc"
