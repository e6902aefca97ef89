#include "app/app_options.h"

#include <QTest>

using namespace xiuhua::app;

class TestAppOptions : public QObject
{
    Q_OBJECT

    static ParseResult parse(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("xiuhua"));
        return parseCommandLine(arguments);
    }

private slots:
    void defaultsToTheConsole()
    {
        const ParseResult result = parse({});
        QVERIFY(result.options);
        QCOMPARE(result.options->command, AppOptions::Command::Console);
        QVERIFY(result.options->databasePath.isEmpty());
        QCOMPARE(result.options->logLevel, QStringLiteral("info"));
    }

    void readsOptions()
    {
        const ParseResult result =
            parse({QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--lang"),
                   QStringLiteral("en"), QStringLiteral("--log-level"), QStringLiteral("debug"),
                   QStringLiteral("--operator"), QStringLiteral("031524")});
        QVERIFY(result.options);
        QCOMPARE(result.options->databasePath, QStringLiteral("/tmp/x.sqlite"));
        QCOMPARE(result.options->language, QStringLiteral("en"));
        QCOMPARE(result.options->logLevel, QStringLiteral("debug"));
        QCOMPARE(result.options->operatorBadge, QStringLiteral("031524"));
    }

    void checkDbCommand()
    {
        const ParseResult result = parse({QStringLiteral("check-db"), QStringLiteral("a.sqlite")});
        QVERIFY(result.options);
        QCOMPARE(result.options->command, AppOptions::Command::CheckDb);
        QCOMPARE(result.options->checkDbPath, QStringLiteral("a.sqlite"));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("launch")};
        QTest::newRow("check-db without file") << QStringList{QStringLiteral("check-db")};
        QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")};
        QTest::newRow("bad log level") << QStringList{QStringLiteral("--log-level"), QStringLiteral("loud")};
    }

    void rejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        const ParseResult result = parse(arguments);
        QVERIFY(!result.options);
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestAppOptions)
#include "test_app_options.moc"
