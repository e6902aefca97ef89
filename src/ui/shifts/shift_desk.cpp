#include "ui/shifts/shift_desk.h"

#include "dispatch/dispatch_error.h"
#include "dispatch/shift_service.h"
#include "reports/open_incidents_sheet.h"
#include "reports/report_period.h"
#include "ui/console/permission_gate.h"
#include "ui/shifts/handover_dialog.h"
#include "ui/shifts/open_shift_dialog.h"
#include "ui/shifts/report_preview_dialog.h"
#include "ui/shifts/roster_editor_dialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace xiuhua::ui {

using namespace xiuhua::core;

ShiftDesk::ShiftDesk(ConsoleSession& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{}

void ShiftDesk::populateMenu(QMenu* menu, PermissionGate* gate)
{
    auto add = [&](const QString& text, const char* name, auto slot,
                   std::optional<Permission> permission = std::nullopt) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        if (gate && permission)
            gate->guard(action, *permission);
        return action;
    };
    add(tr("&Open shift…"), "openShiftAction", &ShiftDesk::openNewShift, Permission::OpenCloseShift);
    add(tr("&Roster…"), "rosterAction", &ShiftDesk::editRoster, Permission::EditRoster);
    menu->addSeparator();
    add(tr("&Close shift and hand over…"), "closeShiftAction", &ShiftDesk::closeAndHandOver,
        Permission::OpenCloseShift);
    add(tr("&Acknowledge hand-over…"), "acknowledgeHandoverAction", &ShiftDesk::acknowledgeHandover,
        Permission::OpenCloseShift);
    menu->addSeparator();
    add(tr("&Shift report…"), "shiftReportAction", [this] {
        showShiftReport();
    })->setShortcut(Qt::CTRL | Qt::Key_P);
    add(tr("&Period report…"), "periodReportAction", &ShiftDesk::showPeriodReport);
    add(tr("Print open &incidents sheet…"), "openIncidentsSheetAction", &ShiftDesk::printOpenIncidents);
}

std::optional<Shift> ShiftDesk::latestShift() const
{
    const auto shifts = m_session.store.read().shifts(); // by start
    if (shifts.empty())
        return std::nullopt;
    return shifts.back();
}

std::optional<Shift> ShiftDesk::openShift() const
{
    const auto shifts = m_session.store.read().shifts();
    for (auto it = shifts.rbegin(); it != shifts.rend(); ++it) {
        if (it->isOpen())
            return *it;
    }
    return std::nullopt;
}

std::optional<Shift> ShiftDesk::unacknowledgedShift() const
{
    const auto shifts = m_session.store.read().shifts();
    for (auto it = shifts.rbegin(); it != shifts.rend(); ++it) {
        if (it->closedAt.isValid())
            return it->handoverAcknowledgedAt.isValid() ? std::nullopt : std::optional(*it);
    }
    return std::nullopt;
}

void ShiftDesk::openNewShift()
{
    const QTimeZone zone = reports::ReportPeriod::stationZone();
    dispatch::ShiftPlan proposal;
    const auto latest = latestShift();
    proposal.startsAt = latest && latest->endsAt > QDateTime::currentDateTimeUtc().addSecs(-12 * 3600)
                            ? latest->endsAt
                            : QDateTime::currentDateTimeUtc();
    proposal.endsAt = proposal.startsAt.addSecs(12 * 3600);
    const QDateTime local = proposal.startsAt.toTimeZone(zone);
    const bool day = local.time().hour() >= 6 && local.time().hour() < 18;
    proposal.name = (day ? tr("%1 day shift") : tr("%1 night shift")).arg(local.date().toString(Qt::ISODate));
    proposal.supervisorId = m_session.operatorActor.responderId;
    if (latest)
        proposal.dispatcherIds = latest->dispatcherIds;
    OpenShiftDialog dialog(m_session.store.read(), proposal, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dispatch::ShiftService service({m_session.store, m_session.taxonomy, m_session.notifier});
    try {
        const Shift shift = service.open(m_session.operatorActor, dialog.plan());
        QString text = tr("Shift %1 opened.").arg(shift.name);
        if (dialog.copyYesterdaysRoster()) {
            if (const auto previous = service.previousDayShift(shift.id)) {
                const int copied = service.copyRoster(m_session.operatorActor, previous->id, shift.id);
                text += QLatin1Char(' ') + tr("%n roster entries copied from yesterday.", nullptr, copied);
            }
        }
        emit message(text);
    } catch (const dispatch::DispatchError& error) {
        QMessageBox::warning(m_window, tr("Open shift"), error.message());
    }
}

void ShiftDesk::editRoster()
{
    auto shift = openShift();
    if (!shift)
        shift = latestShift();
    if (!shift) {
        QMessageBox::information(m_window, tr("Roster"), tr("There is no shift yet: open one first."));
        return;
    }
    RosterEditorDialog dialog(m_session, *shift, m_window);
    connect(&dialog, &RosterEditorDialog::message, this, &ShiftDesk::message);
    dialog.exec();
}

void ShiftDesk::closeAndHandOver()
{
    const auto shift = openShift();
    if (!shift) {
        QMessageBox::information(m_window, tr("Close shift"), tr("No shift is open."));
        return;
    }
    HandoverDialog dialog(m_session, *shift, HandoverDialog::Mode::Close, m_window);
    connect(&dialog, &HandoverDialog::message, this, &ShiftDesk::message);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit shiftClosed(shift->id);
    const auto answer =
        QMessageBox::question(m_window, tr("Close shift"),
                              tr("Shift %1 is closed. Review and sign its report now?").arg(shift->name));
    if (answer == QMessageBox::Yes)
        showShiftReport(shift->id);
}

void ShiftDesk::acknowledgeHandover()
{
    const auto shift = unacknowledgedShift();
    if (!shift) {
        QMessageBox::information(m_window, tr("Acknowledge hand-over"), tr("There is no hand-over waiting."));
        return;
    }
    HandoverDialog dialog(m_session, *shift, HandoverDialog::Mode::Acknowledge, m_window);
    connect(&dialog, &HandoverDialog::message, this, &ShiftDesk::message);
    dialog.exec();
}

void ShiftDesk::showShiftReport(std::optional<Id> shiftId)
{
    if (!shiftId) {
        auto shifts = m_session.store.read().shifts();
        if (shifts.empty()) {
            QMessageBox::information(m_window, tr("Shift report"), tr("There are no shifts yet."));
            return;
        }
        QStringList names;
        int preferred = 0;
        const int first = std::max(0, static_cast<int>(shifts.size()) - 28);
        for (int i = static_cast<int>(shifts.size()) - 1; i >= first; --i) {
            const Shift& shift = shifts[static_cast<std::size_t>(i)];
            QString state = shift.isSigned()           ? tr("signed")
                            : shift.closedAt.isValid() ? tr("closed, not signed")
                                                       : tr("open");
            names << QStringLiteral("%1 (%2)").arg(shift.name, state);
        }
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(m_window, tr("Shift report"), tr("Shift:"), names, preferred, false, &ok);
        if (!ok)
            return;
        shiftId = shifts[shifts.size() - 1 - static_cast<std::size_t>(names.indexOf(chosen))].id;
    }
    const auto period = reports::ReportPeriod::forShift(m_session.store.read(), *shiftId);
    if (!period)
        return;
    ReportPreviewDialog dialog(m_session, *period, m_window);
    connect(&dialog, &ReportPreviewDialog::message, this, &ShiftDesk::message);
    dialog.exec();
}

void ShiftDesk::showPeriodReport()
{
    QDialog chooser(m_window);
    chooser.setWindowTitle(tr("Period report"));
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(reports::ReportPeriod::stationZone()).date();
    auto* first = new QDateEdit(today.addDays(-6), &chooser);
    auto* last = new QDateEdit(today, &chooser);
    for (QDateEdit* edit : {first, last}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &chooser);
    QPushButton* month = buttons->addButton(tr("This month"), QDialogButtonBox::ActionRole);
    connect(month, &QPushButton::clicked, &chooser, [&] {
        first->setDate(QDate(today.year(), today.month(), 1));
        last->setDate(today);
    });
    connect(buttons, &QDialogButtonBox::accepted, &chooser, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &chooser, &QDialog::reject);
    auto* form = new QFormLayout(&chooser);
    form->addRow(tr("First day:"), first);
    form->addRow(tr("Last day:"), last);
    form->addRow(buttons);
    if (chooser.exec() != QDialog::Accepted)
        return;
    const auto period = reports::ReportPeriod::forDays(first->date(), last->date());
    if (!period) {
        QMessageBox::warning(m_window, tr("Period report"), tr("The last day must not be before the first."));
        return;
    }
    ReportPreviewDialog dialog(m_session, *period, m_window);
    connect(&dialog, &ReportPreviewDialog::message, this, &ShiftDesk::message);
    dialog.exec();
}

void ShiftDesk::printOpenIncidents()
{
    reports::OpenIncidentsSheet sheet(m_session.store.read(), m_session.taxonomy, m_session.language,
                                      QDateTime::currentDateTimeUtc());
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Open incidents: paper fallback sheet"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter* target) { sheet.print(*target); });
    preview.exec();
}

} // namespace xiuhua::ui
