#include "core/status_rules.h"
#include "test_support.h"
#include "ui/console/main_window.h"
#include "ui/console_fixture.h"
#include "ui/incidents/dispatch_desk.h"
#include "ui/incidents/incident_intake_dialog.h"
#include "ui/responders/recommendation_model.h"
#include "ui/responders/recommendation_panel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::core;

// A typical call driven with keystrokes only: F2, the address by pinyin initials, the best match,
// the category, save, and 1 to send the first suggestion. Counts the keystrokes (docs/KEYBOARD.md).
class TestKeyboardDispatch : public QObject
{
    Q_OBJECT

private:
    testing::ConsoleFixture m_console;
    std::unique_ptr<testing::DemoFixture>& m_demo = m_console.demo;
    std::unique_ptr<ui::MainWindow>& m_window = m_console.window;
    int m_keystrokes = 0;

    void key(QWidget* target, Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target, k, modifiers);
        ++m_keystrokes;
    }

    void type(QWidget* target, const QString& text)
    {
        QTest::keyClicks(target, text);
        m_keystrokes += static_cast<int>(text.size());
    }

    QWidget* focused() const { return QApplication::focusWidget(); }

private slots:
    void initTestCase() { QVERIFY(m_console.open()); }

    void aWholeCallFromTheKeyboard()
    {
        auto* desk = m_window->findChild<ui::DispatchDesk*>();
        QVERIFY(desk);
        auto* intake = desk->intake();
        QAbstractItemModelTester recommendations(desk->recommendations()->model(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);

        key(m_window.get(), Qt::Key_F2);
        // The offscreen platform has no window manager to activate the new form; a desktop's does.
        QApplication::setActiveWindow(intake);
        QVERIFY(QTest::qWaitForWindowActive(intake));
        intake->startNew();
        QVERIFY(intake->isVisible());

        // Tab from source past the caller's name (QTest cannot type through an input method) to the
        // phone, then the address.
        key(focused(), Qt::Key_Tab);
        key(focused(), Qt::Key_Tab);
        type(focused(), QStringLiteral("13812345678"));
        key(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), intake->addressEdit());
        type(focused(), QStringLiteral("xzzl fzl"));
        QVERIFY(intake->placeList()->model()->rowCount() > 0);
        QVERIFY(
            intake->placeList()->model()->index(0, 0).data().toString().contains(QStringLiteral("福州路")));
        key(focused(), Qt::Key_Return); // best match; focus moves on
        QVERIFY(intake->draft().location);
        QCOMPARE(intake->draft().addressText, QStringLiteral("xzzl fzl")); // kept as typed
        QVERIFY(intake->draft().matchedAddress.contains(QStringLiteral("西藏中路")));

        // Category: a burglary. Type-ahead in the combo box picks it by its Chinese name.
        QCOMPARE(focused(), intake->categoryBox());
        const int burglary = intake->categoryBox()->findData(QStringLiteral("burglary"));
        QVERIFY(burglary > 0);
        for (int i = intake->categoryBox()->currentIndex(); i < burglary; ++i)
            key(intake->categoryBox(), Qt::Key_Down);
        QCOMPARE(intake->categoryBox()->currentData().toString(), QStringLiteral("burglary"));
        QCOMPARE(intake->draft().priority, std::optional<Priority>(Priority::P2));

        key(focused(), Qt::Key_Return, Qt::ControlModifier); // save
        QVERIFY(!intake->isVisible());

        storage::IncidentQuery open;
        open.openOnly = true;
        const auto incidents = m_demo->store->read().incidents(open);
        const auto created = std::find_if(incidents.begin(), incidents.end(), [](const Incident& i) {
            return i.addressText == QStringLiteral("xzzl fzl");
        });
        QVERIFY(created != incidents.end());
        QCOMPARE(created->status, IncidentStatus::New);

        auto* panel = desk->recommendations();
        QVERIFY(panel->model()->rowCount() > 0);
        const Id first = panel->model()->recommendations().front().responder.id;
        key(panel->view(), Qt::Key_1); // send the first suggestion
        QCOMPARE(m_demo->store->read().incident(created->id)->status, IncidentStatus::Dispatched);
        QCOMPARE(m_demo->store->read().responder(first)->status, ResponderStatus::Busy);
        qInfo("keystrokes for a whole call: %d", m_keystrokes);
        QVERIFY(m_keystrokes < 60);
    }

    void intakeRefusesAnIncompleteCall()
    {
        auto* intake = m_window->findChild<ui::DispatchDesk*>()->intake();
        intake->startNew();
        intake->show();
        const qint64 before = m_demo->store->read().rowCounts().at(QStringLiteral("incident"));
        QVERIFY(!intake->save());
        QCOMPARE(m_demo->store->read().rowCounts().at(QStringLiteral("incident")), before);
        intake->phoneEdit()->setText(QStringLiteral("12"));
        QVERIFY(!intake->save());
        intake->reject();
    }

    void duplicateCallIsOfferedAndLinked()
    {
        storage::IncidentQuery open;
        open.openOnly = true;
        const Incident existing = m_demo->store->read().incidents(open).front();
        QVERIFY(existing.location);
        auto* intake = m_window->findChild<ui::DispatchDesk*>()->intake();
        intake->startNew(QPointF(existing.location->lon, existing.location->lat));
        intake->categoryBox()->setCurrentIndex(intake->categoryBox()->findData(existing.category));
        QCOMPARE(intake->possibleDuplicate(), std::optional<Id>(existing.id));
        QVERIFY(intake->adviceText().contains(existing.number));
        const qint64 incidents = m_demo->store->read().rowCounts().at(QStringLiteral("incident"));
        QVERIFY(intake->linkToDuplicate());
        QCOMPARE(m_demo->store->read().rowCounts().at(QStringLiteral("incident")), incidents);
    }
};

QTEST_MAIN(TestKeyboardDispatch)
#include "test_keyboard_dispatch.moc"
