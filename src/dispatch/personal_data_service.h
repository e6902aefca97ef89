#pragma once

#include "dispatch/dispatch_context.h"

#include <QCoreApplication>

namespace xiuhua::dispatch {

struct CallerDetails
{
    QString name;
    QString phone;
};

// Callers' names and phone numbers are shown masked (core/personal_data.h) until an operator whose
// role has Permission::ViewPersonalData asks to see them; each such view is one audited
// transaction ("personal_data.view"), so the log shows who looked at whose data and when.
class PersonalDataService
{
    Q_DECLARE_TR_FUNCTIONS(Dispatch)

public:
    explicit PersonalDataService(DispatchContext context);

    // Throws ForbiddenError without the permission, DispatchError for an unknown incident.
    // `where` says what showed it ("details", "report", "export") for the audit record.
    CallerDetails revealCaller(const core::Actor& actor, core::Id incidentId,
                               const QString& where = QStringLiteral("details"));

    static CallerDetails masked(const core::Incident& incident);

private:
    DispatchContext m_context;
};

} // namespace xiuhua::dispatch
