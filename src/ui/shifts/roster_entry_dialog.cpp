#include "ui/shifts/roster_entry_dialog.h"

#include "ui/common/display_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace xiuhua::ui {

using namespace xiuhua::core;

RosterEntryDialog::RosterEntryDialog(const storage::StoreReader& reader, RosterEntry entry, QWidget* parent)
    : QDialog(parent), m_entry(std::move(entry))
{
    setWindowTitle(m_entry.id ? tr("Edit hours") : tr("Add to roster"));
    m_responder = new QComboBox(this);
    m_responder->setObjectName(QStringLiteral("rosterResponder"));
    for (const Responder& responder : reader.responders()) {
        if (isFieldResponder(responder.kind))
            m_responder->addItem(QStringLiteral("%1 %2 · %3")
                                     .arg(responder.badgeNo, responder.name, displayName(responder.kind)),
                                 QVariant::fromValue<qint64>(responder.id));
    }
    m_from = new QDateTimeEdit(this);
    m_to = new QDateTimeEdit(this);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
    }
    m_inCommunity = new QCheckBox(tr("Community work (in the community, not at the post)"), this);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("e.g. staggered hours, household visits"));
    if (m_entry.responderId)
        setResponder(m_entry.responderId);
    setHours(m_entry.from, m_entry.to);
    m_inCommunity->setChecked(m_entry.inCommunity);
    m_note->setText(m_entry.note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Responder:"), m_responder);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(QString(), m_inCommunity);
    form->addRow(tr("Note:"), m_note);
    form->addRow(buttons);
}

void RosterEntryDialog::setResponder(Id responderId)
{
    const int index = m_responder->findData(QVariant::fromValue<qint64>(responderId));
    if (index >= 0)
        m_responder->setCurrentIndex(index);
}

void RosterEntryDialog::setHours(const QDateTime& from, const QDateTime& to)
{
    m_from->setDateTime(toStationWallTime(from));
    m_to->setDateTime(toStationWallTime(to));
}

RosterEntry RosterEntryDialog::entry() const
{
    RosterEntry entry = m_entry;
    entry.responderId = m_responder->currentData().toLongLong();
    entry.from = fromStationWallTime(m_from->dateTime());
    entry.to = fromStationWallTime(m_to->dateTime());
    entry.inCommunity = m_inCommunity->isChecked();
    entry.note = m_note->text();
    return entry;
}

} // namespace xiuhua::ui
