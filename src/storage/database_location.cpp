#include "storage/database_location.h"

#include "storage/pg_store.h"
#include "storage/sqlite_store.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <libpq-fe.h>

namespace xiuhua::storage {
namespace {

// libpq's own parser: the same rules the connection will follow.
QString conninfoProblem(const QString& text)
{
    char* message = nullptr;
    PQconninfoOption* options = PQconninfoParse(text.toUtf8().constData(), &message);
    QString problem;
    if (!options)
        problem = message ? QString::fromUtf8(message).trimmed() : QStringLiteral("out of memory");
    PQconninfoFree(options);
    PQfreemem(message);
    return problem;
}

} // namespace

std::optional<DatabaseLocation> classifyDatabase(const QString& text, QString* error)
{
    const auto refuse = [error](const QString& message) -> std::optional<DatabaseLocation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse(
            QStringLiteral("--db is empty: give a database file or a PostgreSQL connection string."));
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    static const QRegularExpression keyValue(QStringLiteral("^[A-Za-z_]+\\s*="));
    const QRegularExpressionMatch uri = scheme.match(trimmed);
    if (uri.hasMatch()) {
        const QString name = uri.captured(1).toLower();
        if (name != QLatin1String("postgresql") && name != QLatin1String("postgres"))
            return refuse(QStringLiteral("%1:// is not a database this program can open").arg(name));
    } else if (!keyValue.match(trimmed).hasMatch()) {
        return DatabaseLocation{DatabaseLocation::Kind::File, text};
    } else if (QFileInfo::exists(text)) {
        return DatabaseLocation{DatabaseLocation::Kind::File, text}; // a file that happens to look so
    }
    if (const QString problem = conninfoProblem(trimmed); !problem.isEmpty())
        return refuse(problem);
    return DatabaseLocation{DatabaseLocation::Kind::Postgres, trimmed};
}

OpenedStore openStore(const DatabaseLocation& location, bool createIfMissing)
{
    OpenedStore opened;
    if (location.isPostgres()) {
        auto store = PostgresStore::open(location.text);
        opened.created = store->wasCreated();
        opened.store = std::move(store);
        return opened;
    }
    opened.created = !QFileInfo::exists(location.text);
    opened.store = SqliteStore::open(location.text, createIfMissing ? SqliteStore::OpenMode::CreateIfMissing
                                                                    : SqliteStore::OpenMode::OpenExisting);
    return opened;
}

SqlConnection* connectionOf(Store& store)
{
    if (auto* sqlite = dynamic_cast<SqliteStore*>(&store))
        return &sqlite->database();
    if (auto* postgres = dynamic_cast<PostgresStore*>(&store))
        return &postgres->connection();
    return nullptr;
}

} // namespace xiuhua::storage
