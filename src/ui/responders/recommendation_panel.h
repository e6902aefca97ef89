#pragma once

#include "core/entities.h"
#include "ui/console/console_session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace xiuhua::ui {

class RecommendationModel;
class ResponderTableModel;

// "Who should go": for the selected open incident, the available responders ranked by travel time
// over the road network, with why. Keys 1–9 assign the n-th suggestion, Enter the selected one.
class RecommendationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecommendationPanel(ConsoleSession& session, QWidget* parent = nullptr);

    void showIncident(std::optional<core::Id> incidentId);
    void refresh();
    bool assign(int row);
    // For roles that may not dispatch: the list stays, the button and the keys go.
    void setAssignAllowed(bool allowed);
    // Ranks among the board's responders (kept current by the console's live updates) instead of
    // reading every responder from the database for each incident: 20,000 of them took 57 ms a look.
    void setBoard(const ResponderTableModel* board) { m_board = board; }
    RecommendationModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void message(const QString& text);
    void assigned(core::Id incidentId, core::Id responderId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handleKey(const QKeyEvent& event);

    ConsoleSession& m_session;
    const ResponderTableModel* m_board = nullptr;
    RecommendationModel* m_model;
    QTableView* m_view;
    QLabel* m_header;
    QPushButton* m_assignButton;
    bool m_assignAllowed = true;
    std::optional<core::Id> m_incidentId;
};

} // namespace xiuhua::ui
