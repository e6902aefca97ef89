#include "core/personal_data.h"

#include <QTest>

using namespace xiuhua::core;

class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void masksPhones_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("masked");
        QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
        QTest::newRow("landline") << QStringLiteral("021-63201234") << QStringLiteral("021*****1234");
        QTest::newRow("short") << QStringLiteral("110") << QStringLiteral("***");
        QTest::newRow("seven") << QStringLiteral("6320123") << QStringLiteral("*****23");
        QTest::newRow("spaces trimmed") << QStringLiteral(" 13812345678 ") << QStringLiteral("138****5678");
        QTest::newRow("empty") << QString() << QString();
    }

    void masksPhones()
    {
        QFETCH(QString, phone);
        QFETCH(QString, masked);
        QCOMPARE(maskPhone(phone), masked);
        if (phone.trimmed().size() >= 8)
            QVERIFY(!maskPhone(phone).contains(phone.trimmed().mid(3, 4)));
    }

    void masksNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("title") << QStringLiteral("王女士") << QStringLiteral("王**");
        QTest::newRow("two") << QStringLiteral("李明") << QStringLiteral("李*");
        QTest::newRow("compound") << QStringLiteral("欧阳建华") << QStringLiteral("欧***");
        QTest::newRow("one") << QStringLiteral("张") << QStringLiteral("张");
        QTest::newRow("latin") << QStringLiteral("Anna Lee") << QStringLiteral("A*** ***");
        // U+20BB7 (𠮷) is two UTF-16 units but one character.
        QTest::newRow("outside BMP") << QStringLiteral("𠮷野家") << QStringLiteral("𠮷**");
        QTest::newRow("empty") << QString() << QString();
    }

    void masksNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(maskName(name), masked);
    }

    void masksCallersInsideStoredJson()
    {
        const QString json = QStringLiteral(
            R"({"caller_name":"王女士","caller_phone":"13812345678","address_text":"福州路 1 号",)"
            R"("calls":[{"caller_phone":"13900001111"}]})");
        const QString masked = maskPersonalDataInJson(json);
        QVERIFY2(!masked.contains(QStringLiteral("13812345678")), qPrintable(masked));
        QVERIFY(!masked.contains(QStringLiteral("13900001111")));
        QVERIFY(!masked.contains(QStringLiteral("王女士")));
        QVERIFY(masked.contains(QStringLiteral("138****5678")));
        QVERIFY(masked.contains(QStringLiteral("139****1111")));
        QVERIFY(masked.contains(QStringLiteral("福州路 1 号")));
        QCOMPARE(maskPersonalDataInJson(QString()), QString());
        QCOMPARE(maskPersonalDataInJson(QStringLiteral("not json")), QStringLiteral("not json"));
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "test_personal_data.moc"
