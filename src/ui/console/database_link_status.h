#pragma once

#include <QDateTime>
#include <QObject>

#include <optional>

class QLabel;
class QMainWindow;
class QToolBar;

namespace xiuhua::storage {
class Store;
class StoreLink;
} // namespace xiuhua::storage

namespace xiuhua::dispatch {
class ChangeNotifier;
class ClockCheck;
} // namespace xiuhua::dispatch

namespace xiuhua::ui {

// What the operator sees of the console's line to the database server. Lost: at once a red bar across
// the window, "not connected to the database since HH:MM:SS" (actions are refused by the store
// meanwhile, and forms keep what was typed). Back: the bar goes, every view reloads (notifications
// sent during the gap are gone) and the status line says so. A clock off the server's by more than
// the limit stays marked in the status bar.
class DatabaseLinkStatus : public QObject
{
    Q_OBJECT

public:
    DatabaseLinkStatus(QMainWindow& window, storage::StoreLink& link, dispatch::ChangeNotifier& notifier);
    // Also compares the PC's clock with the store's server at start and every few minutes.
    void checkClockOf(storage::Store& store);

    bool bannerShown() const;
    QString bannerText() const;

    // The PC's clock minus the server's, above the limit or within it again.
    void showClockDrift(bool aboveLimit, qint64 driftMs);

private:
    void onLost(const QDateTime& since);
    void onRestored();

    QMainWindow& m_window;
    dispatch::ChangeNotifier& m_notifier;
    QToolBar* m_bar;
    QLabel* m_text;
    QLabel* m_clock;
    dispatch::ClockCheck* m_clockCheck = nullptr;
    QDateTime m_lostSince;
};

} // namespace xiuhua::ui
