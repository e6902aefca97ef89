#include "dispatch/demo_data.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;

// `xiuhua report` through the real executable: what a script or a supervisor at a terminal gets.
class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    core::Id m_shiftId = 0;

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
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command must choose offscreen itself
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(XIUHUA_EXECUTABLE), QStringList{QStringLiteral("report")} + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QByteArray fileHash(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    QString pdfText(const QString& path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("station.sqlite"));
        {
            testing::DemoFixture demo(m_db);
            m_shiftId = demo.store->read().shiftAt(testing::fixedNow())->id;
        }
    }

    void shiftReportAsPdfInChinese()
    {
        const QByteArray before = fileHash(m_db);
        const QString out = m_dir.filePath(QStringLiteral("shift.pdf"));
        const Run result =
            run({QStringLiteral("--db"), m_db, QStringLiteral("--shift"), QString::number(m_shiftId),
                 QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(out));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("班次报告")));
        QVERIFY(QString(text).remove(QLatin1Char(' ')).contains(QStringLiteral("第1页/共")));
        QCOMPARE(fileHash(m_db), before); // opened read-only: not a byte changed
    }

    void periodReportInEnglish()
    {
        const QString out = m_dir.filePath(QStringLiteral("month.pdf"));
        const Run result =
            run({QStringLiteral("--db"), m_db, QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--out"), out,
                 QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Period report")));
        QVERIFY(text.contains(QStringLiteral("2026-11-01 – 2026-11-30")));
    }

    void csvWithBom()
    {
        const QString out = m_dir.filePath(QStringLiteral("shift.csv"));
        const Run result = run({QStringLiteral("--db"), m_db, QStringLiteral("--shift"),
                                QString::number(m_shiftId), QStringLiteral("--out"), out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));
    }

    void openIncidentsSheet()
    {
        const QString out = m_dir.filePath(QStringLiteral("open.pdf"));
        const Run result =
            run({QStringLiteral("--db"), m_db, QStringLiteral("--open-incidents"), QStringLiteral("--out"),
                 out, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(pdfText(out).contains(QStringLiteral("未结警情")));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
        QTest::newRow("missing db") << QStringList{QStringLiteral("--db"),
                                                   m_dir.filePath(QStringLiteral("nope.sqlite")),
                                                   QStringLiteral("--shift"),
                                                   QStringLiteral("1"),
                                                   QStringLiteral("--out"),
                                                   out}
                                    << 1;
        QTest::newRow("unknown shift")
            << QStringList{QStringLiteral("--db"),  m_db, QStringLiteral("--shift"), QStringLiteral("99999"),
                           QStringLiteral("--out"), out}
            << 1;
        QTest::newRow("bad date") << QStringList{QStringLiteral("--db"),   m_db,
                                                 QStringLiteral("--from"), QStringLiteral("2026-13-01"),
                                                 QStringLiteral("--to"),   QStringLiteral("2026-11-30"),
                                                 QStringLiteral("--out"),  out}
                                  << 2;
        QTest::newRow("reversed dates") << QStringList{QStringLiteral("--db"),   m_db,
                                                       QStringLiteral("--from"), QStringLiteral("2026-11-30"),
                                                       QStringLiteral("--to"),   QStringLiteral("2026-11-01"),
                                                       QStringLiteral("--out"),  out}
                                        << 2;
        QTest::newRow("no period") << QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--out"), out}
                                   << 2;
        QTest::newRow("wrong type") << QStringList{QStringLiteral("--db"),
                                                   m_db,
                                                   QStringLiteral("--shift"),
                                                   QStringLiteral("1"),
                                                   QStringLiteral("--out"),
                                                   m_dir.filePath(QStringLiteral("bad.docx"))}
                                    << 2;
        QTest::newRow("unwritable") << QStringList{QStringLiteral("--db"),
                                                   m_db,
                                                   QStringLiteral("--shift"),
                                                   QStringLiteral("1"),
                                                   QStringLiteral("--out"),
                                                   m_dir.filePath(QStringLiteral("no/such/folder/bad.pdf"))}
                                    << 1;
    }

    void badInputWritesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QByteArray before = fileHash(m_db);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(!result.err.trimmed().isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
        QCOMPARE(fileHash(m_db), before);
    }

    void notADatabase()
    {
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        const Run result = run({QStringLiteral("--db"), notes, QStringLiteral("--shift"), QStringLiteral("1"),
                                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("bad.pdf"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a database\n"));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "test_report_command.moc"
