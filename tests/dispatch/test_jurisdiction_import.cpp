#include "dispatch/jurisdiction_import.h"
#include "geo/geo_error.h"
#include "test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::dispatch;

class TestJurisdictionImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::SqliteStore> m_store;

    const storage::StoreReader& reader() { return m_store->read(); }

    QString writeFile(const char* name, const QByteArray& contents)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write a test file");
        return path;
    }

private slots:
    void init()
    {
        m_store = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("j.sqlite")),
                                             storage::SqliteStore::OpenMode::CreateIfMissing);
    }
    void cleanup()
    {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("j.sqlite")));
    }

    void bundledMapImportsCleanlyOnceOnly()
    {
        JurisdictionImportOptions dry;
        dry.dryRun = true;
        const auto before = reader().rowCounts();
        const ImportReport checked =
            importJurisdiction(*m_store, testing::testOperator(), testing::bundledMap(), dry);
        QVERIFY(checked.clean());
        QVERIFY(checked.valid > 0);
        QCOMPARE(checked.valid, checked.rows);
        QCOMPARE(reader().rowCounts(), before);

        JurisdictionCounts counts;
        const ImportReport imported =
            importJurisdiction(*m_store, testing::testOperator(), testing::bundledMap(), {}, &counts);
        QCOMPARE(imported.written, checked.valid);
        QCOMPARE(static_cast<int>(reader().communities().size()), counts.communities);
        QCOMPARE(counts.communities + counts.posts + counts.fireStations + counts.cameras, imported.written);

        // Again: every id is taken, so everything is rejected and nothing changes.
        const auto after = reader().rowCounts();
        JurisdictionImportOptions accept;
        accept.acceptRejects = true;
        const ImportReport again =
            importJurisdiction(*m_store, testing::testOperator(), testing::bundledMap(), accept);
        QCOMPARE(again.valid, 0);
        QCOMPARE(static_cast<int>(again.rejects.size()), again.rows);
        QCOMPARE(again.written, 0);
        QCOMPARE(reader().rowCounts(), after);
        QVERIFY_THROWS_EXCEPTION(
            geo::GeoError, importJurisdiction(*m_store, testing::testOperator(), testing::bundledMap()));
        QCOMPARE(reader().rowCounts(), after);
    }

    void badFeaturesAreReportedAndRefusedUnlessAccepted()
    {
        const QString path =
            writeFile("posts.geojson", R"({"type":"FeatureCollection","name":"posts","features":[
 {"type":"Feature","properties":{"post_id":7,"name":"外滩警务室","kind":"community_post"},"geometry":{"type":"Point","coordinates":[121.49,31.24]}},
 {"type":"Feature","properties":{"post_id":8,"name":""},"geometry":{"type":"Point","coordinates":[121.49,31.24]}},
 {"type":"Feature","properties":{"post_id":9,"name":"远方"},"geometry":{"type":"Point","coordinates":[300,31.24]}},
 {"type":"Feature","properties":{"post_id":10,"name":"无社区","community_id":999},"geometry":{"type":"Point","coordinates":[121.5,31.2]}},
 {"type":"Feature","properties":{"post_id":7,"name":"重号"},"geometry":{"type":"Point","coordinates":[121.5,31.2]}},
 {"type":"Feature","properties":{"post_id":11,"name":"线","kind":"castle"},"geometry":{"type":"LineString","coordinates":[[121.5,31.2],[121.6,31.3]]}}
]})");
        const auto before = reader().rowCounts();
        const ImportReport refused = importJurisdiction(*m_store, testing::testOperator(), path, {});
        QVERIFY(refused.refused);
        QCOMPARE(refused.rows, 6);
        QCOMPARE(refused.valid, 1);
        QStringList columns;
        for (const auto& reject : refused.rejects)
            columns << reject.column;
        QCOMPARE(columns, QStringList({"posts.name", "posts.geometry", "posts.community_id", "posts.post_id",
                                       "posts.geometry"}));
        QCOMPARE(reader().rowCounts(), before);

        JurisdictionImportOptions accept;
        accept.acceptRejects = true;
        QCOMPARE(importJurisdiction(*m_store, testing::testOperator(), path, accept).written, 1);
        QCOMPARE(reader().posts().size(), 1u);
        QCOMPARE(reader().posts().front().id, 7);
    }

    void garbageSourceIsAnErrorAndWritesNothing()
    {
        const QString path =
            writeFile("junk.geojson", QByteArray("{\"type\":\"FeatureCollection\",\"features\":[{\x01\xff"));
        const auto before = reader().rowCounts();
        try {
            const ImportReport report = importJurisdiction(*m_store, testing::testOperator(), path, {});
            QVERIFY(!report.fatal.isEmpty());
        } catch (const geo::GeoError&) {
        }
        QCOMPARE(reader().rowCounts(), before);
    }
};

QTEST_GUILESS_MAIN(TestJurisdictionImport)
#include "test_jurisdiction_import.moc"
