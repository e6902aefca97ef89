#include "app/watch_command.h"

#include "app/command_line.h"
#include "app/open_database.h"
#include "dispatch/change_set.h"
#include "dispatch/change_watcher.h"
#include "dispatch/position_follower.h"
#include "storage/database_location.h"
#include "storage/storage_error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xiuhua::app {

namespace {

// Polled like the console's clock: a change shows within a quarter of a second.
constexpr int kWatchIntervalMs = 250;

QJsonArray idArray(const std::set<core::Id>& ids)
{
    QJsonArray array;
    for (const core::Id id : ids)
        array.append(id);
    return array;
}

} // namespace

QString changeLine(const core::AuditEvent& record)
{
    const dispatch::ChangeSet changes = dispatch::changeSetOf({record});
    QJsonObject line{{QStringLiteral("seq"), record.seq},
                     {QStringLiteral("time"), record.at.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("action"), record.action},
                     {QStringLiteral("entity"), record.entity},
                     {QStringLiteral("id"), record.entityId ? QJsonValue(*record.entityId) : QJsonValue()},
                     {QStringLiteral("operator"), record.actorName},
                     {QStringLiteral("workstation"), record.workstation},
                     {QStringLiteral("incidents"), idArray(changes.incidents)},
                     {QStringLiteral("responders"), idArray(changes.responders)}};
    return QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

QString positionLine(const core::PositionFix& fix)
{
    QJsonObject line{{QStringLiteral("position"), fix.id},
                     {QStringLiteral("time"), fix.receivedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("fix_time"), fix.fixAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("responder"), fix.responderId},
                     {QStringLiteral("device"), fix.deviceId},
                     {QStringLiteral("lon"), fix.location.lon},
                     {QStringLiteral("lat"), fix.location.lat},
                     {QStringLiteral("verdict"), core::toCode(fix.verdict)}};
    if (fix.accuracyM)
        line.insert(QStringLiteral("accuracy"), *fix.accuracyM);
    if (fix.speedMps)
        line.insert(QStringLiteral("speed"), *fix.speedMps);
    if (fix.batteryPercent)
        line.insert(QStringLiteral("battery"), *fix.batteryPercent);
    return QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

int runWatch(const AppOptions& options, QTextStream& out, QTextStream& err)
{
    std::unique_ptr<storage::Store> store;
    try {
        const auto location = storage::classifyDatabase(options.databasePath);
        if (!location || (!location->isPostgres() && !QFileInfo(options.databasePath).isFile()))
            throw storage::StorageError(storage::StorageError::Kind::CannotOpen,
                                        "no such file: " + options.databasePath.toStdString());
        // A server database: followed through LISTEN/NOTIFY (the store's live line), not the clock.
        store = storage::openStore(*location, false).store;
    } catch (const storage::StorageError& error) {
        err << QCoreApplication::translate("Watch", "Cannot watch the database: %1")
                   .arg(QString::fromUtf8(error.what()))
            << '\n';
        err.flush();
        return 1;
    }
    dispatch::ChangeWatcher watcher(*store, nullptr);
    if (options.watchAfterSeq)
        watcher.setLastSeq(*options.watchAfterSeq);
    int printed = 0;
    QObject::connect(&watcher, &dispatch::ChangeWatcher::recordsCommitted,
                     [&](const std::vector<core::AuditEvent>& records) {
                         for (const core::AuditEvent& record : records) {
                             out << changeLine(record) << '\n';
                             if (options.watchCount > 0 && ++printed >= options.watchCount)
                                 break;
                         }
                         out.flush(); // a line is for whoever reads the pipe now
                         if (options.watchCount > 0 && printed >= options.watchCount)
                             QCoreApplication::exit(0);
                     });
    // Positions from the field follow their own feed, from now on.
    dispatch::PositionFollower positions(store->read());
    QObject::connect(&positions, &dispatch::PositionFollower::positionsArrived,
                     [&](const std::vector<core::PositionFix>& fixes) {
                         for (const core::PositionFix& fix : fixes) {
                             out << positionLine(fix) << '\n';
                             if (options.watchCount > 0 && ++printed >= options.watchCount)
                                 break;
                         }
                         out.flush();
                         if (options.watchCount > 0 && printed >= options.watchCount)
                             QCoreApplication::exit(0);
                     });
    // Read what came after --after at once, then follow.
    watcher.start(kWatchIntervalMs);
    positions.start(kWatchIntervalMs);
    return QCoreApplication::exec();
}

namespace {

QString readWatchOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "This command needs --db FILE.");
    bool ok = true;
    if (parser.isSet(QStringLiteral("after"))) {
        options.watchAfterSeq = parser.value(QStringLiteral("after")).toLongLong(&ok);
        if (!ok || *options.watchAfterSeq < 0)
            return QCoreApplication::translate("CommandLine", "--after needs a record number (0 or more).");
    }
    if (parser.isSet(QStringLiteral("count"))) {
        options.watchCount = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || options.watchCount < 1)
            return QCoreApplication::translate("CommandLine",
                                               "--count needs a number of records (1 or more).");
    }
    return {};
}

} // namespace

CommandLineCommand watchCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("watch");
    command.command = AppOptions::Command::Watch;
    command.summary = QCoreApplication::translate(
        "CommandLine", "Prints every change committed to a database as one JSON line, as it is committed.");
    command.options = {
        databaseOption(QCoreApplication::translate("CommandLine", "The database to watch.")),
        {QStringLiteral("after"),
         QCoreApplication::translate("CommandLine",
                                     "watch: start after this audit record (0 = from the first); default: "
                                     "from now on."),
         QStringLiteral("SEQ")},
        {QStringLiteral("count"),
         QCoreApplication::translate("CommandLine", "watch: stop after printing N changes."),
         QStringLiteral("N")}};
    command.read = readWatchOptions;
    return command;
}

} // namespace xiuhua::app
