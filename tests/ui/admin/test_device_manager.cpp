#include "dispatch/device_token.h"
#include "test_support.h"
#include "ui/admin/device_manager_dialog.h"
#include "ui/admin/device_table_model.h"
#include "ui/admin/register_device_dialog.h"
#include "ui/review_grab.h"
#include "ui/when_modal_opens.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace xiuhua;
using namespace xiuhua::core;

using testing::whenModalOpens;

// The field devices screen on a real demo database: registering, binding, renewing a token and
// withdrawing a lost phone each go through DeviceService in one audited transaction; a refusal
// changes nothing; a supervisor may withdraw but not register.
class TestDeviceManager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;

    const storage::StoreReader& reader() { return m_demo->store->read(); }

    std::unique_ptr<ui::ConsoleSession> sessionFor(const QString& login)
    {
        return std::make_unique<ui::ConsoleSession>(ui::ConsoleSession{
            *m_demo->store, m_demo->taxonomy, m_demo->notifier, testing::demoOperator(*m_demo, login),
            testing::bundledMap(), QStringLiteral("zh_CN")});
    }

    QString loginWithRole(Role role)
    {
        for (const OperatorAccount& account : reader().operatorAccounts()) {
            if (account.role == role && account.active)
                return account.login;
        }
        return {};
    }

    // Officers on the street, the ones a phone reports for.
    std::vector<Id> officers()
    {
        std::vector<Id> ids;
        for (const Responder& responder : reader().responders()) {
            if (!isStaff(responder.kind))
                ids.push_back(responder.id);
        }
        return ids;
    }

    int auditCount(const QString& action)
    {
        int count = 0;
        for (const AuditEvent& event : reader().auditEvents(QStringLiteral("device"), std::nullopt, 10000))
            count += event.action == action ? 1 : 0;
        return count;
    }

    QString cell(ui::DeviceManagerDialog& dialog, Id deviceId, int column)
    {
        auto* model = dialog.model();
        return model->data(model->index(model->rowOf(deviceId), column)).toString();
    }

private slots:
    void initTestCase()
    {
        testing::installReviewTranslation(this);
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("devices.sqlite")),
                                                        testing::recentMorning());
        QVERIFY(officers().size() >= 3);
    }

    void administratorRegistersADeviceAndSeesItsTokenOnce()
    {
        auto admin = sessionFor(QStringLiteral("admin"));
        ui::DeviceManagerDialog dialog(*admin);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = dialog.model()->rowCount();
        const Id officer = officers()[0];
        QVERIFY2(dialog.registerDevice(QStringLiteral("pda-0001"), officer), qPrintable(dialog.lastError()));
        const auto stored = reader().deviceByIdentifier(QStringLiteral("pda-0001"));
        QVERIFY(stored);
        QCOMPARE(stored->responderId, officer);
        QVERIFY(stored->isActive());
        // The clear token is shown once and only its hash is stored.
        QVERIFY(dialog.lastToken().size() >= dispatch::DeviceToken::minLength);
        QVERIFY(dispatch::DeviceToken::matches(stored->tokenHash, dialog.lastToken()));
        QVERIFY(stored->tokenHash != dialog.lastToken());
        QCOMPARE(auditCount(QStringLiteral("device.register")), 1);
        // The new row came in by itself (no reset) and is the selected one.
        QCOMPARE(dialog.model()->rowCount(), before + 1);
        QCOMPARE(dialog.selectedDevice()->id, stored->id);
        QCOMPARE(cell(dialog, stored->id, ui::DeviceTableModel::OfficerColumn),
                 reader().responder(officer)->name);
        QCOMPARE(cell(dialog, stored->id, ui::DeviceTableModel::StateColumn),
                 ui::DeviceTableModel::tr("In use"));
        testing::grabForReview(dialog, "devices.png");
    }

    void refusesASecondDeviceWithTheSameIdAndChangesNothing()
    {
        auto admin = sessionFor(QStringLiteral("admin"));
        ui::DeviceManagerDialog dialog(*admin);
        const auto devices = reader().devices().size();
        const auto original = reader().deviceByIdentifier(QStringLiteral("pda-0001"));
        QVERIFY(original);
        QVERIFY(!dialog.registerDevice(QStringLiteral("pda-0001"), officers()[1]));
        QVERIFY2(dialog.lastError().contains(QStringLiteral("pda-0001")), qPrintable(dialog.lastError()));
        QCOMPARE(reader().devices().size(), devices);
        QCOMPARE(reader().deviceByIdentifier(QStringLiteral("pda-0001"))->responderId, original->responderId);
        QCOMPARE(reader().deviceByIdentifier(QStringLiteral("pda-0001"))->tokenHash, original->tokenHash);
        // Not an identifier an app can send: refused by the form before the service is asked.
        ui::RegisterDeviceDialog form(reader());
        form.setIdentifier(QStringLiteral("two words"));
        QVERIFY(form.selectResponder(officers()[1]));
        QVERIFY(!form.problem().isEmpty());
        form.setIdentifier(QStringLiteral("pda-0002"));
        QVERIFY2(form.problem().isEmpty(), qPrintable(form.problem()));
    }

    void bindingAndRenewingUpdateTheRowInPlace()
    {
        auto admin = sessionFor(QStringLiteral("admin"));
        ui::DeviceManagerDialog dialog(*admin);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Device device = *reader().deviceByIdentifier(QStringLiteral("pda-0001"));
        dialog.selectDevice(device.id);
        QSignalSpy resets(dialog.model(), &QAbstractItemModel::modelReset);
        const Id other = officers()[2];
        QVERIFY2(dialog.bind(device.id, other), qPrintable(dialog.lastError()));
        QCOMPARE(reader().device(device.id)->responderId, other);
        QCOMPARE(cell(dialog, device.id, ui::DeviceTableModel::OfficerColumn),
                 reader().responder(other)->name);
        QCOMPARE(dialog.selectedDevice()->id, device.id);
        QCOMPARE(auditCount(QStringLiteral("device.bind")), 1);

        const QString oldHash = reader().device(device.id)->tokenHash;
        QVERIFY2(dialog.renewToken(device.id), qPrintable(dialog.lastError()));
        const QString newHash = reader().device(device.id)->tokenHash;
        QVERIFY(newHash != oldHash);
        QVERIFY(dispatch::DeviceToken::matches(newHash, dialog.lastToken()));
        QCOMPARE(auditCount(QStringLiteral("device.renew_token")), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(dialog.selectedDevice()->id, device.id);
    }

    void supervisorWithdrawsALostPhoneButCannotRegister()
    {
        const QString login = loginWithRole(Role::Supervisor);
        QVERIFY(!login.isEmpty());
        auto supervisor = sessionFor(login);
        ui::DeviceManagerDialog dialog(*supervisor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Device device = *reader().deviceByIdentifier(QStringLiteral("pda-0001"));
        dialog.selectDevice(device.id);
        auto* registerButton = dialog.findChild<QPushButton*>(QStringLiteral("registerDeviceButton"));
        auto* withdrawButton = dialog.findChild<QPushButton*>(QStringLiteral("withdrawDeviceButton"));
        QVERIFY(!registerButton->isVisible());
        QVERIFY(withdrawButton->isVisible() && withdrawButton->isEnabled());
        dialog.hide(); // no message box for the refusal below
        QVERIFY(!dialog.registerDevice(QStringLiteral("pda-0009"), officers()[0]));
        QVERIFY(!reader().deviceByIdentifier(QStringLiteral("pda-0009")));

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        whenModalOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        withdrawButton->click();
        const auto withdrawn = reader().device(device.id);
        QVERIFY(!withdrawn->isActive());
        QCOMPARE(auditCount(QStringLiteral("device.withdraw")), 1);
        QVERIFY(cell(dialog, device.id, ui::DeviceTableModel::StateColumn)
                    .startsWith(ui::DeviceTableModel::tr("Withdrawn %1").arg(QString())));
        QVERIFY(!withdrawButton->isEnabled()); // nothing more to do with a withdrawn device
    }

    void dispatcherMayNotWithdraw()
    {
        auto admin = sessionFor(QStringLiteral("admin"));
        ui::DeviceManagerDialog adminDialog(*admin);
        QVERIFY(adminDialog.registerDevice(QStringLiteral("pda-0003"), officers()[1]));
        const Id id = reader().deviceByIdentifier(QStringLiteral("pda-0003"))->id;

        auto dispatcher = sessionFor(loginWithRole(Role::Dispatcher));
        ui::DeviceManagerDialog dialog(*dispatcher);
        QVERIFY(!dialog.withdraw(id));
        QVERIFY(!dialog.lastError().isEmpty());
        QVERIFY(reader().device(id)->isActive());
    }

    void registersThroughTheFormAsAnAdministratorWould()
    {
        auto admin = sessionFor(QStringLiteral("admin"));
        ui::DeviceManagerDialog dialog(*admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Id officer = officers()[1];
        const QString typedToken = QStringLiteral("station-issued-token-0004");
        bool tokenShown = false;
        whenModalOpens<ui::RegisterDeviceDialog>([&](ui::RegisterDeviceDialog* form) {
            form->setIdentifier(QStringLiteral("pda-0004"));
            form->selectResponder(officer);
            form->setToken(typedToken);
            whenModalOpens<QMessageBox>([&](QMessageBox* box) {
                tokenShown = box->informativeText().contains(typedToken);
                testing::grabForReview(*box, "device_token.png", QSize(480, 200));
                box->button(QMessageBox::Close)->click();
            });
            form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        dialog.findChild<QPushButton*>(QStringLiteral("registerDeviceButton"))->click();
        QTRY_VERIFY(tokenShown);
        const auto stored = reader().deviceByIdentifier(QStringLiteral("pda-0004"));
        QVERIFY(stored);
        QCOMPARE(stored->responderId, officer);
        QVERIFY(dispatch::DeviceToken::matches(stored->tokenHash, typedToken));
    }

    void auditChainStillVerifies() { QVERIFY(m_demo->store->verifyAuditChain().ok); }
};

QTEST_MAIN(TestDeviceManager)
#include "test_device_manager.moc"
