// A second (and first) console in miniature for test_two_console_race: opens the database (file or
// PostgreSQL connection string), waits
// for the agreed moment, and assigns a responder to an incident through AssignmentService, as the
// console would. Prints "assigned <id>" (exit 0) or "refused: <reason>" (exit 3).

#include "core/taxonomy.h"
#include "dispatch/assignment_service.h"
#include "dispatch/change_notifier.h"
#include "dispatch/dispatch_error.h"
#include "storage/database_location.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <cstdio>

using namespace xiuhua;

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: race_assign_helper DB INCIDENT RESPONDER START_MS_SINCE_EPOCH\n");
        return 2;
    }
    try {
        const auto location = storage::classifyDatabase(args[1]);
        if (!location)
            throw storage::StorageError(storage::StorageError::Kind::CannotOpen, "bad database argument");
        auto store = storage::openStore(*location, false).store;
        const core::Taxonomy taxonomy;
        dispatch::ChangeNotifier notifier;
        dispatch::AssignmentService service({*store, taxonomy, notifier});
        const core::Actor actor{std::nullopt,
                                QStringLiteral("console %1").arg(QCoreApplication::applicationPid()),
                                QStringLiteral("ws-race")};
        // Both processes are ready (database open) before the moment; then they press Assign together.
        const qint64 start = args[4].toLongLong();
        while (QDateTime::currentMSecsSinceEpoch() < start)
            QThread::usleep(200);
        const core::Assignment assignment = service.assign(actor, args[2].toLongLong(), args[3].toLongLong());
        std::printf("assigned %lld\n", static_cast<long long>(assignment.id));
        return 0;
    } catch (const dispatch::DispatchError& error) {
        std::printf("refused: %s\n", qPrintable(error.message()));
    } catch (const storage::StorageError& error) {
        std::printf("refused: %s\n", error.what());
    }
    return 3;
}
