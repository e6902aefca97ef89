#include "ui/shifts/roster_editor_dialog.h"

#include "dispatch/dispatch_error.h"
#include "dispatch/shift_service.h"
#include "ui/shifts/roster_entry_dialog.h"
#include "ui/shifts/roster_table_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

RosterEditorDialog::RosterEditorDialog(ConsoleSession& session, Shift shift, QWidget* parent)
    : QDialog(parent), m_session(session), m_shift(std::move(shift)),
      m_model(new RosterTableModel(session.store.read(), this))
{
    setWindowTitle(tr("Roster: %1").arg(m_shift.name));
    m_model->setShift(m_shift.id);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->resizeColumnsToContents();
    connect(m_table, &QTableView::doubleClicked, this, &RosterEditorDialog::editSelected);

    m_summary = new QLabel(this);
    auto updateSummary = [this] {
        m_summary->setText(tr("%n responder hour entries", nullptr, m_model->rowCount()));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateSummary);
    updateSummary();

    auto* add = new QPushButton(tr("&Add…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* copy = new QPushButton(tr("&Copy yesterday's roster"), this);
    auto* close = new QPushButton(tr("Close"), this);
    connect(add, &QPushButton::clicked, this, &RosterEditorDialog::addInteractively);
    connect(edit, &QPushButton::clicked, this, &RosterEditorDialog::editSelected);
    connect(remove, &QPushButton::clicked, this, &RosterEditorDialog::removeSelected);
    connect(copy, &QPushButton::clicked, this, &RosterEditorDialog::copyPreviousDay);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    const bool editable = !m_shift.isSigned();
    for (QPushButton* button : {add, edit, remove, copy})
        button->setEnabled(editable);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {add, edit, remove, copy})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    resize(820, 600);
}

bool RosterEditorDialog::run(const std::function<void()>& change)
{
    try {
        change();
    } catch (const dispatch::DispatchError& error) {
        emit message(error.message());
        if (isVisible())
            QMessageBox::warning(this, windowTitle(), error.message());
        return false;
    }
    m_model->reload();
    return true;
}

bool RosterEditorDialog::add(const RosterEntry& entry)
{
    dispatch::ShiftService service({m_session.store, m_session.taxonomy, m_session.notifier});
    return run([&] { service.addRosterEntry(m_session.operatorActor, entry); });
}

bool RosterEditorDialog::update(const RosterEntry& entry)
{
    dispatch::ShiftService service({m_session.store, m_session.taxonomy, m_session.notifier});
    return run([&] { service.updateRosterEntry(m_session.operatorActor, entry); });
}

bool RosterEditorDialog::remove(Id entryId)
{
    dispatch::ShiftService service({m_session.store, m_session.taxonomy, m_session.notifier});
    return run([&] { service.removeRosterEntry(m_session.operatorActor, m_shift.id, entryId); });
}

bool RosterEditorDialog::copyPreviousDay()
{
    dispatch::ShiftService service({m_session.store, m_session.taxonomy, m_session.notifier});
    const auto previous = service.previousDayShift(m_shift.id);
    if (!previous) {
        emit message(tr("There is no shift at the same time yesterday to copy from."));
        if (isVisible())
            QMessageBox::information(this, windowTitle(),
                                     tr("There is no shift at the same time yesterday."));
        return false;
    }
    int added = 0;
    const bool copied =
        run([&] { added = service.copyRoster(m_session.operatorActor, previous->id, m_shift.id); });
    if (copied)
        emit message(tr("%n entries copied from %1.", nullptr, added).arg(previous->name));
    return copied;
}

void RosterEditorDialog::addInteractively()
{
    RosterEntry entry;
    entry.shiftId = m_shift.id;
    entry.from = m_shift.startsAt;
    entry.to = m_shift.endsAt;
    RosterEntryDialog dialog(m_session.store.read(), entry, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (add(dialog.entry()))
            return;
    }
}

void RosterEditorDialog::editSelected()
{
    const auto entry = m_model->entryAt(m_table->currentIndex().row());
    if (!entry || m_shift.isSigned())
        return;
    RosterEntryDialog dialog(m_session.store.read(), *entry, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (update(dialog.entry()))
            return;
    }
}

void RosterEditorDialog::removeSelected()
{
    const auto entry = m_model->entryAt(m_table->currentIndex().row());
    if (entry)
        remove(entry->id);
}

} // namespace xiuhua::ui
