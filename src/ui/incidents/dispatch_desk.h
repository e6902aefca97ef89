#pragma once

#include "core/entities.h"
#include "ui/console/console_session.h"

#include <QObject>
#include <QPointF>

class QAction;
class QWidget;

namespace xiuhua::ui {

class IncidentIntakeDialog;
class RecommendationPanel;

// The dispatcher's own loop — take a call, place it, send someone — kept out of the main window:
// owns the intake form and the recommendation panel and the action that opens the form.
class DispatchDesk : public QObject
{
    Q_OBJECT

public:
    DispatchDesk(ConsoleSession& session, QWidget* window);

    RecommendationPanel* recommendations() const { return m_recommendations; }
    IncidentIntakeDialog* intake() const { return m_intake; }
    QAction* newIncidentAction() const { return m_newIncident; }
    QAction* correctAction() const { return m_correct; }

public slots:
    void openIntake(std::optional<QPointF> lonLat = std::nullopt);
    void showIncident(core::Id incidentId);
    void onLocationPicked(QPointF lonLat);
    void refresh();
    void correctCurrentIncident();

signals:
    void message(const QString& text);
    void incidentCreated(core::Id incidentId);
    void mapPickRequested();

private:
    ConsoleSession& m_session;
    QWidget* m_window;
    RecommendationPanel* m_recommendations;
    IncidentIntakeDialog* m_intake;
    QAction* m_newIncident;
    QAction* m_correct;
    std::optional<core::Id> m_current;
};

} // namespace xiuhua::ui
