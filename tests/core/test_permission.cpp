#include "core/permission.h"

#include <QTest>

using namespace xiuhua::core;

Q_DECLARE_METATYPE(xiuhua::core::Role)
Q_DECLARE_METATYPE(xiuhua::core::Permission)

class TestPermission : public QObject
{
    Q_OBJECT

private slots:
    void rolesHaveSchemaCodes()
    {
        QCOMPARE(enumCount<Role>(), 4u);
        QCOMPARE(toCode(Role::Dispatcher), QStringLiteral("dispatcher"));
        QCOMPARE(toCode(Role::Supervisor), QStringLiteral("supervisor"));
        QCOMPARE(toCode(Role::Administrator), QStringLiteral("administrator"));
        QCOMPARE(toCode(Role::Monitor), QStringLiteral("monitor"));
        for (std::size_t i = 0; i < enumCount<Role>(); ++i) {
            const auto role = static_cast<Role>(i);
            QCOMPARE(fromCode<Role>(toCode(role)), std::optional<Role>(role));
            QVERIFY(!displayName(role).isEmpty());
        }
        QVERIFY(!fromCode<Role>(u"root"));
    }

    void table_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        using P = Permission;
        const auto row = [](const char* name, Role role, Permission permission, bool allowed) {
            QTest::newRow(name) << role << permission << allowed;
        };
        row("dispatcher creates incidents", Role::Dispatcher, P::CreateIncident, true);
        row("dispatcher dispatches", Role::Dispatcher, P::Dispatch, true);
        row("dispatcher edits incidents", Role::Dispatcher, P::EditIncident, true);
        row("dispatcher sees callers on request", Role::Dispatcher, P::ViewPersonalData, true);
        row("dispatcher cannot sign", Role::Dispatcher, P::SignShiftReport, false);
        row("dispatcher cannot edit roster", Role::Dispatcher, P::EditRoster, false);
        row("dispatcher cannot manage accounts", Role::Dispatcher, P::ManageAccounts, false);
        row("dispatcher cannot change settings", Role::Dispatcher, P::ChangeSettings, false);
        row("dispatcher cannot open shifts", Role::Dispatcher, P::OpenCloseShift, false);
        row("supervisor signs", Role::Supervisor, P::SignShiftReport, true);
        row("supervisor edits roster", Role::Supervisor, P::EditRoster, true);
        row("supervisor changes settings", Role::Supervisor, P::ChangeSettings, true);
        row("supervisor opens shifts", Role::Supervisor, P::OpenCloseShift, true);
        row("supervisor dispatches", Role::Supervisor, P::Dispatch, true);
        row("supervisor cannot manage accounts", Role::Supervisor, P::ManageAccounts, false);
        row("administrator manages accounts", Role::Administrator, P::ManageAccounts, true);
        row("administrator backs up", Role::Administrator, P::Backup, true);
        row("administrator imports", Role::Administrator, P::Import, true);
        row("administrator does not dispatch", Role::Administrator, P::Dispatch, false);
        row("administrator does not sign", Role::Administrator, P::SignShiftReport, false);
        row("administrator does not see callers", Role::Administrator, P::ViewPersonalData, false);
    }

    void table()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(allows(role, permission), allowed);
    }

    void monitorChangesNothing()
    {
        for (int p = 0; p <= static_cast<int>(Permission::ViewAudit); ++p) {
            QVERIFY(!allows(Role::Monitor, static_cast<Permission>(p)));
            QVERIFY(!describe(static_cast<Permission>(p)).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPermission)
#include "test_permission.moc"
