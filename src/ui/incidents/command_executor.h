#pragma once

#include "core/entities.h"
#include "dispatch/command_parser.h"
#include "dispatch/dispatch_context.h"
#include "ui/console/console_session.h"

#include <QObject>
#include <QStringList>

namespace xiuhua::ui {

// Runs command-line commands (dispatch::parseCommand) through the dispatch services and reports
// the result as a message for the status bar. References are resolved against the queue's
// incidents (open ones and the last 24 hours) and the field responders.
class CommandExecutor : public QObject
{
    Q_OBJECT

public:
    explicit CommandExecutor(ConsoleSession& session, QObject* parent = nullptr);

    // Parses and runs one line. False when it was refused; message() then says why and nothing
    // was changed.
    bool execute(const QString& line);

    // For completion: the short and full numbers of open incidents, the responders' names.
    QStringList incidentCompletions() const;
    QStringList responderCompletions() const;
    // The window of the incident references ("now" for the last 24 hours); the wall clock by default.
    void setClock(dispatch::Clock clock);

signals:
    void message(const QString& text);
    void newIncidentRequested();                // `n`: open the intake form
    void outcomeRequested(core::Id incidentId); // `c <n> resolved` without a disposition code
    void incidentTouched(core::Id incidentId);  // the command acted on this incident

private:
    bool run(const dispatch::AssignCommand& command);
    bool run(const dispatch::AdvanceCommand& command);
    bool run(const dispatch::IncidentStatusCommand& command);
    bool run(const dispatch::NoteCommand& command);
    bool run(const dispatch::ResponderStatusCommand& command);
    bool perform(const std::function<QString()>& work);
    bool refuse(const QString& why);
    std::optional<core::Id> incident(const QString& reference);
    std::optional<core::Id> responder(const QString& reference);
    std::vector<core::Incident> queueIncidents() const;
    std::vector<core::Responder> fieldResponders() const;
    dispatch::DispatchContext context() const;

    ConsoleSession& m_session;
    dispatch::Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace xiuhua::ui
