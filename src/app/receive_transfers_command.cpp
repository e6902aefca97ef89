#include "app/receive_transfers_command.h"

#include "app/command_line.h"
#include "app/open_database.h"
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/transfer_inbox.h"
#include "geo/community_locator.h"
#include "geo/gazetteer.h"
#include "geo/geo_error.h"
#include "geo/vector_source.h"
#include "storage/storage_error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace xiuhua::app {

namespace {

QString outcomeCode(dispatch::TransferResult::Outcome outcome)
{
    switch (outcome) {
    case dispatch::TransferResult::Outcome::Created:
        return QStringLiteral("created");
    case dispatch::TransferResult::Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case dispatch::TransferResult::Outcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

} // namespace

dispatch::TransferGeocoder transferGeocoderFor(const QString& mapPath, QTextStream& err)
{
    try {
        const geo::VectorSource source = geo::VectorSource::open(mapPath);
        auto gazetteer = std::make_shared<const geo::Gazetteer>(geo::Gazetteer::fromDataset(source));
        auto locator =
            std::make_shared<const geo::CommunityLocator>(geo::CommunityLocator::fromLayer(source));
        return dispatch::TransferGeocoder(gazetteer, [locator](const core::GeoPoint& point) {
            return locator->communityAt(point.lon, point.lat);
        });
    } catch (const geo::GeoError& error) {
        err << QCoreApplication::translate("ReceiveTransfers",
                                           "The map cannot be read (%1): transfers are filed without a "
                                           "location.")
                   .arg(QString::fromUtf8(error.what()))
            << '\n';
        err.flush();
        return dispatch::TransferGeocoder({}, {});
    }
}

QString transferLine(const QString& fileName, const dispatch::TransferResult& result)
{
    QJsonObject line{{QStringLiteral("file"), fileName},
                     {QStringLiteral("outcome"), outcomeCode(result.outcome)},
                     {QStringLiteral("transfer_number"), result.transferNumber}};
    if (result.outcome == dispatch::TransferResult::Outcome::Rejected) {
        line.insert(QStringLiteral("reason"), result.reason);
    } else {
        line.insert(QStringLiteral("incident"), result.incidentNumber);
        line.insert(QStringLiteral("location_confirmed"), result.locationConfirmed);
        line.insert(QStringLiteral("checks"), QJsonArray::fromStringList(result.checks));
    }
    return QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

int runReceiveTransfers(const AppOptions& options, const QString& mapPath, QTextStream& out, QTextStream& err)
{
    if (!QFileInfo(options.transferFolder).isDir()) {
        err << QCoreApplication::translate("ReceiveTransfers", "No such folder: %1")
                   .arg(options.transferFolder)
            << '\n';
        return 1;
    }
    std::unique_ptr<storage::Store> store;
    try {
        store = openDatabase(options.databasePath, false).store;
    } catch (const storage::StorageError& error) {
        err << QCoreApplication::translate("ReceiveTransfers", "Cannot open the database: %1")
                   .arg(QString::fromUtf8(error.what()))
            << '\n';
        return 1;
    }
    const core::Taxonomy taxonomy =
        core::Taxonomy::fromFile(QStringLiteral(":/taxonomy/incident_categories.json"));
    dispatch::ChangeNotifier notifier;
    dispatch::TransferService service({*store, taxonomy, notifier}, transferGeocoderFor(mapPath, err));
    dispatch::TransferInbox inbox(service, options.transferFolder,
                                  QSysInfo::machineHostName() + QStringLiteral(" receive-transfers"));
    int problems = 0;
    QObject::connect(&inbox, &dispatch::TransferInbox::taken,
                     [&out](const QString& fileName, const dispatch::TransferResult& result) {
                         out << transferLine(fileName, result) << '\n';
                         out.flush();
                     });
    QObject::connect(&inbox, &dispatch::TransferInbox::problem,
                     [&err, &problems](const QString& fileName, const QString& message) {
                         ++problems;
                         err << fileName << ": " << message << '\n';
                         err.flush();
                     });
    if (options.transferOnce) {
        inbox.scan();
        return problems == 0 ? 0 : 1;
    }
    inbox.start();
    return QCoreApplication::exec();
}

namespace {

QString readReceiveTransfersOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    options.transferFolder = parser.value(QStringLiteral("folder"));
    options.mapPath = parser.value(QStringLiteral("map"));
    options.transferOnce = parser.isSet(QStringLiteral("once"));
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "This command needs --db FILE.");
    if (options.transferFolder.isEmpty())
        return QCoreApplication::translate("CommandLine", "This command needs --folder DIR.");
    return {};
}

} // namespace

CommandLineCommand receiveTransfersCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("receive-transfers");
    command.command = AppOptions::Command::ReceiveTransfers;
    command.summary = QCoreApplication::translate(
        "CommandLine",
        "Takes the 110 centre's transfer documents from a drop folder and files each as an incident "
        "(accepted files move to done/, refused ones to rejected/ with a .reason file).");
    command.options = {
        databaseOption(QCoreApplication::translate("CommandLine", "The station's database.")),
        {QStringLiteral("folder"),
         QCoreApplication::translate("CommandLine",
                                     "receive-transfers: the drop folder to take *.json files from."),
         QStringLiteral("DIR")},
        {QStringLiteral("once"),
         QCoreApplication::translate("CommandLine",
                                     "receive-transfers: take what is waiting and exit, instead of following "
                                     "the folder.")},
        mapOption()};
    command.read = readReceiveTransfersOptions;
    return command;
}

} // namespace xiuhua::app
