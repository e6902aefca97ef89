#pragma once

#include "core/taxonomy.h"
#include "dispatch/account_service.h"
#include "dispatch/change_notifier.h"
#include "dispatch/demo_data.h"
#include "storage/sqlite_store.h"

#include <QDir>
#include <QTimeZone>

#include <memory>

// Shared fixtures for tests: a real SQLite file in a temp folder, the bundled taxonomy and map.
namespace xiuhua::testing {

inline QString bundledMap()
{
    return QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");
}

inline core::Taxonomy bundledTaxonomy()
{
    return core::Taxonomy::fromFile(
        QStringLiteral(XIUHUA_RESOURCES_DIR "/taxonomy/incident_categories.json"));
}

// A fixed "now" so demo data and timers are reproducible: 2026-11-26 10:00 Shanghai (day shift).
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone("Asia/Shanghai")).toUTC();
}

// The latest 10:00 Shanghai time that has passed: recent enough for "last 24 hours" views, and far
// from midnight, so the demo's live incidents never straddle two days' incident numbers.
inline QDateTime recentMorning()
{
    const QTimeZone shanghai("Asia/Shanghai");
    const QDateTime local = QDateTime::currentDateTimeUtc().toTimeZone(shanghai);
    QDateTime morning(local.date(), QTime(10, 0), shanghai);
    if (morning > local)
        morning = morning.addDays(-1);
    return morning.toUTC();
}

struct DemoFixture
{
    std::unique_ptr<storage::SqliteStore> store;
    core::Taxonomy taxonomy = bundledTaxonomy();
    dispatch::ChangeNotifier notifier;

    explicit DemoFixture(const QString& path, QDateTime now = fixedNow(), std::uint64_t seed = 20261126)
    {
        store = storage::SqliteStore::open(path, storage::SqliteStore::OpenMode::CreateIfMissing);
        dispatch::DemoOptions options;
        options.jurisdictionPath = bundledMap();
        options.now = now;
        options.seed = seed;
        options.passwordLimits = dispatch::PasswordHasher::minimum(); // hashing at full strength is slow
        dispatch::seedDemoData({*store, taxonomy, notifier}, options);
    }
};

inline core::Actor testOperator()
{
    return {std::nullopt, QStringLiteral("测试操作员"), QStringLiteral("test-ws")};
}

// A demo account's actor, logged in without a password (which only a demo database allows).
inline core::Actor demoOperator(DemoFixture& demo, const QString& login)
{
    const dispatch::LoginResult result = dispatch::AccountService({*demo.store, demo.taxonomy, demo.notifier})
                                             .loginDemoWithoutPassword(login, QStringLiteral("test-ws"));
    if (result.status != dispatch::LoginResult::Status::Success)
        qFatal("demo login %s refused", qPrintable(login));
    return result.actor;
}

} // namespace xiuhua::testing
