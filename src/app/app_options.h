#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace xiuhua::app {

// What the command line asked for. Parsed by parseCommandLine(); used by main().
struct AppOptions
{
    enum class Command
    {
        Console,
        CheckDb,
        Help,
        Version
    };

    Command command = Command::Console;
    QString databasePath; // --db; empty = the demo database in the data directory
    QString mapPath;      // --map; empty = bundled maps/huangpu.gpkg
    QString language;     // --lang; empty = system locale
    QString logLevel = QStringLiteral("info");
    QString operatorBadge; // --operator: skip the start-up choice (scripts, screenshots)
    QString checkDbPath;
    QString helpText;
};

struct ParseResult
{
    std::optional<AppOptions> options;
    QString error; // for stderr, with exit code 2
};

ParseResult parseCommandLine(const QStringList& arguments);

} // namespace xiuhua::app
