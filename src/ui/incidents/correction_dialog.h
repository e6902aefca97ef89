#pragma once

#include "core/entities.h"
#include "dispatch/incident_service.h"
#include "geo/gazetteer.h"
#include "ui/console/console_session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace xiuhua::ui {

// Correcting an incident: the fields as they are, changed in place, with a required reason.
// Nothing is overwritten silently — the service records the before and after. The caller's name
// and phone are personal data: they show masked (as placeholders) and a typed value replaces
// them; "Show caller details" fills them in clear for roles that may see them, audited like
// every other view (dispatch::PersonalDataService).
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    CorrectionDialog(ConsoleSession& session, const core::Incident& incident, QWidget* parent = nullptr);

    // Only the fields the operator changed.
    dispatch::IncidentCorrection correction() const;
    void setReason(const QString& reason);
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* callerNameEdit() const { return m_callerName; }
    QLineEdit* callerPhoneEdit() const { return m_callerPhone; }
    // The location: kept, confirmed as placed, or one of the place search's matches for the address.
    QComboBox* placeBox() const { return m_place; }
    // Asks the personal-data service for the clear values; false (with a message) when refused.
    bool revealCaller();

private:
    void fillPlaces();

    ConsoleSession& m_session;
    const core::Incident m_incident;
    bool m_callerRevealed = false;
    QPushButton* m_revealCaller = nullptr;
    QLineEdit* m_address;
    QLineEdit* m_callerName;
    QLineEdit* m_callerPhone;
    QComboBox* m_category;
    QComboBox* m_priority;
    QPlainTextEdit* m_description;
    QLineEdit* m_reason;
    QComboBox* m_place;
    std::vector<geo::GazetteerMatch> m_placeMatches;
};

} // namespace xiuhua::ui
