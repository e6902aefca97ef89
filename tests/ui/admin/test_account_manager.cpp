#include "dispatch/account_service.h"
#include "test_support.h"
#include "ui/admin/account_manager_dialog.h"
#include "ui/admin/account_table_model.h"
#include "ui/admin/change_password_dialog.h"
#include "ui/admin/new_account_dialog.h"
#include "ui/admin/password_pair_dialog.h"
#include "ui/review_grab.h"
#include "ui/when_modal_opens.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace xiuhua;
using namespace xiuhua::core;

namespace {

using testing::whenModalOpens;

void clickOk(QDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

QString problemShown(QDialog* dialog)
{
    return dialog->findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
}

} // namespace

// The administrator's account screen and an operator's own password change, on a real demo
// database: every change goes through AccountService, a refusal changes nothing.
class TestAccountManager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;

    const storage::StoreReader& reader() { return m_demo->store->read(); }

    dispatch::AccountService service()
    {
        return dispatch::AccountService({*m_demo->store, m_demo->taxonomy, m_demo->notifier});
    }

    std::unique_ptr<ui::ConsoleSession> sessionFor(const QString& login)
    {
        return std::make_unique<ui::ConsoleSession>(ui::ConsoleSession{
            *m_demo->store, m_demo->taxonomy, m_demo->notifier, testing::demoOperator(*m_demo, login),
            testing::bundledMap(), QStringLiteral("zh_CN")});
    }

    bool canLogIn(const QString& login, const QString& password)
    {
        return service().login(login, password, QStringLiteral("test-ws")).status ==
               dispatch::LoginResult::Status::Success;
    }

    Id accountId(const QString& login) { return reader().operatorAccountByLogin(login)->id; }

    // A member of staff without an account, as the new-account dialog offers them.
    Id staffWithoutAccount()
    {
        for (const Responder& responder : reader().responders()) {
            if (isStaff(responder.kind) && !reader().operatorAccountOfResponder(responder.id))
                return responder.id;
        }
        return 0;
    }

    Id addStaff(const QString& badge = QStringLiteral("031999"), const QString& name = QStringLiteral("周新"))
    {
        Id id = 0;
        m_demo->store->transact(testing::testOperator(), [&](storage::StoreWriter& writer) {
            Responder clerk;
            clerk.kind = ResponderKind::Dispatcher;
            clerk.badgeNo = badge;
            clerk.name = name;
            clerk.statusSince = QDateTime::currentDateTimeUtc();
            id = writer.insertResponder(clerk);
            writer.audit({QStringLiteral("responder.create"), QStringLiteral("responder"), id, {}, {}});
        });
        return id;
    }

private slots:
    void initTestCase()
    {
        testing::installReviewTranslation(this);
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("accounts.sqlite")),
                                                        testing::recentMorning());
    }

    void listsEveryAccount()
    {
        auto admin = sessionFor(QStringLiteral("admin"));
        ui::AccountManagerDialog dialog(*admin);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.model()->reload();
        QCOMPARE(dialog.model()->rowCount(), static_cast<int>(reader().operatorAccounts().size()));
        const int row = dialog.model()->rowOf(accountId(QStringLiteral("monitor")));
        QCOMPARE(
            dialog.model()->data(dialog.model()->index(row, ui::AccountTableModel::RoleColumn)).toString(),
            displayName(Role::Monitor));
        dialog.selectAccount(accountId(QStringLiteral("031601")));
        testing::grabForReview(dialog, "accounts.png");
        ui::NewAccountDialog newAccount(reader());
        testing::grabForReview(newAccount, "new_account.png", QSize(520, 240));
    }

    void newAccountDialogChecksBeforeAnythingIsCreated()
    {
        const Id staff = staffWithoutAccount() ? staffWithoutAccount() : addStaff();
        ui::NewAccountDialog dialog(reader());
        QVERIFY(dialog.selectStaff(staff));
        QCOMPARE(dialog.request().login, reader().responder(staff)->badgeNo); // suggested
        dialog.setPasswords(QStringLiteral("long-enough-1"), QStringLiteral("long-enough-2"));
        QVERIFY(!dialog.problem().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        dialog.setPasswords(QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(!dialog.problem().isEmpty());
        dialog.setPasswords(QStringLiteral("long-enough-1"), QStringLiteral("long-enough-1"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        // Staff who have an account are not offered.
        QVERIFY(!dialog.selectStaff(reader().operatorAccountByLogin(QStringLiteral("031601"))->responderId));
    }

    void administratorCreatesResetsChangesAndDeactivates()
    {
        auto admin = sessionFor(QStringLiteral("admin"));
        ui::AccountManagerDialog dialog(*admin);
        const int before = dialog.model()->rowCount();
        const Id staff = staffWithoutAccount() ? staffWithoutAccount() : addStaff();

        QVERIFY2(dialog.createAccount({staff, QStringLiteral("zhouxin"), Role::Dispatcher},
                                      QStringLiteral("first-pass-1")),
                 qPrintable(dialog.lastError()));
        QCOMPARE(dialog.model()->rowCount(), before + 1);
        QCOMPARE(dialog.selectedAccount()->login, QStringLiteral("zhouxin"));
        QVERIFY(canLogIn(QStringLiteral("zhouxin"), QStringLiteral("first-pass-1")));
        const Id id = accountId(QStringLiteral("zhouxin"));

        QVERIFY(dialog.resetPassword(id, QStringLiteral("second-pass-2")));
        QVERIFY(!canLogIn(QStringLiteral("zhouxin"), QStringLiteral("first-pass-1")));
        QVERIFY(canLogIn(QStringLiteral("zhouxin"), QStringLiteral("second-pass-2")));

        QVERIFY(dialog.changeRole(id, Role::Supervisor));
        QCOMPARE(reader().operatorAccount(id)->role, Role::Supervisor);

        dialog.selectAccount(id);
        auto* toggle = dialog.findChild<QPushButton*>(QStringLiteral("toggleActiveButton"));
        QVERIFY(dialog.setActive(id, false));
        QVERIFY(!canLogIn(QStringLiteral("zhouxin"), QStringLiteral("second-pass-2")));
        QVERIFY(toggle->text().contains(QLatin1Char('&'))); // follows the selection
        QVERIFY(dialog.setActive(id, true));
        QVERIFY(canLogIn(QStringLiteral("zhouxin"), QStringLiteral("second-pass-2")));

        // The same login twice, and the last administrator: refused, nothing changed.
        const std::size_t accounts = reader().operatorAccounts().size();
        QVERIFY(!dialog.createAccount({staff, QStringLiteral("zhouxin"), Role::Dispatcher},
                                      QStringLiteral("third-pass-3")));
        QVERIFY(!dialog.lastError().isEmpty());
        QVERIFY(!dialog.changeRole(accountId(QStringLiteral("admin")), Role::Dispatcher));
        QCOMPARE(reader().operatorAccountByLogin(QStringLiteral("admin"))->role, Role::Administrator);
        QCOMPARE(reader().operatorAccounts().size(), accounts);
    }

    void supervisorIsRefusedAndNothingChanges()
    {
        auto supervisor = sessionFor(QStringLiteral("031701"));
        ui::AccountManagerDialog dialog(*supervisor);
        const Id dispatcher = accountId(QStringLiteral("031602"));
        const OperatorAccount before = *reader().operatorAccount(dispatcher);
        QVERIFY(!dialog.changeRole(dispatcher, Role::Administrator));
        QVERIFY(!dialog.setActive(dispatcher, false));
        QVERIFY(!dialog.resetPassword(dispatcher, QStringLiteral("taken-over-1")));
        const OperatorAccount after = *reader().operatorAccount(dispatcher);
        QCOMPARE(after.role, before.role);
        QCOMPARE(after.active, before.active);
        QCOMPARE(after.passwordHash, before.passwordHash);
        QVERIFY(!dialog.lastError().isEmpty());
    }

    // The same as above through the buttons and their modal dialogs, as the administrator works.
    void administratorWorksThroughTheButtons()
    {
        auto admin = sessionFor(QStringLiteral("admin"));
        const Id staff = addStaff(QStringLiteral("031998"), QStringLiteral("钱明"));
        ui::AccountManagerDialog dialog(*admin);
        QStringList messages;
        connect(&dialog, &ui::AccountManagerDialog::message, this,
                [&messages](const QString& text) { messages << text; });
        dialog.show();
        const int before = dialog.model()->rowCount();

        // New account: the passwords differ, then too short (the dialog stays open, nothing is
        // created), then right.
        QStringList problems;
        whenModalOpens<ui::NewAccountDialog>([&](ui::NewAccountDialog* form) {
            QVERIFY(form->selectStaff(staff));
            form->setRole(Role::Dispatcher);
            form->setPasswords(QStringLiteral("long-enough-1"), QStringLiteral("long-enough-2"));
            clickOk(form);
            problems << problemShown(form);
            form->setPasswords(QStringLiteral("short"), QStringLiteral("short"));
            clickOk(form);
            problems << problemShown(form);
            if (form->isVisible())
                QCOMPARE(reader().operatorAccounts().size(), static_cast<std::size_t>(before));
            form->setPasswords(QStringLiteral("button-pass-1"), QStringLiteral("button-pass-1"));
            clickOk(form);
        });
        dialog.findChild<QPushButton*>(QStringLiteral("newAccountButton"))->click();
        QCOMPARE(problems.size(), 2);
        QVERIFY(!problems[0].isEmpty());
        QVERIFY(!problems[1].isEmpty());
        QCOMPARE(dialog.model()->rowCount(), before + 1);
        QCOMPARE(dialog.selectedAccount()->login, QStringLiteral("031998")); // the badge, suggested
        QVERIFY(canLogIn(QStringLiteral("031998"), QStringLiteral("button-pass-1")));
        QVERIFY(!messages.isEmpty());

        // Reset password.
        whenModalOpens<ui::PasswordPairDialog>([](ui::PasswordPairDialog* form) {
            form->setPasswords(QStringLiteral("button-pass-2"), QStringLiteral("button-pass-2"));
            clickOk(form);
        });
        dialog.findChild<QPushButton*>(QStringLiteral("resetPasswordButton"))->click();
        QVERIFY(canLogIn(QStringLiteral("031998"), QStringLiteral("button-pass-2")));

        // Change role through the list of roles.
        whenModalOpens<QInputDialog>([](QInputDialog* input) {
            input->setTextValue(displayName(Role::Supervisor));
            input->accept();
        });
        dialog.findChild<QPushButton*>(QStringLiteral("changeRoleButton"))->click();
        QCOMPARE(reader().operatorAccountByLogin(QStringLiteral("031998"))->role, Role::Supervisor);

        // Deactivate asks first: No changes nothing, Yes deactivates; the button then reactivates.
        auto* toggle = dialog.findChild<QPushButton*>(QStringLiteral("toggleActiveButton"));
        const QString deactivateText = toggle->text();
        whenModalOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::No)->click(); });
        toggle->click();
        QVERIFY(reader().operatorAccountByLogin(QStringLiteral("031998"))->active);
        whenModalOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        toggle->click();
        QVERIFY(!reader().operatorAccountByLogin(QStringLiteral("031998"))->active);
        QVERIFY(!canLogIn(QStringLiteral("031998"), QStringLiteral("button-pass-2")));
        QVERIFY(toggle->text() != deactivateText);
        toggle->click(); // reactivating asks nothing
        QVERIFY(reader().operatorAccountByLogin(QStringLiteral("031998"))->active);
        QCOMPARE(toggle->text(), deactivateText);
    }

    // A supervisor who opens the screen anyway: every button ends in a warning, nothing changes.
    void supervisorClicksAndIsWarned()
    {
        auto supervisor = sessionFor(QStringLiteral("031701"));
        const Id staff = addStaff(QStringLiteral("031997"), QStringLiteral("孙立"));
        ui::AccountManagerDialog dialog(*supervisor);
        dialog.show();
        const int before = dialog.model()->rowCount();
        QStringList warnings;
        auto expectWarning = [&warnings] {
            whenModalOpens<QMessageBox>([&warnings](QMessageBox* box) {
                warnings << box->text();
                box->accept();
            });
        };

        whenModalOpens<ui::NewAccountDialog>([&](ui::NewAccountDialog* form) {
            QVERIFY(form->selectStaff(staff));
            form->setRole(Role::Administrator);
            form->setPasswords(QStringLiteral("sneaky-pass-1"), QStringLiteral("sneaky-pass-1"));
            expectWarning();
            clickOk(form);
        });
        dialog.findChild<QPushButton*>(QStringLiteral("newAccountButton"))->click();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(dialog.model()->rowCount(), before);
        QCOMPARE(reader().operatorAccounts().size(), static_cast<std::size_t>(before));

        const Id dispatcher = accountId(QStringLiteral("031604"));
        const OperatorAccount was = *reader().operatorAccount(dispatcher);
        dialog.selectAccount(dispatcher);
        whenModalOpens<QInputDialog>([&](QInputDialog* input) {
            input->setTextValue(displayName(Role::Administrator));
            expectWarning();
            input->accept();
        });
        dialog.findChild<QPushButton*>(QStringLiteral("changeRoleButton"))->click();
        whenModalOpens<QMessageBox>([&](QMessageBox* box) {
            expectWarning();
            box->button(QMessageBox::Yes)->click();
        });
        dialog.findChild<QPushButton*>(QStringLiteral("toggleActiveButton"))->click();
        QCOMPARE(warnings.size(), 3);
        const OperatorAccount now = *reader().operatorAccount(dispatcher);
        QCOMPARE(now.role, was.role);
        QVERIFY(now.active);
        QCOMPARE(dialog.model()->rowCount(), before);
    }

    void operatorChangesOwnPassword()
    {
        auto dispatcher = sessionFor(QStringLiteral("031603"));
        ui::ChangePasswordDialog dialog(*dispatcher);
        dialog.setPasswords(QStringLiteral("wrong-current"), QStringLiteral("my-new-pass-1"),
                            QStringLiteral("my-new-pass-1"));
        QVERIFY(!dialog.change());
        QVERIFY(!dialog.problem().isEmpty());
        dialog.setPasswords(QStringLiteral("demo1234"), QStringLiteral("my-new-pass-1"),
                            QStringLiteral("my-new-pass-2"));
        QVERIFY(!dialog.change());
        QVERIFY(canLogIn(QStringLiteral("031603"), QStringLiteral("demo1234"))); // unchanged so far
        dialog.setPasswords(QStringLiteral("demo1234"), QStringLiteral("my-new-pass-1"),
                            QStringLiteral("my-new-pass-1"));
        QVERIFY2(dialog.change(), qPrintable(dialog.problem()));
        QVERIFY(!canLogIn(QStringLiteral("031603"), QStringLiteral("demo1234")));
        QVERIFY(canLogIn(QStringLiteral("031603"), QStringLiteral("my-new-pass-1")));
    }
};

QTEST_MAIN(TestAccountManager)
#include "test_account_manager.moc"
