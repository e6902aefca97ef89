#include "ui/shifts/open_shift_dialog.h"

#include "ui/common/display_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

#include <algorithm>

namespace xiuhua::ui {

using namespace xiuhua::core;

OpenShiftDialog::OpenShiftDialog(const storage::StoreReader& reader, const dispatch::ShiftPlan& proposal,
                                 QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open shift"));
    m_name = new QLineEdit(proposal.name, this);
    m_name->setObjectName(QStringLiteral("shiftName"));
    m_start = new QDateTimeEdit(toStationWallTime(proposal.startsAt), this);
    m_end = new QDateTimeEdit(toStationWallTime(proposal.endsAt), this);
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
    }
    m_supervisor = new QComboBox(this);
    m_dispatchers = new QListWidget(this);
    for (const Responder& staff : reader.responders()) {
        const QString label = QStringLiteral("%1 %2").arg(staff.badgeNo, staff.name);
        if (staff.kind == ResponderKind::Supervisor) {
            m_supervisor->addItem(label, QVariant::fromValue<qint64>(staff.id));
            if (proposal.supervisorId == staff.id)
                m_supervisor->setCurrentIndex(m_supervisor->count() - 1);
        } else if (staff.kind == ResponderKind::Dispatcher) {
            auto* item = new QListWidgetItem(label, m_dispatchers);
            item->setData(Qt::UserRole, QVariant::fromValue<qint64>(staff.id));
            const bool onDuty = std::find(proposal.dispatcherIds.begin(), proposal.dispatcherIds.end(),
                                          staff.id) != proposal.dispatcherIds.end();
            item->setCheckState(onDuty ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_copyRoster = new QCheckBox(tr("Copy the roster of the same shift yesterday"), this);
    m_copyRoster->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Starts:"), m_start);
    form->addRow(tr("Ends:"), m_end);
    form->addRow(tr("Supervisor:"), m_supervisor);
    form->addRow(tr("Dispatchers on duty:"), m_dispatchers);
    form->addRow(QString(), m_copyRoster);
    form->addRow(buttons);
}

dispatch::ShiftPlan OpenShiftDialog::plan() const
{
    dispatch::ShiftPlan plan;
    plan.name = m_name->text();
    plan.startsAt = fromStationWallTime(m_start->dateTime());
    plan.endsAt = fromStationWallTime(m_end->dateTime());
    if (m_supervisor->currentIndex() >= 0)
        plan.supervisorId = m_supervisor->currentData().toLongLong();
    for (int row = 0; row < m_dispatchers->count(); ++row) {
        const QListWidgetItem* item = m_dispatchers->item(row);
        if (item->checkState() == Qt::Checked)
            plan.dispatcherIds.push_back(item->data(Qt::UserRole).toLongLong());
    }
    return plan;
}

bool OpenShiftDialog::copyYesterdaysRoster() const
{
    return m_copyRoster->isChecked();
}

} // namespace xiuhua::ui
