#include "storage/database_backup.h"
#include "test_support.h"
#include "ui/admin/backup_list_model.h"
#include "ui/admin/backups_dialog.h"
#include "ui/review_grab.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

// The administrator's backups: this database's copies, newest first with their newest record,
// and Restore… handing the chosen file to the app; other roles see no Restore.
class TestBackupsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::DemoFixture> m_demo;
    QString m_folder;
    QStringList m_backups; // oldest first

    std::unique_ptr<ui::ConsoleSession> sessionFor(const QString& login)
    {
        auto session = std::make_unique<ui::ConsoleSession>(ui::ConsoleSession{
            *m_demo->store, m_demo->taxonomy, m_demo->notifier, testing::demoOperator(*m_demo, login),
            testing::bundledMap(), QStringLiteral("zh_CN")});
        session->backupFolder = m_folder;
        return session;
    }

private slots:
    void initTestCase()
    {
        testing::installReviewTranslation(this);
        m_demo = std::make_unique<testing::DemoFixture>(m_dir.filePath(QStringLiteral("station.sqlite")),
                                                        testing::recentMorning());
        m_folder = m_dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(m_folder));
        for (const char* stamp : {"20261125-090000", "20261125-100000"}) {
            const QString path = m_folder + QStringLiteral("/station-%1.sqlite").arg(QLatin1String(stamp));
            QVERIFY(storage::backupDatabase(m_demo->store->database(), path).chain.ok);
            m_backups << path;
            m_demo->store->transact(testing::testOperator(), [](storage::StoreWriter& writer) {
                writer.audit({QStringLiteral("settings.test"), QStringLiteral("meta"), std::nullopt, {}, {}});
            });
        }
        // Not a backup of this database: not listed.
        QFile other(m_folder + QStringLiteral("/elsewhere-20261125-100000.sqlite"));
        QVERIFY(other.open(QIODevice::WriteOnly));
    }

    void listsThisDatabasesBackupsNewestFirst()
    {
        auto admin = sessionFor(QStringLiteral("admin"));
        ui::BackupsDialog dialog(*admin);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ui::BackupListModel& model = *dialog.model();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entryAt(0)->path, m_backups.last());
        QVERIFY(model.entryAt(0)->readable);
        QCOMPARE(model.entryAt(0)->newest.lastSeq, model.entryAt(1)->newest.lastSeq + 1);
        testing::grabForReview(dialog, "backups.png", QSize(860, 360));
        // Listed again (one, then none) under the model tester.
        dialog.model()->setBackups({m_backups.first()});
        QCOMPARE(model.rowCount(), 1);
        dialog.model()->setBackups({});
        QCOMPARE(model.rowCount(), 0);
    }

    void administratorRestoreHandsTheFileToTheApp()
    {
        auto admin = sessionFor(QStringLiteral("admin"));
        ui::BackupsDialog dialog(*admin);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("restoreButton"))->isHidden());
        QSignalSpy requested(&dialog, &ui::BackupsDialog::restoreRequested);
        dialog.selectRow(1);
        QVERIFY(dialog.requestRestoreOfSelected());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.front().front().toString(), m_backups.first());
    }

    void supervisorCannotRestore()
    {
        auto supervisor = sessionFor(QStringLiteral("031701"));
        ui::BackupsDialog dialog(*supervisor);
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("restoreButton"))->isHidden());
        QSignalSpy requested(&dialog, &ui::BackupsDialog::restoreRequested);
        QVERIFY(!dialog.requestRestoreOfSelected());
        QCOMPARE(requested.size(), 0);
    }
};

QTEST_MAIN(TestBackupsDialog)
#include "test_backups_dialog.moc"
