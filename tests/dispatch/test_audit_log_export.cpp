#include "core/csv_reader.h"
#include "dispatch/audit_log_service.h"
#include "dispatch/change_notifier.h"
#include "storage/sqlite_store.h"
#include "test_support.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;
using namespace xiuhua::dispatch;

// The audit log export as a spreadsheet opens it: what an operator typed (their name, the
// workstation, the record's contents) is text, never a formula; record numbers stay numbers.
class TestAuditLogExport : public QObject
{
    Q_OBJECT

private slots:
    void formulasInTypedTextStayText()
    {
        QTemporaryDir dir;
        auto store = storage::SqliteStore::open(dir.filePath(QStringLiteral("audit.sqlite")),
                                                storage::SqliteStore::OpenMode::CreateIfMissing);
        const Taxonomy taxonomy = testing::bundledTaxonomy();
        ChangeNotifier notifier;
        const Actor typist{std::nullopt, QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("@SUM(1+1)")};
        store->transact(typist, [](storage::StoreWriter& writer) {
            writer.audit({QStringLiteral("incident.note"),
                          QStringLiteral("incident"),
                          -7,
                          {},
                          QJsonObject{{QStringLiteral("note"), QStringLiteral("+1-2")}}});
        });
        const Actor station{std::nullopt, QStringLiteral("\tnote"), QStringLiteral("\rnote")};
        store->transact(station, [](storage::StoreWriter& writer) {
            writer.audit({QStringLiteral("settings.change"), QStringLiteral("setting"), 42, {}, {}});
        });

        AuditLogService service({*store, taxonomy, notifier});
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(service.exportCsv(Actor{}, {}, path));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(bytes.contains(",-7,"), bytes.constData()); // the entity id, a bare number
        const auto records = CsvReader::parse(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.front().fields.value(3), QStringLiteral("actor"));
        const auto typed = std::find_if(records.begin(), records.end(), [](const CsvRecord& r) {
            return r.fields.value(5) == QStringLiteral("incident.note");
        });
        QVERIFY(typed != records.end());
        QCOMPARE(typed->fields.value(3), QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(typed->fields.value(4), QStringLiteral("'@SUM(1+1)"));
        QCOMPARE(typed->fields.value(7), QStringLiteral("-7"));
        bool numeric = false;
        QVERIFY(typed->fields.value(0).toLongLong(&numeric) > 0 && numeric);
        const auto second = std::find_if(records.begin(), records.end(), [](const CsvRecord& r) {
            return r.fields.value(5) == QStringLiteral("settings.change");
        });
        QVERIFY(second != records.end());
        QCOMPARE(second->fields.value(3), QStringLiteral("'\tnote"));
        QCOMPARE(second->fields.value(4),
                 QStringLiteral("'\nnote")); // the reader gives a CR in a field as LF
        QVERIFY(bytes.contains("\"'\rnote\""));
        QCOMPARE(second->fields.value(7), QStringLiteral("42"));
        for (const CsvRecord& record : records)
            for (qsizetype column = 0; column < record.fields.size(); ++column) {
                const QString& field = record.fields[column];
                const bool programNumber = column == 0 || column == 2 || column == 7;
                QVERIFY2(programNumber || field.isEmpty() ||
                             !QStringLiteral("=+-@\t\r").contains(field.front()),
                         qPrintable(field));
            }
    }
};

QTEST_GUILESS_MAIN(TestAuditLogExport)
#include "test_audit_log_export.moc"
