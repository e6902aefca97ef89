#include "ui/shifts/handover_dialog.h"

#include "dispatch/dispatch_error.h"
#include "ui/common/display_text.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

HandoverDialog::HandoverDialog(ConsoleSession& session, Shift shift, Mode mode, QWidget* parent)
    : QDialog(parent), m_session(session), m_shift(std::move(shift)), m_mode(mode)
{
    dispatch::ShiftService service({m_session.store, m_session.taxonomy, m_session.notifier});
    const bool closing = mode == Mode::Close;
    setWindowTitle(closing ? tr("Close shift %1 and hand over").arg(m_shift.name)
                           : tr("Acknowledge the hand-over of %1").arg(m_shift.name));
    auto* intro = new QLabel(closing ? tr("These carry over to the next shift:")
                                     : tr("Handed over when shift %1 was closed:").arg(m_shift.name),
                             this);
    m_list = new QTextBrowser(this);
    m_list->setObjectName(QStringLiteral("handoverList"));
    const auto handover =
        closing ? std::optional(service.pendingHandover()) : service.recordedHandover(m_shift.id);
    m_list->setPlainText(handover ? describe(*handover) : tr("Nothing was recorded."));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("handoverNotes"));
    m_notes->setPlaceholderText(tr("Notes for the incoming supervisor"));
    m_notes->setReadOnly(!closing);
    if (!closing)
        m_notes->setPlainText(handover ? handover->notes : QString());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(closing ? tr("Close shift and hand over") : tr("Acknowledge"),
                                         QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 2);
    layout->addWidget(
        new QLabel(closing ? tr("Hand-over notes:") : tr("The outgoing supervisor's notes:"), this));
    layout->addWidget(m_notes, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

void HandoverDialog::setNotes(const QString& notes)
{
    m_notes->setPlainText(notes);
}

QString HandoverDialog::handoverText() const
{
    return m_list->toPlainText();
}

QString HandoverDialog::describe(const dispatch::Handover& handover) const
{
    const auto& reader = m_session.store.read();
    QStringList lines;
    lines << tr("Unresolved incidents: %1").arg(handover.openIncidentIds.size());
    for (Id id : handover.openIncidentIds) {
        const auto incident = reader.incident(id);
        if (!incident)
            continue;
        lines << QStringLiteral("  %1  %2  %3  %4")
                     .arg(incident->number,
                          m_session.taxonomy.displayName(incident->category, m_session.language),
                          displayName(incident->status), incident->addressText);
    }
    lines << QString() << tr("Follow-up visits due: %1").arg(handover.dueFollowUpIds.size());
    for (Id id : handover.dueFollowUpIds) {
        const auto followUp = reader.followUp(id);
        const auto incident = followUp ? reader.incident(followUp->incidentId) : std::nullopt;
        if (followUp && incident)
            lines << tr("  %1  due %2").arg(incident->number, stationTimeText(followUp->due));
    }
    lines << QString() << tr("Open hazards: %1").arg(handover.openHazardIds.size());
    const auto hazards = reader.hazards();
    for (Id id : handover.openHazardIds) {
        const auto hazard =
            std::find_if(hazards.begin(), hazards.end(), [&](const Hazard& h) { return h.id == id; });
        if (hazard != hazards.end())
            lines << QStringLiteral("  %1  %2").arg(hazard->kind, hazard->description);
    }
    return lines.join(QLatin1Char('\n'));
}

bool HandoverDialog::apply()
{
    dispatch::ShiftService service({m_session.store, m_session.taxonomy, m_session.notifier});
    try {
        if (m_mode == Mode::Close) {
            service.close(m_session.operatorActor, m_shift.id, m_notes->toPlainText());
            emit message(tr("Shift %1 closed and handed over.").arg(m_shift.name));
        } else {
            service.acknowledgeHandover(m_session.operatorActor, m_shift.id);
            emit message(tr("Hand-over of %1 acknowledged.").arg(m_shift.name));
        }
    } catch (const dispatch::DispatchError& error) {
        emit message(error.message());
        if (isVisible())
            QMessageBox::warning(this, windowTitle(), error.message());
        return false;
    }
    return true;
}

} // namespace xiuhua::ui
