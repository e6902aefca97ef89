#include "ui/incidents/dispatch_desk.h"

#include "dispatch/dispatch_error.h"
#include "geo/community_locator.h"
#include "storage/storage_error.h"
#include "ui/console/permission_gate.h"
#include "ui/incidents/correction_dialog.h"
#include "ui/incidents/incident_intake_dialog.h"
#include "ui/responders/recommendation_panel.h"

#include <QAction>
#include <QMessageBox>
#include <QTableView>

namespace xiuhua::ui {

DispatchDesk::DispatchDesk(ConsoleSession& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window),
      m_recommendations(new RecommendationPanel(session, window)),
      m_intake(new IncidentIntakeDialog(session, window)),
      m_newIncident(new QAction(tr("&New incident…"), window)),
      m_correct(new QAction(tr("C&orrect incident…"), window))
{
    m_correct->setObjectName(QStringLiteral("correctIncident"));
    m_correct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_correct->setEnabled(false);
    connect(m_correct, &QAction::triggered, this, &DispatchDesk::correctCurrentIncident);
    m_recommendations->setObjectName(QStringLiteral("recommendationPanel"));
    m_newIncident->setObjectName(QStringLiteral("newIncident"));
    m_newIncident->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Insert)});
    m_newIncident->setShortcutContext(Qt::ApplicationShortcut);
    m_newIncident->setToolTip(tr("Take a new call (F2)"));
    connect(m_newIncident, &QAction::triggered, this, [this] { openIntake(); });
    connect(m_intake, &IncidentIntakeDialog::message, this, &DispatchDesk::message);
    connect(m_intake, &IncidentIntakeDialog::mapPickRequested, this, &DispatchDesk::mapPickRequested);
    connect(m_intake, &IncidentIntakeDialog::incidentCreated, this, [this](core::Id id) {
        emit incidentCreated(id);
        showIncident(id);
        // Straight on to "who goes": 1 assigns the first suggestion.
        m_recommendations->view()->setFocus();
    });
    connect(m_recommendations, &RecommendationPanel::message, this, &DispatchDesk::message);
}

void DispatchDesk::openIntake(std::optional<QPointF> lonLat)
{
    if (!operatorMay(m_session, core::Permission::CreateIncident)) {
        emit message(tr("Your role may not take new incidents."));
        return;
    }
    m_intake->show();
    m_intake->raise();
    m_intake->activateWindow();
    m_intake->startNew(lonLat); // after show, so the first field really gets the focus
}

void DispatchDesk::showIncident(core::Id incidentId)
{
    m_current = incidentId;
    m_correct->setEnabled(true);
    m_recommendations->showIncident(incidentId);
}

void DispatchDesk::correctCurrentIncident()
{
    const auto incident = m_current ? m_session.store.read().incident(*m_current) : std::nullopt;
    if (!incident)
        return;
    CorrectionDialog dialog(m_session, *incident, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        auto locator = m_session.locator;
        dispatch::IncidentService service({m_session.store, m_session.taxonomy, m_session.notifier},
                                          [locator](const core::GeoPoint& point) -> std::optional<core::Id> {
                                              return locator ? locator->communityAt(point.lon, point.lat)
                                                             : std::nullopt;
                                          });
        service.correct(m_session.operatorActor, incident->id, dialog.correction());
        emit message(tr("Incident %1 corrected.").arg(incident->number));
    } catch (const dispatch::DispatchError& error) {
        QMessageBox::warning(m_window, tr("Not corrected"), error.message());
    } catch (const storage::StorageError& error) {
        QMessageBox::warning(m_window, tr("Not corrected"), QString::fromStdString(error.what()));
    }
}

void DispatchDesk::onLocationPicked(QPointF lonLat)
{
    if (m_intake->isVisible())
        m_intake->setLocation(lonLat);
    else
        openIntake(lonLat);
}

void DispatchDesk::refresh()
{
    m_recommendations->refresh();
}

} // namespace xiuhua::ui
