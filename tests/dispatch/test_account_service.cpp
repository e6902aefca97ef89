#include "dispatch/account_service.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/password_hasher.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

class TestAccountService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<testing::DemoFixture> m_demo;
    QDateTime m_now;
    int m_staff = 0;

    AccountService service()
    {
        return AccountService({*m_demo->store, m_demo->taxonomy, m_demo->notifier, [this] { return m_now; }},
                              PasswordHasher(PasswordHasher::minimum()));
    }
    const storage::StoreReader& reader() const { return m_demo->store->read(); }
    Actor actorOf(const QString& login) const
    {
        const auto account = reader().operatorAccountByLogin(login);
        return {account->responderId, reader().responder(account->responderId)->name,
                QStringLiteral("test-ws")};
    }
    qint64 auditCount() const { return reader().rowCounts().at(QStringLiteral("audit_event")); }
    std::vector<AuditEvent> audit(int limit) const
    {
        return reader().auditEvents(QString(), std::nullopt, limit);
    }
    // A staff member without an account: the demo's shift supervisors all have one, so add one.
    Id newStaffMember()
    {
        Id id = 0;
        m_demo->store->transact(testing::testOperator(), [&](storage::StoreWriter& writer) {
            Responder staff;
            staff.kind = ResponderKind::Dispatcher;
            staff.badgeNo = QStringLiteral("0316%1").arg(90 + ++m_staff);
            staff.name = QStringLiteral("新调度员");
            staff.statusSince = m_now;
            id = writer.insertResponder(staff);
            writer.audit({QStringLiteral("responder.create"), QStringLiteral("responder"), id, {}, {}});
        });
        return id;
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<testing::DemoFixture>(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)));
        m_now = testing::fixedNow().addSecs(60);
    }

    void hasherUsesArgon2idAndSalts()
    {
        const PasswordHasher hasher(PasswordHasher::minimum());
        const QString a = hasher.hash(QStringLiteral("正确的密码horse"));
        const QString b = hasher.hash(QStringLiteral("正确的密码horse"));
        QVERIFY(a.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(a != b); // salted
        QVERIFY(PasswordHasher::verify(a, QStringLiteral("正确的密码horse")));
        QVERIFY(!PasswordHasher::verify(a, QStringLiteral("正确的密码horsE")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("plain"), QStringLiteral("plain")));
    }

    void demoAccountsLogIn()
    {
        const auto accounts = reader().operatorAccounts();
        QCOMPARE(accounts.size(), 8u);
        for (const OperatorAccount& account : accounts) {
            QVERIFY(!account.passwordHash.contains(QLatin1String(demoPassword)));
            const LoginResult result =
                service().login(account.login, QString::fromLatin1(demoPassword), QStringLiteral("ws"));
            QCOMPARE(result.status, LoginResult::Status::Success);
            QCOMPARE(result.actor.responderId, std::optional<Id>(account.responderId));
        }
        QCOMPARE(reader().operatorAccountByLogin(QStringLiteral("031601"))->role, Role::Dispatcher);
        QCOMPARE(reader().operatorAccountByLogin(QStringLiteral("031701"))->role, Role::Supervisor);
        QCOMPARE(reader().operatorAccountByLogin(QStringLiteral("admin"))->role, Role::Administrator);
        QCOMPARE(reader().operatorAccountByLogin(QStringLiteral("monitor"))->role, Role::Monitor);
        const AuditEvent last = audit(1).front();
        QCOMPARE(last.action, QStringLiteral("operator.login"));
        QVERIFY(last.actorId);
    }

    void failedLoginsAreAuditedWithoutThePassword()
    {
        const QString secret = QStringLiteral("guess-Кx9");
        const qint64 before = auditCount();
        QCOMPARE(service().login(QStringLiteral("031601"), secret, QStringLiteral("ws")).status,
                 LoginResult::Status::Refused);
        QCOMPARE(service().login(QStringLiteral("nobody"), secret, QStringLiteral("ws")).status,
                 LoginResult::Status::Refused);
        QCOMPARE(auditCount(), before + 2);
        for (const AuditEvent& event : audit(2)) {
            QCOMPARE(event.action, QStringLiteral("operator.login_failed"));
            QVERIFY(!event.beforeJson.contains(secret) && !event.afterJson.contains(secret));
            QVERIFY(!event.afterJson.contains(QLatin1String("argon2")));
        }
        QVERIFY(audit(1).front().afterJson.contains(QLatin1String("nobody")));
        QCOMPARE(reader().operatorAccountByLogin(QStringLiteral("031601"))->failedAttempts, 1);
    }

    void fiveFailuresLockWithAGrowingDelay()
    {
        QCOMPARE(AccountService::lockoutSeconds(4), 0);
        QCOMPARE(AccountService::lockoutSeconds(5), 60);
        QCOMPARE(AccountService::lockoutSeconds(6), 120);
        QCOMPARE(AccountService::lockoutSeconds(7), 240);
        QCOMPARE(AccountService::lockoutSeconds(40), 3600);

        const QString login = QStringLiteral("031602");
        const QString right = QString::fromLatin1(demoPassword);
        for (int i = 1; i < AccountService::maxFailedAttempts; ++i)
            QCOMPARE(service().login(login, QStringLiteral("wrong%1").arg(i), QStringLiteral("ws")).status,
                     LoginResult::Status::Refused);
        LoginResult locked = service().login(login, QStringLiteral("wrong5"), QStringLiteral("ws"));
        QCOMPARE(locked.status, LoginResult::Status::Locked);
        QCOMPARE(locked.lockedUntil, m_now.addSecs(60));
        // While locked even the right password is refused, and not counted.
        QCOMPARE(service().login(login, right, QStringLiteral("ws")).status, LoginResult::Status::Locked);
        QCOMPARE(audit(1).front().afterJson.contains(QLatin1String("locked")), true);
        QCOMPARE(reader().operatorAccountByLogin(login)->failedAttempts, 5);

        m_now = m_now.addSecs(61);
        locked = service().login(login, QStringLiteral("wrong6"), QStringLiteral("ws"));
        QCOMPARE(locked.status, LoginResult::Status::Locked);
        QCOMPARE(locked.lockedUntil, m_now.addSecs(120)); // grows
        m_now = m_now.addSecs(121);
        QCOMPARE(service().login(login, right, QStringLiteral("ws")).status, LoginResult::Status::Success);
        QCOMPARE(reader().operatorAccountByLogin(login)->failedAttempts, 0);
        QVERIFY(!reader().operatorAccountByLogin(login)->lockedUntil.isValid());
    }

    void administratorManagesAccounts()
    {
        const Actor admin = actorOf(QStringLiteral("admin"));
        const Id staff = newStaffMember();
        const OperatorAccount created = service().create(
            admin, {staff, QStringLiteral("li.ming"), Role::Dispatcher}, QStringLiteral("s3cret-pw"));
        QVERIFY(created.id > 0);
        QCOMPARE(audit(1).front().action, QStringLiteral("operator.create"));
        QVERIFY(!audit(1).front().afterJson.contains(QLatin1String("argon2")));
        QCOMPARE(service()
                     .login(QStringLiteral("li.ming"), QStringLiteral("s3cret-pw"), QStringLiteral("ws"))
                     .status,
                 LoginResult::Status::Success);

        QVERIFY_THROWS_EXCEPTION(DispatchError,
                                 service().create(admin, {staff, QStringLiteral("x"), Role::Monitor},
                                                  QStringLiteral("long-enough")));
        QVERIFY_THROWS_EXCEPTION(
            DispatchError, service().create(admin, {newStaffMember(), QStringLiteral("y"), Role::Monitor},
                                            QStringLiteral("short")));

        QCOMPARE(service().setRole(admin, created.id, Role::Supervisor).role, Role::Supervisor);
        service().resetPassword(admin, created.id, QStringLiteral("another-pw"));
        QCOMPARE(service()
                     .login(QStringLiteral("li.ming"), QStringLiteral("s3cret-pw"), QStringLiteral("ws"))
                     .status,
                 LoginResult::Status::Refused);
        QVERIFY(!service().setActive(admin, created.id, false).active);
        QCOMPARE(service()
                     .login(QStringLiteral("li.ming"), QStringLiteral("another-pw"), QStringLiteral("ws"))
                     .status,
                 LoginResult::Status::Refused);

        // The last administrator cannot be demoted or deactivated.
        const Id adminAccount = reader().operatorAccountByLogin(QStringLiteral("admin"))->id;
        QVERIFY_THROWS_EXCEPTION(DispatchError, service().setActive(admin, adminAccount, false));
        QVERIFY_THROWS_EXCEPTION(DispatchError, service().setRole(admin, adminAccount, Role::Dispatcher));
    }

    void othersCannotManageAccounts()
    {
        const Id staff = newStaffMember();
        const qint64 before = auditCount();
        for (const QString& login :
             {QStringLiteral("031601"), QStringLiteral("031701"), QStringLiteral("monitor")}) {
            QVERIFY_THROWS_EXCEPTION(ForbiddenError,
                                     service().create(actorOf(login),
                                                      {staff, QStringLiteral("z"), Role::Administrator},
                                                      QStringLiteral("long-enough")));
            QVERIFY_THROWS_EXCEPTION(
                ForbiddenError, service().setRole(actorOf(login), reader().operatorAccountByLogin(login)->id,
                                                  Role::Administrator));
        }
        QCOMPARE(auditCount(), before);
        QCOMPARE(reader().operatorAccounts().size(), 8u);
        QCOMPARE(reader().operatorAccountByLogin(QStringLiteral("031601"))->role, Role::Dispatcher);
    }

    void changesOwnPassword()
    {
        const Actor dispatcher = actorOf(QStringLiteral("031603"));
        QVERIFY_THROWS_EXCEPTION(
            DispatchError,
            service().changeOwnPassword(dispatcher, QStringLiteral("wrong"), QStringLiteral("new-password")));
        service().changeOwnPassword(dispatcher, QString::fromLatin1(demoPassword),
                                    QStringLiteral("new-password"));
        QCOMPARE(service()
                     .login(QStringLiteral("031603"), QStringLiteral("new-password"), QStringLiteral("ws"))
                     .status,
                 LoginResult::Status::Success);
        QCOMPARE(
            AccountService::passwordProblem(QStringLiteral("admin123"), QStringLiteral("ADMIN123")).isEmpty(),
            false);
    }

    void demoLoginWithoutPasswordOnlyOnDemo()
    {
        const LoginResult result =
            service().loginDemoWithoutPassword(QStringLiteral("031701"), QStringLiteral("ws"));
        QCOMPARE(result.status, LoginResult::Status::Success);
        QVERIFY(audit(1).front().afterJson.contains(QLatin1String("demo_no_password")));

        auto store = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("empty.sqlite")),
                                                storage::SqliteStore::OpenMode::CreateIfMissing);
        AccountService empty({*store, m_demo->taxonomy, m_demo->notifier, [this] { return m_now; }},
                             PasswordHasher(PasswordHasher::minimum()));
        QVERIFY_THROWS_EXCEPTION(
            ForbiddenError, empty.loginDemoWithoutPassword(QStringLiteral("admin"), QStringLiteral("ws")));
    }

    void firstRunCreatesTheAdministratorOnce()
    {
        auto store = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("fresh.sqlite")),
                                                storage::SqliteStore::OpenMode::CreateIfMissing);
        AccountService fresh({*store, m_demo->taxonomy, m_demo->notifier, [this] { return m_now; }},
                             PasswordHasher(PasswordHasher::minimum()));
        const FirstAdministrator admin{QStringLiteral("林晓"), QStringLiteral("031900"),
                                       QStringLiteral("admin")};
        const OperatorAccount account =
            fresh.createFirstAdministrator(QStringLiteral("ws"), admin, QStringLiteral("first-admin-pw"));
        QCOMPARE(account.role, Role::Administrator);
        QCOMPARE(store->read().responder(account.responderId)->badgeNo, QStringLiteral("031900"));
        QCOMPARE(fresh.login(QStringLiteral("admin"), QStringLiteral("first-admin-pw"), QStringLiteral("ws"))
                     .status,
                 LoginResult::Status::Success);
        QVERIFY_THROWS_EXCEPTION(
            ForbiddenError,
            fresh.createFirstAdministrator(QStringLiteral("ws"), admin, QStringLiteral("another-pw")));
        QCOMPARE(store->read().operatorAccounts().size(), 1u);
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "test_account_service.moc"
