#include "app/verify_audit_command.h"

#include "app/command_line.h"
#include "app/open_database.h"
#include "storage/audit_chain.h"
#include "storage/database_backup.h"
#include "storage/pg_connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace xiuhua::app {
namespace {

// Each record's hash written down earlier must still be there; 0 when all are, 1 otherwise.
int checkExpectations(storage::SqlConnection& db, const std::vector<std::pair<qint64, QString>>& expectations,
                      QTextStream& out, QTextStream& err)
{
    int code = 0;
    for (const auto& [seq, expected] : expectations) {
        const std::optional<QString> actual = storage::AuditChain::hashAt(db, seq);
        if (actual == expected) {
            out << QCoreApplication::translate("VerifyAudit", "Record %1 has the hash written down.").arg(seq)
                << '\n';
            continue;
        }
        err << (actual ? QCoreApplication::translate(
                             "VerifyAudit", "Record %1 no longer has the hash written down (%2 now): the "
                                            "record was rebuilt after it was noted.")
                             .arg(seq)
                             .arg(*actual)
                       : QCoreApplication::translate("VerifyAudit",
                                                     "Record %1, written down earlier, is missing.")
                             .arg(seq))
            << '\n';
        code = 1;
    }
    return code;
}

} // namespace

int runVerifyAudit(const QString& databasePath, QTextStream& out, QTextStream& err,
                   const std::vector<std::pair<qint64, QString>>& expectations)
{
    int code = 1;
    try {
        const std::unique_ptr<storage::SqlConnection> connection = openReadOnly(databasePath);
        storage::SqlConnection& db = *connection;
        const storage::AuditChainReport report = storage::AuditChain::verify(db);
        out << QCoreApplication::translate("VerifyAudit", "Database: %1")
                   .arg(storage::PgConnection::redacted(databasePath))
            << '\n';
        out << QCoreApplication::translate("VerifyAudit", "Audit records checked: %1").arg(report.rowsChecked)
            << '\n';
        if (report.ok) {
            const storage::AuditPosition tail = storage::auditPosition(db);
            // The newest hash is what an inspector writes down: a later rebuilt chain would not end in it.
            out << QCoreApplication::translate("VerifyAudit", "Newest record: %1 at %2, hash %3")
                       .arg(tail.lastSeq)
                       .arg(tail.lastAt, tail.lastHash)
                << '\n';
            code = checkExpectations(db, expectations, out, err);
            if (code == 0)
                out << QCoreApplication::translate("VerifyAudit", "The audit record is whole.") << '\n';
            else
                err << QCoreApplication::translate("VerifyAudit",
                                                   "The audit record is NOT the one noted earlier.")
                    << '\n';
        } else {
            err << QCoreApplication::translate("VerifyAudit", "The audit record is NOT whole: %1.")
                       .arg(report.reason)
                << '\n';
            err << QCoreApplication::translate("VerifyAudit", "First broken link: record %1.")
                       .arg(report.firstBrokenSeq.value_or(0))
                << '\n';
        }
    } catch (const storage::StorageError& error) {
        err << QCoreApplication::translate("VerifyAudit", "Cannot check the audit record: %1")
                   .arg(QString::fromUtf8(error.what()))
            << '\n';
    }
    out.flush();
    err.flush();
    return code;
}

namespace {

QString readVerifyAuditOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "This command needs --db FILE.");
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    for (const QString& expectation : parser.values(QStringLiteral("expect"))) {
        const QStringList parts = expectation.split(QLatin1Char(':'));
        bool numeric = false;
        const qint64 seq = parts.value(0).toLongLong(&numeric);
        if (parts.size() != 2 || !numeric || seq < 1 || !hex.match(parts.value(1)).hasMatch())
            return QCoreApplication::translate(
                       "CommandLine", "--expect needs SEQ:HASH, a record number and its 64 hex digits: %1")
                .arg(expectation);
        options.auditExpectations.emplace_back(seq, parts.value(1).toLower());
    }
    return {};
}

} // namespace

CommandLineCommand verifyAuditCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("verify-audit");
    command.command = AppOptions::Command::VerifyAudit;
    command.summary = QCoreApplication::translate(
        "CommandLine",
        "Checks the audit record's hash chain; exit 1 at the first broken link or a record that "
        "no longer has the hash written down.");
    command.options = {
        databaseOption(QCoreApplication::translate("CommandLine", "The database to check.")),
        {QStringLiteral("expect"),
         QCoreApplication::translate(
             "CommandLine", "verify-audit: the record SEQ must still have HASH (as printed on a report or "
                            "logged at a backup); may be repeated."),
         QStringLiteral("SEQ:HASH")}};
    command.read = readVerifyAuditOptions;
    return command;
}

} // namespace xiuhua::app
