#include "ui/console/database_link_status.h"

#include "dispatch/change_notifier.h"
#include "dispatch/clock_check.h"
#include "storage/store_link.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolBar>

#include <cmath>

namespace xiuhua::ui {

namespace {
QString clockText(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}
} // namespace

DatabaseLinkStatus::DatabaseLinkStatus(QMainWindow& window, storage::StoreLink& link,
                                       dispatch::ChangeNotifier& notifier)
    : QObject(&window), m_window(window), m_notifier(notifier), m_bar(new QToolBar(&window)),
      m_text(new QLabel(m_bar)), m_clock(new QLabel(&window))
{
    // A tool bar row of its own spans the whole window, above the docks and the map.
    m_bar->setObjectName(QStringLiteral("connectionBanner"));
    m_bar->setWindowTitle(tr("Database connection"));
    m_bar->setMovable(false);
    m_bar->setFloatable(false);
    m_bar->toggleViewAction()->setVisible(false);
    m_bar->setStyleSheet(QStringLiteral("QToolBar { background: #c62828; border: none; padding: 0; }"));
    m_text->setObjectName(QStringLiteral("connectionBannerText"));
    m_text->setStyleSheet(
        QStringLiteral("QLabel { color: white; font-weight: bold; font-size: 13pt; padding: 6px 12px; }"));
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bar->addWidget(m_text);
    window.addToolBarBreak(Qt::TopToolBarArea);
    window.addToolBar(Qt::TopToolBarArea, m_bar);
    m_bar->hide();

    m_clock->setObjectName(QStringLiteral("clockDriftLabel"));
    m_clock->setStyleSheet(QStringLiteral("QLabel { background: #f9a825; color: black; padding: 1px 8px; "
                                          "font-weight: bold; border-radius: 3px; }"));
    window.statusBar()->addPermanentWidget(m_clock);
    m_clock->hide();

    connect(&link, &storage::StoreLink::lost, this, &DatabaseLinkStatus::onLost);
    connect(&link, &storage::StoreLink::restored, this, &DatabaseLinkStatus::onRestored);
    if (!link.isConnected())
        onLost(link.lostSince());
}

void DatabaseLinkStatus::checkClockOf(storage::Store& store)
{
    m_clockCheck = new dispatch::ClockCheck(
        store, [] { return QDateTime::currentDateTimeUtc(); }, this);
    connect(m_clockCheck, &dispatch::ClockCheck::driftChanged, this, &DatabaseLinkStatus::showClockDrift);
    m_clockCheck->start();
}

bool DatabaseLinkStatus::bannerShown() const
{
    return !m_bar->isHidden();
}

QString DatabaseLinkStatus::bannerText() const
{
    return m_text->text();
}

void DatabaseLinkStatus::onLost(const QDateTime& since)
{
    m_lostSince = since;
    m_text->setText(tr("Not connected to the database since %1 — nothing can be saved; what you type "
                       "stays in the form. Connecting again…")
                        .arg(clockText(since)));
    m_bar->show();
    m_window.statusBar()->showMessage(tr("Lost the connection to the database at %1.").arg(clockText(since)));
}

void DatabaseLinkStatus::onRestored()
{
    m_bar->hide();
    // Whatever other seats did meanwhile: every view reads everything again.
    emit m_notifier.incidentsChanged({});
    emit m_notifier.respondersChanged({});
    emit m_notifier.shiftsChanged();
    emit m_notifier.jurisdictionChanged();
    m_window.statusBar()->showMessage(
        tr("Connected to the database again at %1 (lost since %2); "
           "everything was reloaded.")
            .arg(clockText(QDateTime::currentDateTimeUtc()), clockText(m_lostSince)),
        30000);
}

void DatabaseLinkStatus::showClockDrift(bool aboveLimit, qint64 driftMs)
{
    if (!aboveLimit) {
        m_clock->hide();
        return;
    }
    const QString seconds = QLocale().toString(std::abs(static_cast<double>(driftMs)) / 1000.0, 'f', 1);
    m_clock->setText(driftMs > 0 ? tr("This PC's clock is %1 s ahead of the database server").arg(seconds)
                                 : tr("This PC's clock is %1 s behind the database server").arg(seconds));
    m_clock->setToolTip(tr("Times are taken from the database server. Have this PC's clock set "
                           "(NTP) so the times the console shows agree with it."));
    m_clock->show();
    m_window.statusBar()->showMessage(m_clock->text(), 30000);
}

} // namespace xiuhua::ui
