// A call the 110 centre transfers, written by another process (the station service) into the
// console's database: it appears in the queue through the live updates, with a sound, a flashing
// row and the "110" mark, selected; Enter then 1 dispatches it (docs/KEYBOARD.md).
#include "dispatch/transfer_service.h"
#include "geo/community_locator.h"
#include "test_support.h"
#include "ui/console/main_window.h"
#include "ui/console_fixture.h"
#include "ui/incidents/correction_dialog.h"
#include "ui/incidents/dispatch_desk.h"
#include "ui/incidents/incident_queue_panel.h"
#include "ui/incidents/incident_table_model.h"
#include "ui/incidents/transfer_alert.h"
#include "ui/responders/recommendation_model.h"
#include "ui/responders/recommendation_panel.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace xiuhua;
using namespace xiuhua::core;

namespace {

QByteArray transferDocument(const QString& number, const QString& address)
{
    return QJsonDocument(QJsonObject{{"format", "xiuhua.transfer110/1"},
                                     {"transfer_number", number},
                                     {"received_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                     {"caller_phone", "13812345678"},
                                     {"caller_name", "王女士"},
                                     {"address", address},
                                     {"category", "burglary"},
                                     {"notes", "报警人称楼下商铺卷帘门被撬"},
                                     {"call_taker", "J0417"}})
        .toJson();
}

} // namespace

class TestTransferAlert : public QObject
{
    Q_OBJECT

private:
    testing::ConsoleFixture m_console;
    int m_sounds = 0;

    ui::IncidentQueuePanel* queue() const { return m_console.window->findChild<ui::IncidentQueuePanel*>(); }
    ui::IncidentTableModel* model() const { return m_console.window->findChild<ui::IncidentTableModel*>(); }
    ui::DispatchDesk* desk() const { return m_console.window->findChild<ui::DispatchDesk*>(); }

    // The station service: its own connection to the console's database, its own notifier; the
    // console hears of the transfer only through its live updates.
    dispatch::TransferResult sendFromTheService(const QString& number, const QString& address)
    {
        auto store = storage::SqliteStore::open(m_console.demo->store->location(),
                                                storage::SqliteStore::OpenMode::OpenExisting);
        dispatch::ChangeNotifier notifier;
        auto locator = m_console.session->locator;
        dispatch::TransferService service(
            {*store, m_console.demo->taxonomy, notifier},
            dispatch::TransferGeocoder(m_console.session->gazetteer, [locator](const GeoPoint& p) {
                return locator->communityAt(p.lon, p.lat);
            }));
        return service.receive(dispatch::TransferService::centreActor(QStringLiteral("city110"), "server"),
                               transferDocument(number, address), QStringLiteral("city110"));
    }

    // Waits for the console's live updates to bring the transfer into the queue.
    Id arrive(const QString& number, const QString& address)
    {
        QSignalSpy arrived(model(), &ui::IncidentTableModel::transferArrived);
        const dispatch::TransferResult result = sendFromTheService(number, address);
        if (result.outcome != dispatch::TransferResult::Outcome::Created)
            qFatal("transfer not filed: %s", qPrintable(result.reason));
        if (!arrived.wait(10000) || arrived.front().at(0).value<Id>() != result.incidentId)
            qFatal("the transfer did not arrive in the queue");
        return result.incidentId;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_console.open());
        auto* alert = m_console.window->findChild<ui::TransferAlert*>();
        QVERIFY(alert);
        alert->setSound([this] { ++m_sounds; });
        alert->setFlashInterval(0); // the test switches the flash itself
    }

    void aTransferArrivesFlashingAndIsDispatchedInTwoKeystrokes()
    {
        queue()->view()->selectionModel()->clearCurrentIndex();
        const Id id = arrive(QStringLiteral("SH110-UI-1"), QStringLiteral("黄浦区西藏中路与福州路交叉口"));
        QCOMPARE(m_sounds, 1);
        QCOMPARE(queue()->currentIncident(), std::optional<Id>(id));
        const QModelIndex number = model()->indexOfIncident(id, ui::IncidentTableModel::Number);
        QVERIFY(!number.data(Qt::DecorationRole).value<QPixmap>().isNull()); // the 110 mark
        QVERIFY(number.data(Qt::ToolTipRole).toString().contains(QStringLiteral("SH110-UI-1")));
        QVERIFY(number.data(ui::IncidentTableModel::FlashRole).toBool());
        QCOMPARE(number.data(Qt::BackgroundRole).value<QBrush>().color(),
                 ui::IncidentTableModel::flashColour());
        model()->flashTick();
        QVERIFY(!number.data(ui::IncidentTableModel::FlashRole).toBool());
        model()->flashTick();
        QVERIFY(number.data(ui::IncidentTableModel::FlashRole).toBool());
        if (const QString shot = qEnvironmentVariable("XIUHUA_TRANSFER_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(m_console.window->grab().save(shot));

        // The dispatcher's two keystrokes: Enter takes the transfer up, 1 sends the first suggestion.
        QApplication::setActiveWindow(m_console.window.get());
        queue()->view()->setFocus();
        QCOMPARE(QApplication::focusWidget(), queue()->view());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto* panel = desk()->recommendations();
        QCOMPARE(QApplication::focusWidget(), panel->view());
        QVERIFY(!model()->isFlashing(id));
        QVERIFY(panel->model()->rowCount() > 0);
        const Id first = panel->model()->recommendations().front().responder.id;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QCOMPARE(m_console.demo->store->read().incident(id)->status, IncidentStatus::Dispatched);
        const auto assignments = m_console.demo->store->read().assignmentsForIncident(id);
        QCOMPARE(assignments.size(), 1u);
        QCOMPARE(assignments.front().responderId, first);
    }

    // Not stolen from a dispatcher who is on another new incident: it flashes and waits.
    void aTransferDoesNotTakeTheSelectionFromANewIncident()
    {
        const Id first = arrive(QStringLiteral("SH110-UI-2"), QStringLiteral("福州路警务室"));
        queue()->selectIncident(first);
        const Id second = arrive(QStringLiteral("SH110-UI-3"), QStringLiteral("福州路警务室"));
        QCOMPARE(queue()->currentIncident(), std::optional<Id>(first));
        QVERIFY(model()->isFlashing(second));
        QCOMPARE(m_sounds, 3);
    }

    // An address placed only roughly shows so in the queue; Enter opens the check with the
    // location's choices, and confirming it clears the mark.
    void anUnconfirmedLocationIsCheckedFirst()
    {
        const Id id = arrive(QStringLiteral("SH110-UI-4"), QStringLiteral("上海市黄浦区福州路100号"));
        const QModelIndex address = model()->indexOfIncident(id, ui::IncidentTableModel::Address);
        QVERIFY(address.data().toString().contains(QStringLiteral("福州路100号")));
        QVERIFY(address.data().toString() != QStringLiteral("上海市黄浦区福州路100号")); // marked
        queue()->selectIncident(id);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ui::CorrectionDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            checked =
                dialog->placeBox()->currentText().contains(QStringLiteral("confirm"), Qt::CaseInsensitive) ||
                dialog->placeBox()->currentIndex() == 1;
            QTest::keyClick(dialog, Qt::Key_Return); // OK: the reason is filled in
        });
        queue()->view()->setFocus();
        QTest::keyClick(queue()->view(), Qt::Key_Return);
        QVERIFY(checked);
        QVERIFY(!m_console.demo->store->read().incident(id)->locationUnconfirmed);
        // A desktop's window manager gives the console back its activation when the form closes.
        QApplication::setActiveWindow(m_console.window.get());
        QTRY_VERIFY(model()->indexOfIncident(id, ui::IncidentTableModel::Address).data().toString() ==
                    m_console.demo->store->read().incident(id)->addressText);
        QCOMPARE(QApplication::focusWidget(), desk()->recommendations()->view());
    }
};

QTEST_MAIN(TestTransferAlert)
#include "test_transfer_alert.moc"
