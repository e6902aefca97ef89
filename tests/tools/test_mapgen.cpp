#include <QtTest>
class TestMapgen : public QObject
{
    Q_OBJECT
};
QTEST_APPLESS_MAIN(TestMapgen)
#include "test_mapgen.moc"
