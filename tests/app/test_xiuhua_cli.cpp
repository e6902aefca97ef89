#include "storage/schema.h"
#include "storage/sqlite_store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

// Runs the real xiuhua executable, as a user or a script would.
class TestXiuhuaCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("DISPLAY")); // headless commands must not need one
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(XIUHUA_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("xiuhua ")));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("check-db")));
        // The usage line names the program (Qt writes a placeholder without a running application).
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: xiuhua [options]")), qPrintable(help.out));
        QVERIFY(!help.out.contains(QStringLiteral("<executable_name>")));
        QVERIFY2(help.err.isEmpty(), qPrintable(help.err)); // no parser warnings either
        // A command's help names it and lists its own options only.
        const Run reportHelp = run({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(reportHelp.exitCode, 0);
        QVERIFY2(reportHelp.out.startsWith(QStringLiteral("Usage: xiuhua [options] report")),
                 qPrintable(reportHelp.out));
        QVERIFY(reportHelp.out.contains(QStringLiteral("--shift")));
        QVERIFY(!reportHelp.out.contains(QStringLiteral("--calls")));
    }

    void badArgumentsExitTwo()
    {
        const Run result = run({QStringLiteral("--no-such-option")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QCOMPARE(run({QStringLiteral("check-db")}).exitCode, 2);
        // An option of another command.
        const Run foreign = run({QStringLiteral("backup"), QStringLiteral("--db"), QStringLiteral("a.sqlite"),
                                 QStringLiteral("--out"), QStringLiteral("b.sqlite"),
                                 QStringLiteral("--calls"), QStringLiteral("5")});
        QCOMPARE(foreign.exitCode, 2);
        QVERIFY2(foreign.err.contains(QStringLiteral("calls")), qPrintable(foreign.err));
    }

    void checkDbHealthy()
    {
        const QString path = m_dir.filePath(QStringLiteral("ok.sqlite"));
        storage::SqliteStore::open(path, storage::SqliteStore::OpenMode::CreateIfMissing);
        const Run result = run({QStringLiteral("check-db"), path});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(
            QStringLiteral("Schema version: %1").arg(xiuhua::storage::currentSchemaVersion())));
        QVERIFY(result.out.contains(QStringLiteral("Integrity check: ok")));
        QVERIFY(result.out.contains(QStringLiteral("audit_event")));
    }

    void checkDbRefusesWithoutChanging()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database at all\n");
        file.close();
        const Run result = run({QStringLiteral("check-db"), path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("not an SQLite database")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a database at all\n"));

        QCOMPARE(run({QStringLiteral("check-db"), m_dir.filePath(QStringLiteral("missing.sqlite"))}).exitCode,
                 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    }

    void checkDbReportsNewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = storage::SqliteDatabase::open(path, storage::SqliteDatabase::OpenMode::ReadWriteCreate);
            db.execute("PRAGMA user_version = 42");
        }
        const Run result = run({QStringLiteral("check-db"), path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("newer")));
    }

    void exportMapWritesAPngOfTheRequestedSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("map.png"));
        const Run result = run({QStringLiteral("export-map"), QStringLiteral("--out"), path,
                                QStringLiteral("--size"), QStringLiteral("800x600")});
        QCOMPARE(result.exitCode, 0);
        const QImage image(path);
        QCOMPARE(image.size(), QSize(800, 600));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 30, "a real map has many colours");
    }

    void exportMapWritesAPdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("map.pdf"));
        const Run result =
            run({QStringLiteral("export-map"), QStringLiteral("--out"), path, QStringLiteral("--extent"),
                 QStringLiteral("121.470,31.225,121.480,31.235"), QStringLiteral("--no-labels")});
        QCOMPARE(result.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 10000);
    }

    void exportMapDrawsGivenData()
    {
        const QString geojson = m_dir.filePath(QStringLiteral("lines.geojson"));
        QFile file(geojson);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"测试路"},"geometry":{"type":"LineString",
             "coordinates":[[121.47,31.23],[121.48,31.24]]}},
            {"type":"Feature","properties":{"name":"点"},"geometry":{"type":"Point","coordinates":[121.475,31.235]}}]})");
        file.close();
        const QString path = m_dir.filePath(QStringLiteral("data.png"));
        const Run result =
            run({QStringLiteral("export-map"), QStringLiteral("--out"), path, QStringLiteral("--size"),
                 QStringLiteral("400x400"), QStringLiteral("--data"), geojson});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("EPSG:32651")));
        QCOMPARE(QImage(path).size(), QSize(400, 400));
    }

    // A dataset of many layers is read on several threads, each layer only where the view is: the
    // bundled jurisdiction's ten layers given as plain data draw a picture with the map's features in
    // it (roads, blocks, water), the same with and without a view to cut to.
    void exportMapReadsManyLayersForTheView()
    {
        const QString gpkg = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");
        const QString whole = m_dir.filePath(QStringLiteral("whole.png"));
        const QString part = m_dir.filePath(QStringLiteral("part.png"));
        const Run all =
            run({QStringLiteral("export-map"), QStringLiteral("--out"), whole, QStringLiteral("--size"),
                 QStringLiteral("600x400"), QStringLiteral("--data"), gpkg});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QVERIFY2(all.err.isEmpty() || !all.err.contains(QLatin1String("warning")), qPrintable(all.err));
        const Run cut =
            run({QStringLiteral("export-map"), QStringLiteral("--out"), part, QStringLiteral("--size"),
                 QStringLiteral("600x400"), QStringLiteral("--extent"),
                 QStringLiteral("121.470,31.228,121.478,31.233"), QStringLiteral("--data"), gpkg});
        QVERIFY2(cut.exitCode == 0, qPrintable(cut.err));
        for (const QString& file : {whole, part}) {
            const QImage image(file);
            QCOMPARE(image.size(), QSize(600, 400));
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 4) {
                for (int x = 0; x < image.width(); x += 4)
                    colours.insert(image.pixel(x, y));
            }
            // Six layer colours over the background, anti-aliased: far more than a blank page's one.
            QVERIFY2(colours.size() > 50,
                     qPrintable(QStringLiteral("%1: %2 colours").arg(file).arg(colours.size())));
        }
    }

    // An area where the data has nothing is drawn (an empty map of it), with a warning, not refused.
    void exportMapOfAnAreaWithoutData()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty-area.png"));
        const Run result = run({QStringLiteral("export-map"), QStringLiteral("--out"), path,
                                QStringLiteral("--size"), QStringLiteral("300x200"),
                                QStringLiteral("--extent"), QStringLiteral("121.60,31.10,121.61,31.11"),
                                QStringLiteral("--data"), QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("none of the data")), qPrintable(result.err));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(300, 200));
        // The station's own data gets no "© OpenStreetMap contributors" of ours: the bottom-right
        // corner, where the bundled map's credit goes, is plain background.
        QSet<QRgb> corner;
        for (int y = image.height() - 18; y < image.height(); ++y) {
            for (int x = image.width() - 150; x < image.width(); ++x)
                corner.insert(image.pixel(x, y));
        }
        QCOMPARE(corner.size(), 1);
        // The bundled map of the same area does carry it.
        const QString bundled = m_dir.filePath(QStringLiteral("bundled-area.png"));
        QCOMPARE(run({QStringLiteral("export-map"), QStringLiteral("--out"), bundled,
                      QStringLiteral("--size"), QStringLiteral("300x200"), QStringLiteral("--extent"),
                      QStringLiteral("121.60,31.10,121.61,31.11")})
                     .exitCode,
                 0);
        const QImage credited(bundled);
        corner.clear();
        for (int y = credited.height() - 18; y < credited.height(); ++y) {
            for (int x = credited.width() - 150; x < credited.width(); ++x)
                corner.insert(credited.pixel(x, y));
        }
        QVERIFY(corner.size() > 5);
    }

    // Every command speaks the chosen language, its parse errors and results included: Chinese with
    // --lang zh_CN, English otherwise (the test's locale is C).
    void commandsSpeakTheChosenLanguage()
    {
        const QStringList badStart{QStringLiteral("simulate"), QStringLiteral("--db"),
                                   m_dir.filePath(QStringLiteral("never.sqlite")), QStringLiteral("--start"),
                                   QStringLiteral("tomorrow")};
        const Run english = run(badStart);
        QCOMPARE(english.exitCode, 2);
        QVERIFY2(english.err.contains(QLatin1String("--start must be a date and time")),
                 qPrintable(english.err));
        QVERIFY2(english.err.contains(QLatin1String("Try 'xiuhua --help'.")), qPrintable(english.err));
        const Run chinese = run(badStart + QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(chinese.exitCode, 2);
        QVERIFY2(chinese.err.contains(QStringLiteral("必须是日期和时间")), qPrintable(chinese.err));
        QVERIFY2(chinese.err.contains(QStringLiteral("查看用法")), qPrintable(chinese.err));
        const QString path = m_dir.filePath(QStringLiteral("zh.png"));
        const Run drawn =
            run({QStringLiteral("export-map"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                 QStringLiteral("--out"), path, QStringLiteral("--size"), QStringLiteral("200x150")});
        QCOMPARE(drawn.exitCode, 0);
        QVERIFY2(drawn.out.contains(QStringLiteral("已写入")), qPrintable(drawn.out));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.sqlite"))));
    }

    void exportMapRefusesBadInput()
    {
        QCOMPARE(run({QStringLiteral("export-map")}).exitCode, 2);
        QCOMPARE(
            run({QStringLiteral("export-map"), QStringLiteral("--out"), QStringLiteral("x.gif")}).exitCode,
            2);
        QCOMPARE(run({QStringLiteral("export-map"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--extent"),
                      QStringLiteral("1,2,3")})
                     .exitCode,
                 2);
        const Run missing = run({QStringLiteral("export-map"), QStringLiteral("--out"),
                                 m_dir.filePath(QStringLiteral("y.png")), QStringLiteral("--data"),
                                 m_dir.filePath(QStringLiteral("missing.shp"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("missing.shp")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("y.png"))));
    }

    void consoleRefusesABadDatabaseWithoutAWindow()
    {
        // The console cannot run without a display, but it must fail cleanly (no crash) when the
        // platform is offscreen and the database is not a database: a dialog and exit code 1.
        const QString path = m_dir.filePath(QStringLiteral("bogus.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = QCryptographicHash::hash(QByteArray(4096, 'x'), QCryptographicHash::Sha256);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XIUHUA_NONINTERACTIVE"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(XIUHUA_EXECUTABLE), {QStringLiteral("--db"), path});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("not a Xiuhua")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    }
};

QTEST_MAIN(TestXiuhuaCli)
#include "test_xiuhua_cli.moc"
