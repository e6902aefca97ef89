// The 110 drop folder with real files: a whole document is filed and moved to done/, a duplicate too,
// a refused one to rejected/ with its reason; files still being written are left alone.
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/transfer_inbox.h"
#include "storage/sqlite_store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using Outcome = dispatch::TransferResult::Outcome;

namespace {

QByteArray documentBytes(const QString& number)
{
    return QJsonDocument(QJsonObject{{"format", "xiuhua.transfer110/1"},
                                     {"transfer_number", number},
                                     {"received_at", "2026-12-06T09:41:07+08:00"},
                                     {"caller_phone", "13812345678"},
                                     {"address", "福州路100号"},
                                     {"category", "theft"}})
        .toJson();
}

// As the documented convention says: write under another name, then rename into place.
void deliver(const QDir& folder, const QString& name, const QByteArray& bytes)
{
    QFile file(folder.filePath(name + QStringLiteral(".tmp")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QVERIFY(QFile::rename(file.fileName(), folder.filePath(name)));
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTransferInbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    core::Taxonomy m_taxonomy =
        core::Taxonomy::fromFile(QStringLiteral(XIUHUA_RESOURCES_DIR "/taxonomy/incident_categories.json"));
    dispatch::ChangeNotifier m_notifier;
    std::unique_ptr<storage::SqliteStore> m_store;
    std::unique_ptr<dispatch::TransferService> m_service;
    QDir m_folder;

private slots:
    void init()
    {
        static int round = 0;
        ++round;
        m_store = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(round)),
                                             storage::SqliteStore::OpenMode::CreateIfMissing);
        m_service = std::make_unique<dispatch::TransferService>(
            dispatch::DispatchContext{*m_store, m_taxonomy, m_notifier}, dispatch::TransferGeocoder({}, {}));
        const QString folder = m_dir.filePath(QStringLiteral("inbox%1").arg(round));
        QVERIFY(QDir().mkpath(folder));
        m_folder = QDir(folder);
    }

    void filesWholeDocumentsAndMovesThem()
    {
        dispatch::TransferInbox inbox(*m_service, m_folder.path(), QStringLiteral("test"));
        QSignalSpy taken(&inbox, &dispatch::TransferInbox::taken);
        deliver(m_folder, QStringLiteral("a.json"), documentBytes(QStringLiteral("SH110-1")));
        deliver(m_folder, QStringLiteral("b.json"), documentBytes(QStringLiteral("SH110-1"))); // resent
        deliver(m_folder, QStringLiteral("c.json"), QByteArray("{\"format\": \"xiuhua.transfer110/1\"}"));
        // Not yet renamed into place, and a hidden file: both left alone.
        QFile partial(m_folder.filePath(QStringLiteral("d.json.tmp")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("{\"format\": \"xiu");
        partial.close();
        QFile hidden(m_folder.filePath(QStringLiteral(".e.json")));
        QVERIFY(hidden.open(QIODevice::WriteOnly));
        hidden.close();

        QCOMPARE(inbox.scan(), 3);
        QCOMPARE(taken.size(), 3);
        QCOMPARE(m_store->read().rowCounts().at(QStringLiteral("incident")), qint64{1});
        QCOMPARE(m_store->read().rowCounts().at(QStringLiteral("rejected_transfer")), qint64{1});
        QCOMPARE(m_folder.entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral(".e.json"), QStringLiteral("d.json.tmp")}));

        QCOMPARE(contents(m_folder.filePath(QStringLiteral("done/a.json"))), documentBytes("SH110-1"));
        QVERIFY(QFile::exists(m_folder.filePath(QStringLiteral("done/b.json"))));
        QVERIFY(QFile::exists(m_folder.filePath(QStringLiteral("rejected/c.json"))));
        const QString reason =
            QString::fromUtf8(contents(m_folder.filePath(QStringLiteral("rejected/c.reason"))));
        QVERIFY2(reason.contains(QStringLiteral("transfer_number")), qPrintable(reason));
        QCOMPARE(reason.trimmed(), m_store->read().rejectedTransfers(1).front().reason);

        std::map<QString, Outcome> outcomes;
        for (const QList<QVariant>& signal : taken)
            outcomes[signal.at(0).toString()] = signal.at(1).value<dispatch::TransferResult>().outcome;
        QCOMPARE(outcomes[QStringLiteral("a.json")], Outcome::Created);
        QCOMPARE(outcomes[QStringLiteral("b.json")], Outcome::Duplicate);
        QCOMPARE(outcomes[QStringLiteral("c.json")], Outcome::Rejected);
        // The moved documents hold callers' numbers: only the owner may read them.
        QCOMPARE(QFileInfo(m_folder.filePath(QStringLiteral("done"))).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // The sender finishes the partial one; the next look takes it.
        deliver(m_folder, QStringLiteral("d.json"), documentBytes(QStringLiteral("SH110-2")));
        QCOMPARE(inbox.scan(), 1);
        QCOMPARE(m_store->read().rowCounts().at(QStringLiteral("incident")), qint64{2});
    }

    void aNameUsedTwiceKeepsBothFiles()
    {
        dispatch::TransferInbox inbox(*m_service, m_folder.path(), QStringLiteral("test"));
        deliver(m_folder, QStringLiteral("a.json"), documentBytes(QStringLiteral("SH110-3")));
        QCOMPARE(inbox.scan(), 1);
        deliver(m_folder, QStringLiteral("a.json"), documentBytes(QStringLiteral("SH110-4")));
        QCOMPARE(inbox.scan(), 1);
        QCOMPARE(QDir(m_folder.filePath(QStringLiteral("done"))).entryList(QDir::Files).size(), 2);
        QCOMPARE(m_store->read().rowCounts().at(QStringLiteral("incident")), qint64{2});
    }

    // Following the folder: a file renamed into place is taken without anyone calling scan().
    void takesFilesAsTheyArrive()
    {
        dispatch::TransferInbox inbox(*m_service, m_folder.path(), QStringLiteral("test"));
        QSignalSpy taken(&inbox, &dispatch::TransferInbox::taken);
        inbox.start(60000); // the watcher, not the timer
        QCoreApplication::processEvents();
        deliver(m_folder, QStringLiteral("live.json"), documentBytes(QStringLiteral("SH110-5")));
        QVERIFY(taken.wait());
        QCOMPARE(taken.front().at(0).toString(), QStringLiteral("live.json"));
    }
};

QTEST_GUILESS_MAIN(TestTransferInbox)
#include "test_transfer_inbox.moc"
