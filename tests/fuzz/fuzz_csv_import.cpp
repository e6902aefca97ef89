// libFuzzer target: CSV bytes through the decoder, the RFC 4180 reader and all three row importers
// (responders, roster, hazards), against a small SQLite station, writing the valid rows in a
// transaction that is rolled back. The checks must catch everything the database would refuse:
// a StorageError from the write is a finding.
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/csv_importer.h"
#include "dispatch/dispatch_error.h"
#include "rollback_store.h"
#include "storage/sqlite_store.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace xiuhua;

namespace {

struct Station
{
    QTemporaryDir dir;
    std::unique_ptr<storage::SqliteStore> store;
    std::unique_ptr<fuzz::RollbackStore> rollback;
    core::Taxonomy taxonomy;
    dispatch::ChangeNotifier notifier;
};

Station* station = nullptr;

QDateTime stationNow()
{
    return QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone("Asia/Shanghai")).toUTC();
}

// Two officers with badges 310001/310002, a post and a day shift: enough for rows to pass.
void seed(storage::Store& store)
{
    store.transact(
        {std::nullopt, QStringLiteral("fuzz"), QStringLiteral("fuzz")}, [](storage::StoreWriter& writer) {
            core::Post post;
            post.name = QStringLiteral("外滩警务室");
            post.location = {121.49, 31.24};
            post.id = writer.insertPost(post);
            for (const char* badge : {"310001", "310002"}) {
                core::Responder responder;
                responder.badgeNo = QString::fromLatin1(badge);
                responder.name = QStringLiteral("警员%1").arg(badge);
                responder.homePostId = post.id;
                responder.statusSince = stationNow();
                writer.insertResponder(responder);
            }
            const QTimeZone shanghai("Asia/Shanghai");
            core::Shift shift;
            shift.name = QStringLiteral("白班");
            shift.startsAt = QDateTime(QDate(2026, 11, 26), QTime(8, 0), shanghai).toUTC();
            shift.endsAt = QDateTime(QDate(2026, 11, 26), QTime(20, 0), shanghai).toUTC();
            shift.openedAt = shift.startsAt;
            writer.insertShift(shift);
            writer.audit({QStringLiteral("fuzz.seed"), QStringLiteral("fuzz"), std::nullopt, {}, {}});
        });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    station = new Station;
    if (!station->dir.isValid())
        std::abort();
    station->store = storage::SqliteStore::open(station->dir.filePath(QStringLiteral("fuzz.sqlite")),
                                                storage::SqliteStore::OpenMode::CreateIfMissing);
    seed(*station->store);
    station->rollback = std::make_unique<fuzz::RollbackStore>(*station->store);
    // Removes the temporary database when libFuzzer exits.
    std::atexit([] { delete station; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    dispatch::CsvImporter importer({*station->rollback, station->taxonomy, station->notifier, stationNow});
    const core::Actor actor{std::nullopt, QStringLiteral("fuzz"), QStringLiteral("fuzz")};
    for (auto kind : {dispatch::CsvImportKind::Responders, dispatch::CsvImportKind::Roster,
                      dispatch::CsvImportKind::Hazards}) {
        for (auto encoding : {core::CsvEncoding::Auto, core::CsvEncoding::Gb18030}) {
            dispatch::CsvImportOptions options;
            options.encoding = encoding;
            options.acceptRejects = true;
            try {
                const dispatch::ImportReport report = importer.run(actor, kind, bytes, options);
                // Every row is either valid or rejected, never both or neither.
                if (report.fatal.isEmpty() &&
                    report.valid + static_cast<int>(report.rejects.size()) != report.rows)
                    std::abort();
            } catch (const storage::StorageError& error) {
                std::fprintf(stderr, "the database refused a row the checks passed: %s\n", error.what());
                std::abort();
            }
        }
    }
    return 0;
}
