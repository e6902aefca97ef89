#include "ui/incidents/transfer_alert.h"

#include "core/status_rules.h"
#include "ui/incidents/dispatch_desk.h"
#include "ui/incidents/incident_queue_panel.h"
#include "ui/incidents/incident_table_model.h"
#include "ui/responders/recommendation_panel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTableView>
#include <QTimer>

namespace xiuhua::ui {

namespace {

// Half a flash: lit, then plain; slow enough not to be an alarm light, fast enough to catch the eye.
constexpr int kFlashIntervalMs = 500;

} // namespace

TransferAlert::TransferAlert(IncidentTableModel& model, IncidentQueuePanel& queue, DispatchDesk& desk,
                             QObject* parent)
    : QObject(parent), m_model(model), m_queue(queue), m_desk(desk), m_sound([] { QApplication::beep(); }),
      m_flashTimer(new QTimer(this))
{
    m_flashTimer->setInterval(kFlashIntervalMs);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        m_model.flashTick();
        if (!m_model.hasFlashing())
            m_flashTimer->stop();
    });
    connect(&m_model, &IncidentTableModel::transferArrived, this, &TransferAlert::onArrived);
    m_queueView = m_queue.view();
    m_queue.view()->installEventFilter(this);
}

void TransferAlert::setFlashInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_flashTimer->stop();
        m_flashTimer->setInterval(0);
        return;
    }
    m_flashTimer->setInterval(milliseconds);
}

void TransferAlert::onArrived(qint64 id)
{
    const core::Incident* incident = m_model.incidentAt(m_model.indexOfIncident(id));
    if (!incident)
        return;
    if (m_sound)
        m_sound();
    if (m_flashTimer->interval() > 0 && !m_flashTimer->isActive())
        m_flashTimer->start();
    // Select it unless the dispatcher is busy with another incident nobody has been sent to yet.
    const auto current = m_queue.currentIncident();
    const core::Incident* selected =
        current ? m_model.incidentAt(m_model.indexOfIncident(*current)) : nullptr;
    if (!selected || selected->status != core::IncidentStatus::New)
        m_queue.selectIncident(id);
    emit message(tr("110 transfer: %1, %2").arg(incident->number, incident->addressText));
}

bool TransferAlert::takeUpSelected()
{
    const auto id = m_queue.currentIncident();
    const core::Incident* incident = id ? m_model.incidentAt(m_model.indexOfIncident(*id)) : nullptr;
    if (!incident || !core::isOpen(incident->status))
        return false;
    m_model.stopFlashing(*id);
    m_desk.showIncident(*id);
    QWidget* whoGoes = m_desk.recommendations()->view();
    if (incident->locationUnconfirmed || !incident->location) {
        m_desk.correctCurrentIncident(); // check it first: "who goes" needs the place
        whoGoes->activateWindow();       // back from the form
    }
    whoGoes->setFocus(Qt::OtherFocusReason);
    return true;
}

bool TransferAlert::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_queueView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && takeUpSelected())
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace xiuhua::ui
