#include "test_support.h"
#include "ui/admin/import_dialog.h"
#include "ui/admin/import_reject_model.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::ui;

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const char* name, const QByteArray& contents)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(contents);
        return path;
    }

private slots:
    void rejectModelBehaves()
    {
        ImportRejectModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRejects({{2, 3, QStringLiteral("类别"), QStringLiteral("Unknown kind")},
                          {5, 0, QString(), QStringLiteral("cut short")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, ImportRejectModel::FieldColumn)).toString(),
                 QStringLiteral("类别"));
        QVERIFY(!model.data(model.index(1, ImportRejectModel::LineColumn)).isValid());
        QCOMPARE(model.reject(model.index(1, 0)).row, 5);
        model.setRejects({});
        QCOMPARE(model.rowCount(), 0);
    }

    void checkShowsRejectsThenImportsValidRows()
    {
        auto store = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("ui.sqlite")),
                                                storage::SqliteStore::OpenMode::CreateIfMissing);
        const core::Taxonomy taxonomy = testing::bundledTaxonomy();
        dispatch::ChangeNotifier notifier;
        ConsoleSession session{
            *store, taxonomy, notifier, testing::testOperator(), testing::bundledMap(), QStringLiteral("en")};
        ImportDialog dialog(session);
        const QString path =
            writeFile("people.csv", "警号,姓名,类别\n500001,张三,辅警\n500002,李四,外星人\n");
        dialog.setSource(ImportDialog::Kind::Responders, path);
        const auto before = store->read().rowCounts();
        dialog.check();
        QVERIFY(dialog.lastReport());
        QCOMPARE(dialog.lastReport()->valid, 1);
        QCOMPARE(dialog.rejectModel().rowCount(), 1);
        QCOMPARE(store->read().rowCounts(), before); // checking writes nothing
        QVERIFY(dialog.importChecked());
        QCOMPARE(store->read().responders().size(), 1u);
        QCOMPARE(store->read().responders().front().name, QStringLiteral("张三"));
    }

    void unreadableFileCannotBeImported()
    {
        auto store = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("ui2.sqlite")),
                                                storage::SqliteStore::OpenMode::CreateIfMissing);
        const core::Taxonomy taxonomy = testing::bundledTaxonomy();
        dispatch::ChangeNotifier notifier;
        ConsoleSession session{
            *store, taxonomy, notifier, testing::testOperator(), testing::bundledMap(), QStringLiteral("en")};
        ImportDialog dialog(session);
        dialog.setSource(ImportDialog::Kind::Jurisdiction, writeFile("junk.gpkg", "not a geopackage"));
        dialog.check();
        QVERIFY(!dialog.lastReport()->fatal.isEmpty());
        QVERIFY(!dialog.importChecked());
        dialog.setSource(ImportDialog::Kind::Hazards, m_dir.filePath(QStringLiteral("missing.csv")));
        dialog.check();
        QVERIFY(!dialog.lastReport()->fatal.isEmpty());
        QVERIFY(!dialog.importChecked());
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_import_dialog.moc"
