#include "ui/responders/recommendation_panel.h"

#include "core/status_rules.h"
#include "dispatch/assignment_service.h"
#include "dispatch/dispatch_error.h"
#include "storage/storage_error.h"
#include "ui/responders/recommendation_model.h"
#include "ui/responders/responder_table_model.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

RecommendationPanel::RecommendationPanel(ConsoleSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new RecommendationModel(this)),
      m_view(new QTableView(this)), m_header(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("recommendationView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->installEventFilter(this);
    m_assignButton = new QPushButton(tr("Assign selected (Enter)"), this);
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    m_header->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_assignButton);
    connect(m_assignButton, &QPushButton::clicked, this, [this] { assign(m_view->currentIndex().row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (m_assignAllowed)
            assign(index.row());
    });
    showIncident(std::nullopt);
}

void RecommendationPanel::showIncident(std::optional<Id> incidentId)
{
    m_incidentId = incidentId;
    refresh();
}

void RecommendationPanel::refresh()
{
    const auto incident = m_incidentId ? m_session.store.read().incident(*m_incidentId) : std::nullopt;
    if (!incident || !isOpen(incident->status)) {
        m_model->setRecommendations({});
        m_header->setText(tr("Select an open incident to see who is nearest and available."));
        return;
    }
    dispatch::Recommender recommender(m_session.store.read(), m_session.taxonomy, m_session.planner);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_model->setRecommendations(m_board
                                    ? recommender.recommendAmong(*incident, now, m_board->responders(), 12)
                                    : recommender.recommend(*incident, now, 12));
    QString header =
        tr("%1 · %2 — press 1–9 to assign")
            .arg(incident->number, m_session.taxonomy.displayName(incident->category, m_session.language));
    if (!m_session.planner)
        header += QStringLiteral("\n") + tr("No road network: times are straight-line estimates.");
    m_header->setText(header);
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

bool RecommendationPanel::assign(int row)
{
    if (!m_incidentId || row < 0 || row >= m_model->rowCount())
        return false;
    const Responder responder = m_model->recommendations()[static_cast<std::size_t>(row)].responder;
    try {
        dispatch::AssignmentService({m_session.store, m_session.taxonomy, m_session.notifier})
            .assign(m_session.operatorActor, *m_incidentId, responder.id);
        emit message(tr("%1 dispatched.").arg(responder.name));
        emit assigned(*m_incidentId, responder.id);
        refresh();
        return true;
    } catch (const dispatch::DispatchError& error) {
        emit message(error.message());
    } catch (const storage::StorageError& error) {
        emit message(tr("Not saved: %1").arg(QString::fromStdString(error.what())));
    }
    refresh();
    return false;
}

void RecommendationPanel::setAssignAllowed(bool allowed)
{
    m_assignAllowed = allowed;
    m_assignButton->setVisible(allowed);
}

bool RecommendationPanel::handleKey(const QKeyEvent& event)
{
    if (!m_assignAllowed)
        return false;
    if (event.key() >= Qt::Key_1 && event.key() <= Qt::Key_9 &&
        (event.modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        assign(event.key() - Qt::Key_1);
        return true;
    }
    if (event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter) {
        assign(m_view->currentIndex().row());
        return true;
    }
    return false;
}

void RecommendationPanel::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(*event))
        QWidget::keyPressEvent(event);
}

bool RecommendationPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The table would use digits for keyboard search and Enter for editing; here they assign.
    if (watched == m_view && event->type() == QEvent::KeyPress && handleKey(*static_cast<QKeyEvent*>(event)))
        return true;
    return QWidget::eventFilter(watched, event);
}

} // namespace xiuhua::ui
