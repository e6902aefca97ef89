#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace xiuhua::ui {

// One responder's hours in a shift: who, from, to, community work, a note.
class RosterEntryDialog : public QDialog
{
    Q_OBJECT

public:
    RosterEntryDialog(const storage::StoreReader& reader, core::RosterEntry entry, QWidget* parent = nullptr);

    core::RosterEntry entry() const;
    void setResponder(core::Id responderId);
    void setHours(const QDateTime& from, const QDateTime& to);

private:
    core::RosterEntry m_entry;
    QComboBox* m_responder;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QCheckBox* m_inCommunity;
    QLineEdit* m_note;
};

} // namespace xiuhua::ui
