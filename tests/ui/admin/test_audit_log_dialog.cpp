#include "test_support.h"
#include "ui/admin/audit_log_dialog.h"
#include "ui/admin/audit_log_model.h"
#include "ui/review_grab.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

// The audit log viewer on a real demo database: who did what and when, callers masked, the whole
// chain verified, the export recorded, and only for roles that may read the log.
class TestAuditLogDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;

    std::unique_ptr<ui::ConsoleSession> sessionFor(const QString& login)
    {
        return std::make_unique<ui::ConsoleSession>(ui::ConsoleSession{
            *m_demo->store, m_demo->taxonomy, m_demo->notifier, testing::demoOperator(*m_demo, login),
            testing::bundledMap(), QStringLiteral("zh_CN")});
    }

    std::vector<QString> callerPhones()
    {
        std::vector<QString> phones;
        for (const Incident& incident : m_demo->store->read().incidents({})) {
            if (!incident.callerPhone.isEmpty())
                phones.push_back(incident.callerPhone);
        }
        return phones;
    }

    static QString allText(const ui::AuditLogModel& model)
    {
        QString text;
        for (int row = 0; row < model.rowCount(); ++row) {
            const AuditEvent* event = model.eventAt(row);
            text += event->beforeJson + event->afterJson + QLatin1Char('\n');
        }
        return text;
    }

private slots:
    void initTestCase()
    {
        // For looking at the dialog: XIUHUA_GRAB_DIR=/tmp/grabs
        // XIUHUA_GRAB_QM=build/dev/src/app/xiuhua_zh_CN.qm
        if (const QString qm = qEnvironmentVariable("XIUHUA_GRAB_QM"); !qm.isEmpty()) {
            auto* translator = new QTranslator(this);
            if (translator->load(qm))
                QCoreApplication::installTranslator(translator);
        }
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("audit.sqlite")),
                                                        testing::recentMorning());
    }

    void supervisorReadsTheLogWithCallersMasked()
    {
        auto session = sessionFor(QStringLiteral("031701"));
        ui::AuditLogDialog dialog(*session);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setPeriod(QDateTime::currentDateTimeUtc().addDays(-60),
                         QDateTime::currentDateTimeUtc().addDays(1));
        dialog.setText(QStringLiteral("incident.create"));
        QVERIFY(dialog.refresh());
        const ui::AuditLogModel& model = *dialog.model();
        QVERIFY(model.rowCount() > 10);
        const QString text = allText(model);
        QVERIFY(text.contains(QStringLiteral("caller_phone")));
        const auto phones = callerPhones();
        QVERIFY(!phones.empty());
        for (const QString& phone : phones)
            QVERIFY2(!text.contains(phone), qPrintable(phone));
        QCOMPARE(model.data(model.index(0, ui::AuditLogModel::ActionColumn)).toString(),
                 ui::AuditLogModel::actionName(QStringLiteral("incident.create")));

        // The detail pane too.
        auto* view = dialog.findChild<QTableView*>(QStringLiteral("auditTable"));
        view->setCurrentIndex(model.index(0, 0));
        const QString detail =
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("auditDetail"))->toPlainText();
        QVERIFY(detail.contains(model.eventAt(0)->hash));
        for (const QString& phone : phones)
            QVERIFY(!detail.contains(phone));

        if (!qEnvironmentVariableIsEmpty("XIUHUA_GRAB_DIR")) {
            dialog.verifyChain();
            testing::grabForReview(dialog, "audit_log.png", QSize(1200, 720));
        }
    }

    void filtersByOperator()
    {
        auto session = sessionFor(QStringLiteral("031701"));
        ui::AuditLogDialog dialog(*session);
        dialog.setPeriod(QDateTime::currentDateTimeUtc().addDays(-60),
                         QDateTime::currentDateTimeUtc().addDays(1));
        auto* operators = dialog.findChild<QComboBox*>(QStringLiteral("operatorFilter"));
        const int row = operators->findData(*session->operatorActor.responderId);
        QVERIFY(row > 0);
        operators->setCurrentIndex(row);
        QVERIFY(dialog.refresh());
        QVERIFY(dialog.model()->rowCount() >= 1); // at least this login
        for (int i = 0; i < dialog.model()->rowCount(); ++i)
            QCOMPARE(dialog.model()->eventAt(i)->actorId, session->operatorActor.responderId);
    }

    void verifiesTheChainAndRecordsTheExport()
    {
        auto session = sessionFor(QStringLiteral("admin"));
        ui::AuditLogDialog dialog(*session);
        QVERIFY(dialog.verifyChain());
        const auto newest = m_demo->store->read().auditEvents({}, std::nullopt, 1).front();
        QVERIFY2(dialog.chainText().contains(newest.hash), qPrintable(dialog.chainText()));

        dialog.setPeriod(QDateTime::currentDateTimeUtc().addDays(-60),
                         QDateTime::currentDateTimeUtc().addDays(1));
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY(dialog.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBFseq,at_utc,actor_id,actor"));
        QVERIFY(csv.count('\n') > 100);
        for (const QString& phone : callerPhones())
            QVERIFY(!csv.contains(phone.toUtf8()));
        const auto exportRecord = m_demo->store->read().auditEvents({}, std::nullopt, 1).front();
        QCOMPARE(exportRecord.action, QStringLiteral("audit.export"));
        QCOMPARE(exportRecord.actorId, session->operatorActor.responderId);
        QVERIFY(exportRecord.afterJson.contains(QStringLiteral("audit.csv")));
    }

    void dispatcherMayNotReadTheLog()
    {
        auto session = sessionFor(QStringLiteral("031601"));
        ui::AuditLogDialog dialog(*session);
        QVERIFY(!dialog.refresh());
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.verifyChain());
        const auto before = m_demo->store->read().rowCounts();
        QVERIFY(!dialog.exportCsv(m_dir.filePath(QStringLiteral("refused.csv"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.csv"))));
        QCOMPARE(m_demo->store->read().rowCounts(), before);
    }
};

QTEST_MAIN(TestAuditLogDialog)
#include "test_audit_log_dialog.moc"
