#pragma once

#include "dispatch/account_service.h"
#include "dispatch/backup_request.h"
#include "dispatch/dispatch_context.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace xiuhua::dispatch {

// The buttons of the duty page.
enum class DutyAction
{
    Acknowledge, // 收到
    OnScene,     // 已到场
    Clear        // 处置完毕
};

std::optional<DutyAction> dutyActionFromCode(QStringView code); // "acknowledge", "on_scene", "clear"
QString toCode(DutyAction action);

// An officer's current assignment as the duty page may show it: the caller's name and phone are
// masked exactly as the console shows them to every role (PersonalDataService::masked), and only
// the timeline's notes come along (not the edits, whose images hold the unmasked caller).
struct DutyAssignment
{
    core::Assignment assignment;
    core::Incident incident;                    // callerName and callerPhone masked
    std::vector<core::IncidentEvent> notes;     // oldest first
    std::optional<BackupRequest> backupRequest; // this officer's, still open
};

struct DutyFollowUp
{
    core::FollowUp followUp;
    QString incidentNumber;
    QString address; // where the visit goes (the incident's address as given)
};

struct DutyView
{
    core::Responder officer;
    std::optional<DutyAssignment> current; // the newest active assignment
    int otherActive = 0;                   // further active assignments (rare)
    std::vector<DutyFollowUp> followUps;   // open visits given to this officer, soonest due first
};

// What an officer does from the duty page on their phone, as themselves: logging in with their
// operator account (Argon2id, lock-outs), reading their current assignment and answering it. Every
// answer is one audited action with the officer as actor, through AssignmentService and
// FollowUpService, announced to every console as a console's own actions are. An officer only ever
// sees and touches their own assignment and visits; anything else is refused as forbidden.
class DutyService
{
    Q_DECLARE_TR_FUNCTIONS(Dispatch)

public:
    explicit DutyService(DispatchContext context, PasswordHasher hasher = PasswordHasher());

    // AccountService::login (audited, counted, locked as the console's), for an active account.
    LoginResult login(const QString& login, const QString& password, const QString& workstation);
    void logout(const core::Actor& officer);

    DutyView view(const core::Actor& officer) const;

    core::Assignment act(const core::Actor& officer, core::Id assignmentId, DutyAction action);
    // 需要支援: a note on the timeline and its audit record ("incident.backup_request"), which every
    // console shows as an alert and a mark in the queue until someone else is sent.
    BackupRequest requestBackup(const core::Actor& officer, core::Id assignmentId, const QString& note);
    core::FollowUp recordFollowUp(const core::Actor& officer, core::Id followUpId, const QString& result,
                                  int satisfaction);

private:
    core::Assignment ownActiveAssignment(const storage::StoreReader& reader, const core::Actor& officer,
                                         core::Id assignmentId) const;

    DispatchContext m_context;
    AccountService m_accounts;
};

} // namespace xiuhua::dispatch
