#include "core/status_rules.h"

#include <QTest>

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

    void openAndActive()
    {
        QVERIFY(isOpen(IncidentStatus::OnScene));
        QVERIFY(!isOpen(IncidentStatus::Resolved));
        QVERIFY(isActive(AssignmentStatus::EnRoute));
        QVERIFY(!isActive(AssignmentStatus::Cleared));
    }
};

QTEST_APPLESS_MAIN(TestStatusRules)
#include "test_status_rules.moc"
