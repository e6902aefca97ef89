#pragma once

#include "core/entities.h"
#include "dispatch/incident_service.h"
#include "ui/console_session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace xiuhua::ui {

// Correcting an incident: the fields as they are, changed in place, with a required reason.
// Nothing is overwritten silently — the service records the before and after.
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    CorrectionDialog(ConsoleSession& session, const core::Incident& incident, QWidget* parent = nullptr);

    // Only the fields the operator changed.
    dispatch::IncidentCorrection correction() const;
    void setReason(const QString& reason);
    QLineEdit* addressEdit() const { return m_address; }

private:
    const core::Incident m_incident;
    QLineEdit* m_address;
    QLineEdit* m_callerName;
    QLineEdit* m_callerPhone;
    QComboBox* m_category;
    QComboBox* m_priority;
    QPlainTextEdit* m_description;
    QLineEdit* m_reason;
};

} // namespace xiuhua::ui
