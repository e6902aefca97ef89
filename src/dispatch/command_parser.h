#pragma once

#include "core/entities.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace xiuhua::dispatch {

// The console's command line for power users. Pure logic: parses a line into a typed command and
// resolves the incident and responder references it names. Never throws and never crashes on any
// input; every refusal is a translated message.
//
//   n                               new incident (opens the intake form)
//   a <incident> <responder>        assign a responder
//   s <responder> <step> [reason]   advance the responder's active assignment:
//                                   ack | enroute | onscene | clear | cancel <reason>
//   c <incident> <status> [text]    resolved [disposition code] [summary] | closed |
//                                   cancelled <reason> | reopen <reason>
//   note <incident> <text>          add a note to the timeline
//   r <responder> <status>          available | busy | meal | off
//   h                               list the commands
//
// <incident> is the full number (20261126-0012) or its sequence (12, 0012);
// <responder> is a badge number, a full name or the start of a name.

struct NewIncidentCommand
{
    friend bool operator==(const NewIncidentCommand&, const NewIncidentCommand&) = default;
};
struct AssignCommand
{
    QString incident;
    QString responder;
    friend bool operator==(const AssignCommand&, const AssignCommand&) = default;
};
struct AdvanceCommand
{
    QString responder;
    core::AssignmentStatus to = core::AssignmentStatus::Acknowledged;
    QString reason;
    friend bool operator==(const AdvanceCommand&, const AdvanceCommand&) = default;
};
// to == Dispatched means reopen. For Resolved, `text` may start with a disposition code.
struct IncidentStatusCommand
{
    QString incident;
    core::IncidentStatus to = core::IncidentStatus::Resolved;
    QString text;
    friend bool operator==(const IncidentStatusCommand&, const IncidentStatusCommand&) = default;
};
struct NoteCommand
{
    QString incident;
    QString text;
    friend bool operator==(const NoteCommand&, const NoteCommand&) = default;
};
struct ResponderStatusCommand
{
    QString responder;
    core::ResponderStatus status = core::ResponderStatus::Available;
    friend bool operator==(const ResponderStatusCommand&, const ResponderStatusCommand&) = default;
};
struct HelpCommand
{
    friend bool operator==(const HelpCommand&, const HelpCommand&) = default;
};

using Command = std::variant<NewIncidentCommand, AssignCommand, AdvanceCommand, IncidentStatusCommand,
                             NoteCommand, ResponderStatusCommand, HelpCommand>;

struct ParsedCommand
{
    std::optional<Command> command;
    QString error; // translated; set when command is empty
};

ParsedCommand parseCommand(const QString& line);

// One line per command, translated, for `h` and the tooltip.
QStringList commandHelp();

// What the word being typed at the end of `lineBeforeCursor` stands for, for completion.
enum class CompletionKind
{
    None,
    CommandWord,
    Incident,
    Responder,
    AssignmentStep,
    IncidentStatus,
    ResponderStatus
};
struct CompletionContext
{
    CompletionKind kind = CompletionKind::None;
    QString prefix;            // the word typed so far
    qsizetype prefixStart = 0; // where it starts in the line
};
CompletionContext completionContext(const QString& lineBeforeCursor);
// The words offered for a kind that is not data (commands, steps, statuses).
QStringList completionWords(CompletionKind kind);

// A reference resolved to one record, or why not (translated).
struct Reference
{
    std::optional<core::Id> id;
    QString error;
};

// Full number, or the sequence after the dash. Several matches: the single open one wins,
// otherwise the reference is ambiguous.
Reference findIncident(const std::vector<core::Incident>& incidents, const QString& reference);
// Badge number, then full name, then the start of a name (case-insensitive); ambiguous matches
// are refused with the candidates' badges.
Reference findResponder(const std::vector<core::Responder>& responders, const QString& reference);

// "20261126-0012" -> "0012": what the command line shows and completes.
QString incidentShortNumber(const QString& number);

} // namespace xiuhua::dispatch
