#include "ui/incidents/command_executor.h"

#include "core/status_rules.h"
#include "dispatch/assignment_service.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/incident_service.h"
#include "dispatch/responder_service.h"
#include "storage/storage_error.h"

namespace xiuhua::ui {

using namespace xiuhua::core;
using namespace xiuhua::dispatch;

CommandExecutor::CommandExecutor(ConsoleSession& session, QObject* parent)
    : QObject(parent), m_session(session)
{}

void CommandExecutor::setClock(dispatch::Clock clock)
{
    m_clock = std::move(clock);
}

DispatchContext CommandExecutor::context() const
{
    return {m_session.store, m_session.taxonomy, m_session.notifier};
}

std::vector<Incident> CommandExecutor::queueIncidents() const
{
    const storage::StoreReader& reader = m_session.store.read();
    storage::IncidentQuery recent;
    recent.receivedFrom = m_clock().addDays(-1);
    std::vector<Incident> incidents = reader.incidents(recent);
    storage::IncidentQuery open;
    open.openOnly = true;
    for (Incident& incident : reader.incidents(open)) {
        if (incident.receivedAt < recent.receivedFrom)
            incidents.push_back(std::move(incident));
    }
    return incidents;
}

std::vector<Responder> CommandExecutor::fieldResponders() const
{
    std::vector<Responder> responders;
    for (Responder& responder : m_session.store.read().responders()) {
        if (isFieldResponder(responder.kind))
            responders.push_back(std::move(responder));
    }
    return responders;
}

QStringList CommandExecutor::incidentCompletions() const
{
    storage::IncidentQuery open;
    open.openOnly = true;
    QStringList numbers;
    for (const Incident& incident : m_session.store.read().incidents(open))
        numbers << incidentShortNumber(incident.number) << incident.number;
    numbers.removeDuplicates();
    return numbers;
}

QStringList CommandExecutor::responderCompletions() const
{
    QStringList names;
    for (const Responder& responder : fieldResponders())
        names << responder.name;
    names.removeDuplicates();
    return names;
}

bool CommandExecutor::refuse(const QString& why)
{
    emit message(why);
    return false;
}

bool CommandExecutor::perform(const std::function<QString()>& work)
{
    try {
        emit message(work());
        return true;
    } catch (const DispatchError& error) {
        return refuse(error.message());
    } catch (const storage::StorageError& error) {
        return refuse(tr("The database refused the change: %1").arg(QString::fromUtf8(error.what())));
    }
}

std::optional<Id> CommandExecutor::incident(const QString& reference)
{
    const Reference found = findIncident(queueIncidents(), reference);
    if (!found.id)
        refuse(found.error);
    return found.id;
}

std::optional<Id> CommandExecutor::responder(const QString& reference)
{
    const Reference found = findResponder(fieldResponders(), reference);
    if (!found.id)
        refuse(found.error);
    return found.id;
}

bool CommandExecutor::execute(const QString& line)
{
    const ParsedCommand parsed = parseCommand(line);
    if (!parsed.command)
        return refuse(parsed.error);
    return std::visit(
        [this](const auto& command) -> bool {
            using T = std::decay_t<decltype(command)>;
            if constexpr (std::is_same_v<T, NewIncidentCommand>) {
                emit newIncidentRequested();
                return true;
            } else if constexpr (std::is_same_v<T, HelpCommand>) {
                emit message(commandHelp().join(QStringLiteral("  |  ")));
                return true;
            } else {
                return run(command);
            }
        },
        *parsed.command);
}

bool CommandExecutor::run(const AssignCommand& command)
{
    const auto incidentId = incident(command.incident);
    if (!incidentId)
        return false;
    const auto responderId = responder(command.responder);
    if (!responderId)
        return false;
    const bool done = perform([&] {
        const Assignment assignment =
            AssignmentService(context()).assign(m_session.operatorActor, *incidentId, *responderId);
        const auto responder = m_session.store.read().responder(assignment.responderId);
        const auto incident = m_session.store.read().incident(assignment.incidentId);
        return tr("Assigned %1 to %2.")
            .arg(responder ? responder->name : QString(), incident ? incident->number : QString());
    });
    if (done)
        emit incidentTouched(*incidentId);
    return done;
}

bool CommandExecutor::run(const AdvanceCommand& command)
{
    const auto responderId = responder(command.responder);
    if (!responderId)
        return false;
    std::vector<Assignment> candidates;
    bool anyActive = false;
    for (const Assignment& assignment : m_session.store.read().activeAssignmentsOf({*responderId})) {
        anyActive = true;
        if (isAllowedTransition(assignment.status, command.to))
            candidates.push_back(assignment);
    }
    const auto who = m_session.store.read().responder(*responderId);
    const QString name = who ? who->name : command.responder;
    if (!anyActive)
        return refuse(tr("%1 has no active assignment.").arg(name));
    if (candidates.empty())
        return refuse(tr("%1's assignment cannot move to %2.").arg(name, displayName(command.to)));
    if (candidates.size() > 1)
        return refuse(tr("%1 has several active assignments; use the responder board.").arg(name));
    const Assignment& assignment = candidates.front();
    const bool done = perform([&] {
        AssignmentService(context()).advance(m_session.operatorActor, assignment.id, command.to,
                                             command.reason);
        const auto incident = m_session.store.read().incident(assignment.incidentId);
        return tr("%1 on %2: %3.")
            .arg(name, incident ? incident->number : QString(), displayName(command.to));
    });
    if (done)
        emit incidentTouched(assignment.incidentId);
    return done;
}

bool CommandExecutor::run(const IncidentStatusCommand& command)
{
    const auto incidentId = incident(command.incident);
    if (!incidentId)
        return false;
    if (command.to == IncidentStatus::Resolved) {
        qsizetype split = 0;
        while (split < command.text.size() && !command.text.at(split).isSpace())
            ++split;
        const QString code = command.text.left(split);
        const Disposition* disposition = nullptr;
        for (const Disposition& entry : m_session.taxonomy.dispositions()) {
            if (!code.isEmpty() &&
                (entry.code.compare(code, Qt::CaseInsensitive) == 0 || entry.nameZh == code))
                disposition = &entry;
        }
        if (!disposition) {
            if (!command.text.isEmpty()) {
                QStringList codes;
                for (const Disposition& entry : m_session.taxonomy.dispositions())
                    codes << entry.code;
                return refuse(tr("\"%1\" is not a disposition; use one of %2, or leave it out to choose.")
                                  .arg(code, codes.join(QStringLiteral(", "))));
            }
            emit outcomeRequested(*incidentId);
            emit message(tr("Choose how the incident ended."));
            return true;
        }
        IncidentOutcome outcome;
        outcome.dispositionCode = disposition->code;
        outcome.summary = command.text.mid(split).trimmed();
        return perform([&] {
            const Incident after =
                IncidentService(context()).resolve(m_session.operatorActor, *incidentId, outcome);
            emit incidentTouched(after.id);
            return tr("%1 resolved: %2.").arg(after.number, after.disposition);
        });
    }
    return perform([&] {
        const Incident after = IncidentService(context()).changeStatus(m_session.operatorActor, *incidentId,
                                                                       command.to, command.text);
        emit incidentTouched(after.id);
        return tr("%1 is now %2.").arg(after.number, displayName(after.status));
    });
}

bool CommandExecutor::run(const NoteCommand& command)
{
    const auto incidentId = incident(command.incident);
    if (!incidentId)
        return false;
    return perform([&] {
        IncidentService(context()).addNote(m_session.operatorActor, *incidentId, command.text);
        emit incidentTouched(*incidentId);
        const auto incident = m_session.store.read().incident(*incidentId);
        return tr("Note added to %1.").arg(incident ? incident->number : QString());
    });
}

bool CommandExecutor::run(const ResponderStatusCommand& command)
{
    const auto responderId = responder(command.responder);
    if (!responderId)
        return false;
    return perform([&] {
        const Responder after =
            ResponderService(context()).setStatus(m_session.operatorActor, *responderId, command.status);
        return tr("%1 is now %2.").arg(after.name, displayName(after.status));
    });
}

} // namespace xiuhua::ui
