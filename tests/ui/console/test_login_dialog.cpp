#include "core/personal_data.h"
#include "dispatch/account_service.h"
#include "test_support.h"
#include "ui/console/first_run_dialog.h"
#include "ui/console/lock_screen.h"
#include "ui/console/login_dialog.h"
#include "ui/incidents/details_panel.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

// Login, lock screen, first-run wizard and masked caller details, on a demo database.
class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;

    DispatchContext context() { return {*m_demo->store, m_demo->taxonomy, m_demo->notifier}; }
    const storage::StoreReader& reader() const { return m_demo->store->read(); }
    QString lastAction() const { return reader().auditEvents(QString(), std::nullopt, 1).front().action; }
    void grabForReview(QWidget& widget, const char* name)
    {
        const QByteArray folder = qgetenv("XIUHUA_REVIEW_DIR");
        if (folder.isEmpty())
            return;
        widget.show();
        QApplication::setActiveWindow(&widget);
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.grab().save(QDir(QString::fromLocal8Bit(folder)).filePath(QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("demo.sqlite")));
    }

    void logsInAndRefuses()
    {
        ui::LoginDialog dialog(context(), QStringLiteral("ws"), QStringLiteral("031601"));
        grabForReview(dialog, "login_dialog.png");
        QVERIFY(!dialog.tryLogin(QStringLiteral("031601"), QStringLiteral("wrong-password")));
        QVERIFY(!dialog.message().isEmpty());
        QCOMPARE(lastAction(), QStringLiteral("operator.login_failed"));
        QVERIFY(dialog.tryLogin(QStringLiteral("031601"), QString::fromLatin1(demoPassword)));
        QCOMPARE(dialog.result().actor.responderId,
                 std::optional<Id>(reader().operatorAccountByLogin(QStringLiteral("031601"))->responderId));
        QCOMPARE(lastAction(), QStringLiteral("operator.login"));
    }

    void lockScreenAsksTheOperatorsPassword()
    {
        const auto account = *reader().operatorAccountByLogin(QStringLiteral("031702"));
        const Actor actor{account.responderId, reader().responder(account.responderId)->name,
                          QStringLiteral("ws")};
        ui::LockScreen screen(context(), actor);
        grabForReview(screen, "lock_screen.png");
        QVERIFY(!screen.tryUnlock(QStringLiteral("not-it")));
        QCOMPARE(lastAction(), QStringLiteral("operator.unlock_failed"));
        QVERIFY(!screen.message().isEmpty());
        QVERIFY(screen.tryUnlock(QString::fromLatin1(demoPassword)));
        QCOMPARE(lastAction(), QStringLiteral("operator.unlock"));
    }

    void firstRunWizard()
    {
        auto store = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("fresh.sqlite")),
                                                storage::SqliteStore::OpenMode::CreateIfMissing);
        ui::FirstRunDialog wizard({*store, m_demo->taxonomy, m_demo->notifier}, QStringLiteral("ws"));
        grabForReview(wizard, "first_run.png");
        const FirstAdministrator admin{QStringLiteral("林晓"), QStringLiteral("031900"),
                                       QStringLiteral("admin")};
        QVERIFY(!wizard.create(admin, QStringLiteral("first-admin-pw"), QStringLiteral("other-pw")));
        QVERIFY(!wizard.message().isEmpty());
        QVERIFY(wizard.create(admin, QStringLiteral("first-admin-pw"), QStringLiteral("first-admin-pw")));
        QCOMPARE(store->read().operatorAccounts().front().role, Role::Administrator);
    }

    void callerDetailsMaskedUntilRevealed()
    {
        storage::IncidentQuery query;
        query.openOnly = true;
        Incident incident;
        for (const Incident& candidate : reader().incidents(query)) {
            if (!candidate.callerPhone.isEmpty())
                incident = candidate;
        }
        QVERIFY(incident.id > 0);
        ui::DetailsPanel panel(reader(), m_demo->taxonomy, QStringLiteral("zh_CN"));
        panel.showIncident(incident.id);
        QVERIFY(!panel.plainText().contains(incident.callerPhone));
        QVERIFY(panel.plainText().contains(maskPhone(incident.callerPhone)));
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("showCallerButton"));
        QVERIFY(button && button->isHidden()); // no revealer: nothing to ask

        int asked = 0;
        panel.setCallerRevealer([&](Id id) -> std::optional<CallerDetails> {
            ++asked;
            const auto stored = reader().incident(id);
            return CallerDetails{stored->callerName, stored->callerPhone};
        });
        panel.showIncident(incident.id);
        QVERIFY(!button->isHidden());
        panel.revealCaller();
        QCOMPARE(asked, 1);
        QVERIFY(panel.plainText().contains(incident.callerPhone));
        panel.clear();
        panel.showIncident(incident.id);
        QVERIFY(!panel.plainText().contains(incident.callerPhone)); // masked again after leaving it
    }
};

QTEST_MAIN(TestLoginDialog)
#include "test_login_dialog.moc"
