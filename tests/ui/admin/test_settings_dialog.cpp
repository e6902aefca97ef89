#include "dispatch/status_thresholds.h"
#include "test_support.h"
#include "ui/admin/settings_dialog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void savesThroughTheAuditedService()
    {
        testing::DemoFixture demo(m_dir.filePath(QStringLiteral("demo.sqlite")));
        ui::ConsoleSession session{*demo.store,           demo.taxonomy,
                                   demo.notifier,         testing::testOperator(),
                                   testing::bundledMap(), QStringLiteral("zh_CN")};
        ui::SettingsDialog dialog(session);
        QCOMPARE(dialog.targets().dispatchSeconds, 60);
        dialog.setDispatchTargetSeconds(90);
        QVERIFY(dialog.save());
        QCOMPARE(dispatch::ResponseTargets::load(demo.store->read()).dispatchSeconds, 90);
        const auto audit = demo.store->read().auditEvents(QStringLiteral("meta"), std::nullopt, 5);
        QVERIFY(std::any_of(audit.begin(), audit.end(), [](const core::AuditEvent& e) {
            return e.action.startsWith(QStringLiteral("settings.")) &&
                   e.actorName == QStringLiteral("测试操作员");
        }));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"
