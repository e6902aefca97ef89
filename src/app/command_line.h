#pragma once

#include "app/app_options.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QCommandLineParser;

namespace xiuhua::app {

// One command of the command line, in the manner of KeePassXC's CLI commands: its word, its own
// options and the function that reads them, declared next to the command's runner.
// parseCommandLine() finds the word and parses with this command's options (and the few every
// command takes), so `xiuhua COMMAND --help` shows only what the command understands.
struct CommandLineCommand
{
    QString name; // the word after `xiuhua`; empty for the console
    AppOptions::Command command = AppOptions::Command::Console;
    QString summary;             // the help's description
    QString arguments;           // what follows the word in the help's usage line, e.g. "FILE"
    bool takesArguments = false; // false: any word after the command's is an error
    QList<QCommandLineOption> options;
    // Reads the options and the words after the command's into `options`; returns an error text
    // for stderr (exit code 2), or an empty string when they are valid.
    std::function<QString(const QCommandLineParser&, const QStringList&, AppOptions&)> read;
};

// Every command, the console first, in the order --help lists them; and the options every command
// takes (--help, --version, --lang, --log-level). The man page is written from these too
// (tools/manpage), so it says what --help says.
std::vector<CommandLineCommand> commandLineCommands();
QList<QCommandLineOption> commonCommandLineOptions();

// Options several commands take with the same meaning.
QCommandLineOption databaseOption(const QString& description);
QCommandLineOption mapOption();

// Each command's definition, next to its runner.
CommandLineCommand consoleCommandLine();
CommandLineCommand checkDbCommandLine();
CommandLineCommand exportMapCommandLine();
CommandLineCommand simulateCommandLine();
CommandLineCommand reportCommandLine();
CommandLineCommand importCommandLine();
CommandLineCommand verifyAuditCommandLine();
CommandLineCommand backupCommandLine();
CommandLineCommand restoreCommandLine();
CommandLineCommand migrateDbCommandLine();
CommandLineCommand watchCommandLine();
CommandLineCommand serveCommandLine();
CommandLineCommand purgePositionsCommandLine();
CommandLineCommand receiveTransfersCommandLine();

} // namespace xiuhua::app
