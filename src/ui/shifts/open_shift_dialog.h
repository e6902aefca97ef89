#pragma once

#include "dispatch/shift_service.h"
#include "storage/store.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;

namespace xiuhua::ui {

// Opening a shift: name, hours, supervisor, dispatchers on duty, and whether to copy the roster of
// the same shift yesterday.
class OpenShiftDialog : public QDialog
{
    Q_OBJECT

public:
    OpenShiftDialog(const storage::StoreReader& reader, const dispatch::ShiftPlan& proposal,
                    QWidget* parent = nullptr);

    dispatch::ShiftPlan plan() const;
    bool copyYesterdaysRoster() const;

private:
    QLineEdit* m_name;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QComboBox* m_supervisor;
    QListWidget* m_dispatchers;
    QCheckBox* m_copyRoster;
};

} // namespace xiuhua::ui
