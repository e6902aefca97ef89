#include "dispatch/command_parser.h"

#include "core/status_rules.h"

#include <QCoreApplication>

#include <array>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

struct Token
{
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
};

std::vector<Token> tokenize(const QString& line)
{
    std::vector<Token> tokens;
    const qsizetype size = line.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && line.at(i).isSpace())
            ++i;
        if (i >= size)
            break;
        const qsizetype start = i;
        while (i < size && !line.at(i).isSpace())
            ++i;
        tokens.push_back({line.mid(start, i - start), start, i});
    }
    return tokens;
}

// The text from token `first` to the end of the line, as typed.
QString restFrom(const QString& line, const std::vector<Token>& tokens, std::size_t first)
{
    return first < tokens.size() ? line.mid(tokens[first].start).trimmed() : QString();
}

// The text of tokens [first, last), as typed (names may hold spaces).
QString span(const QString& line, const std::vector<Token>& tokens, std::size_t first, std::size_t last)
{
    if (first >= last || last > tokens.size())
        return {};
    return line.mid(tokens[first].start, tokens[last - 1].end - tokens[first].start);
}

enum class Verb
{
    New,
    Assign,
    Step,
    Status,
    Note,
    Responder,
    Help
};

template <typename Value> struct Alias
{
    const char* word; // UTF-8, lower case
    Value value;
};

constexpr std::array<Alias<Verb>, 16> verbs{{{"n", Verb::New},
                                             {"new", Verb::New},
                                             {"a", Verb::Assign},
                                             {"assign", Verb::Assign},
                                             {"s", Verb::Step},
                                             {"step", Verb::Step},
                                             {"c", Verb::Status},
                                             {"status", Verb::Status},
                                             {"note", Verb::Note},
                                             {"nt", Verb::Note},
                                             {"r", Verb::Responder},
                                             {"resp", Verb::Responder},
                                             {"h", Verb::Help},
                                             {"help", Verb::Help},
                                             {"?", Verb::Help},
                                             {"？", Verb::Help}}};

constexpr std::array<Alias<AssignmentStatus>, 24> steps{{{"ack", AssignmentStatus::Acknowledged},
                                                         {"acknowledge", AssignmentStatus::Acknowledged},
                                                         {"acknowledged", AssignmentStatus::Acknowledged},
                                                         {"确认", AssignmentStatus::Acknowledged},
                                                         {"enroute", AssignmentStatus::EnRoute},
                                                         {"en_route", AssignmentStatus::EnRoute},
                                                         {"route", AssignmentStatus::EnRoute},
                                                         {"出发", AssignmentStatus::EnRoute},
                                                         {"在途", AssignmentStatus::EnRoute},
                                                         {"onscene", AssignmentStatus::OnScene},
                                                         {"on_scene", AssignmentStatus::OnScene},
                                                         {"scene", AssignmentStatus::OnScene},
                                                         {"arrived", AssignmentStatus::OnScene},
                                                         {"到场", AssignmentStatus::OnScene},
                                                         {"到达", AssignmentStatus::OnScene},
                                                         {"clear", AssignmentStatus::Cleared},
                                                         {"cleared", AssignmentStatus::Cleared},
                                                         {"done", AssignmentStatus::Cleared},
                                                         {"完成", AssignmentStatus::Cleared},
                                                         {"cancel", AssignmentStatus::Cancelled},
                                                         {"cancelled", AssignmentStatus::Cancelled},
                                                         {"canceled", AssignmentStatus::Cancelled},
                                                         {"取消", AssignmentStatus::Cancelled},
                                                         {"撤销", AssignmentStatus::Cancelled}}};

constexpr std::array<Alias<IncidentStatus>, 15> statuses{{{"resolved", IncidentStatus::Resolved},
                                                          {"resolve", IncidentStatus::Resolved},
                                                          {"res", IncidentStatus::Resolved},
                                                          {"解决", IncidentStatus::Resolved},
                                                          {"closed", IncidentStatus::Closed},
                                                          {"close", IncidentStatus::Closed},
                                                          {"关闭", IncidentStatus::Closed},
                                                          {"结案", IncidentStatus::Closed},
                                                          {"cancelled", IncidentStatus::Cancelled},
                                                          {"cancel", IncidentStatus::Cancelled},
                                                          {"canceled", IncidentStatus::Cancelled},
                                                          {"取消", IncidentStatus::Cancelled},
                                                          {"reopen", IncidentStatus::Dispatched},
                                                          {"reopened", IncidentStatus::Dispatched},
                                                          {"重开", IncidentStatus::Dispatched}}};

constexpr std::array<Alias<ResponderStatus>, 16> responderStatuses{
    {{"available", ResponderStatus::Available},
     {"avail", ResponderStatus::Available},
     {"free", ResponderStatus::Available},
     {"可用", ResponderStatus::Available},
     {"空闲", ResponderStatus::Available},
     {"busy", ResponderStatus::Busy},
     {"忙", ResponderStatus::Busy},
     {"meal", ResponderStatus::MealBreak},
     {"mealbreak", ResponderStatus::MealBreak},
     {"meal_break", ResponderStatus::MealBreak},
     {"break", ResponderStatus::MealBreak},
     {"用餐", ResponderStatus::MealBreak},
     {"off", ResponderStatus::OffDuty},
     {"offduty", ResponderStatus::OffDuty},
     {"off_duty", ResponderStatus::OffDuty},
     {"下班", ResponderStatus::OffDuty}}};

template <typename Value, std::size_t N>
std::optional<Value> lookup(const std::array<Alias<Value>, N>& table, const QString& word)
{
    const QString lower = word.toLower();
    for (const auto& alias : table) {
        if (lower == QString::fromUtf8(alias.word))
            return alias.value;
    }
    return std::nullopt;
}

// Every value's first (canonical) word, in table order.
template <typename Value, std::size_t N> QStringList canonicalWords(const std::array<Alias<Value>, N>& table)
{
    QStringList words;
    std::vector<Value> seen;
    for (const auto& alias : table) {
        if (std::find(seen.begin(), seen.end(), alias.value) == seen.end()) {
            seen.push_back(alias.value);
            words << QString::fromUtf8(alias.word);
        }
    }
    return words;
}

// Full-width digits and dashes (as a Chinese input method types them) to ASCII.
QString normaliseNumber(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const int digit = ch.digitValue();
        if (digit >= 0 && digit <= 9)
            out += QChar(u'0' + digit);
        else if (ch == u'\uFF0D' || (ch >= u'\u2010' && ch <= u'\u2015'))
            out += u'-';
        else
            out += ch;
    }
    return out;
}

bool isIncidentReference(const QString& text)
{
    const QString normalised = normaliseNumber(text);
    if (normalised.isEmpty() || normalised.size() > 32)
        return false;
    bool digit = false;
    for (const QChar ch : normalised) {
        if (ch >= u'0' && ch <= u'9')
            digit = true;
        else if (ch != u'-')
            return false;
    }
    return digit;
}

ParsedCommand failure(const QString& error)
{
    return {std::nullopt, error};
}

ParsedCommand incidentFailure(const QString& reference)
{
    return failure(QCoreApplication::translate(
                       "CommandParser",
                       "\"%1\" is not an incident number; type its last digits (e.g. 12) or the full "
                       "number (20261126-0012).")
                       .arg(reference));
}

ParsedCommand parseStep(const QString& line, const std::vector<Token>& tokens)
{
    std::size_t stepAt = 0;
    for (std::size_t i = 2; i < tokens.size() && stepAt == 0; ++i) {
        if (lookup(steps, tokens[i].text))
            stepAt = i;
    }
    if (tokens.size() < 3 || stepAt == 0)
        return failure(QCoreApplication::translate(
            "CommandParser", "Usage: s <responder> ack|enroute|onscene|clear|cancel <reason>"));
    AdvanceCommand command{span(line, tokens, 1, stepAt), *lookup(steps, tokens[stepAt].text),
                           restFrom(line, tokens, stepAt + 1)};
    if (command.to == AssignmentStatus::Cancelled && command.reason.isEmpty())
        return failure(QCoreApplication::translate(
            "CommandParser", "Give a reason for cancelling the assignment: s <responder> cancel <reason>"));
    return {command, {}};
}

ParsedCommand parseStatus(const QString& line, const std::vector<Token>& tokens)
{
    if (tokens.size() < 3)
        return failure(QCoreApplication::translate(
            "CommandParser", "Usage: c <incident> resolved|closed|cancelled <reason>|reopen <reason>"));
    if (!isIncidentReference(tokens[1].text))
        return incidentFailure(tokens[1].text);
    const auto to = lookup(statuses, tokens[2].text);
    if (!to)
        return failure(QCoreApplication::translate(
                           "CommandParser",
                           "\"%1\" is not an incident status; use resolved, closed, cancelled or reopen.")
                           .arg(tokens[2].text));
    IncidentStatusCommand command{normaliseNumber(tokens[1].text), *to, restFrom(line, tokens, 3)};
    if ((command.to == IncidentStatus::Cancelled || command.to == IncidentStatus::Dispatched) &&
        command.text.isEmpty())
        return failure(QCoreApplication::translate("CommandParser", "Give a reason: c <incident> %1 <reason>")
                           .arg(tokens[2].text));
    return {command, {}};
}

ParsedCommand parseResponderStatus(const QString& line, const std::vector<Token>& tokens)
{
    const auto status = tokens.size() >= 3 ? lookup(responderStatuses, tokens.back().text) : std::nullopt;
    if (!status)
        return failure(
            QCoreApplication::translate("CommandParser", "Usage: r <responder> available|busy|meal|off"));
    return {ResponderStatusCommand{span(line, tokens, 1, tokens.size() - 1), *status}, {}};
}

} // namespace

ParsedCommand parseCommand(const QString& line)
{
    const std::vector<Token> tokens = tokenize(line);
    if (tokens.empty())
        return failure(QCoreApplication::translate("CommandParser", "Type a command; h lists them."));
    const auto verb = lookup(verbs, tokens.front().text);
    if (!verb)
        return failure(
            QCoreApplication::translate("CommandParser", "Unknown command \"%1\"; h lists the commands.")
                .arg(tokens.front().text));
    switch (*verb) {
    case Verb::New:
        if (tokens.size() > 1)
            return failure(
                QCoreApplication::translate("CommandParser", "n takes nothing more; the intake form opens."));
        return {NewIncidentCommand{}, {}};
    case Verb::Help:
        return {HelpCommand{}, {}};
    case Verb::Assign:
        if (tokens.size() < 3)
            return failure(QCoreApplication::translate("CommandParser", "Usage: a <incident> <responder>"));
        if (!isIncidentReference(tokens[1].text))
            return incidentFailure(tokens[1].text);
        return {AssignCommand{normaliseNumber(tokens[1].text), restFrom(line, tokens, 2)}, {}};
    case Verb::Step:
        return parseStep(line, tokens);
    case Verb::Status:
        return parseStatus(line, tokens);
    case Verb::Note:
        if (tokens.size() < 3)
            return failure(QCoreApplication::translate("CommandParser", "Usage: note <incident> <text>"));
        if (!isIncidentReference(tokens[1].text))
            return incidentFailure(tokens[1].text);
        return {NoteCommand{normaliseNumber(tokens[1].text), restFrom(line, tokens, 2)}, {}};
    case Verb::Responder:
        return parseResponderStatus(line, tokens);
    }
    return failure(QCoreApplication::translate("CommandParser", "Type a command; h lists them."));
}

QStringList commandHelp()
{
    return {
        QCoreApplication::translate("CommandParser", "n — new incident (opens the intake form)"),
        QCoreApplication::translate("CommandParser", "a <incident> <responder> — assign, e.g. a 12 张伟"),
        QCoreApplication::translate(
            "CommandParser",
            "s <responder> ack|enroute|onscene|clear|cancel <reason> — advance their assignment"),
        QCoreApplication::translate(
            "CommandParser",
            "c <incident> resolved [disposition] [summary] | closed | cancelled <reason> | reopen <reason>"),
        QCoreApplication::translate("CommandParser", "note <incident> <text> — add a note"),
        QCoreApplication::translate("CommandParser",
                                    "r <responder> available|busy|meal|off — responder status"),
        QCoreApplication::translate(
            "CommandParser",
            "<incident>: last digits or full number; <responder>: badge, name or start of a name")};
}

CompletionContext completionContext(const QString& lineBeforeCursor)
{
    const std::vector<Token> tokens = tokenize(lineBeforeCursor);
    const bool newWord = tokens.empty() || lineBeforeCursor.back().isSpace();
    const std::size_t index = newWord ? tokens.size() : tokens.size() - 1;
    CompletionContext context;
    context.prefix = newWord ? QString() : tokens.back().text;
    context.prefixStart = newWord ? lineBeforeCursor.size() : tokens.back().start;
    if (index == 0) {
        context.kind = CompletionKind::CommandWord;
        return context;
    }
    const auto verb = lookup(verbs, tokens.front().text);
    if (!verb)
        return context;
    switch (*verb) {
    case Verb::Assign:
        context.kind = index == 1 ? CompletionKind::Incident
                                  : (index == 2 ? CompletionKind::Responder : CompletionKind::None);
        break;
    case Verb::Step:
        context.kind = index == 1 ? CompletionKind::Responder
                                  : (index == 2 ? CompletionKind::AssignmentStep : CompletionKind::None);
        break;
    case Verb::Status:
        context.kind = index == 1 ? CompletionKind::Incident
                                  : (index == 2 ? CompletionKind::IncidentStatus : CompletionKind::None);
        break;
    case Verb::Note:
        context.kind = index == 1 ? CompletionKind::Incident : CompletionKind::None;
        break;
    case Verb::Responder:
        context.kind = index == 1 ? CompletionKind::Responder
                                  : (index == 2 ? CompletionKind::ResponderStatus : CompletionKind::None);
        break;
    case Verb::New:
    case Verb::Help:
        break;
    }
    return context;
}

QStringList completionWords(CompletionKind kind)
{
    switch (kind) {
    case CompletionKind::CommandWord:
        return {QStringLiteral("n"),    QStringLiteral("a"), QStringLiteral("s"), QStringLiteral("c"),
                QStringLiteral("note"), QStringLiteral("r"), QStringLiteral("h")};
    case CompletionKind::AssignmentStep:
        return canonicalWords(steps);
    case CompletionKind::IncidentStatus:
        return canonicalWords(statuses);
    case CompletionKind::ResponderStatus:
        return canonicalWords(responderStatuses);
    case CompletionKind::None:
    case CompletionKind::Incident:
    case CompletionKind::Responder:
        break;
    }
    return {};
}

QString incidentShortNumber(const QString& number)
{
    const qsizetype dash = number.lastIndexOf(u'-');
    return dash >= 0 ? number.mid(dash + 1) : number;
}

Reference findIncident(const std::vector<Incident>& incidents, const QString& reference)
{
    const QString ref = normaliseNumber(reference.trimmed());
    if (!isIncidentReference(ref))
        return {std::nullopt, incidentFailure(reference).error};
    std::vector<const Incident*> matches;
    bool sequenceOk = false;
    const qlonglong sequence = ref.toLongLong(&sequenceOk);
    for (const Incident& incident : incidents) {
        bool match = false;
        if (ref.contains(u'-'))
            match = incident.number == ref;
        else if (ref.size() >= 9)
            match = QString(incident.number).remove(u'-') == ref;
        else {
            bool ok = false;
            const qlonglong own = incidentShortNumber(incident.number).toLongLong(&ok);
            match = ok && sequenceOk ? own == sequence : incident.number.endsWith(ref);
        }
        if (match)
            matches.push_back(&incident);
    }
    if (matches.size() > 1) {
        std::vector<const Incident*> open;
        for (const Incident* incident : matches) {
            if (isOpen(incident->status))
                open.push_back(incident);
        }
        if (open.size() == 1)
            matches = open;
    }
    if (matches.empty())
        return {std::nullopt, QCoreApplication::translate("CommandParser", "No incident %1 in the queue.")
                                  .arg(reference.trimmed())};
    if (matches.size() > 1) {
        QStringList numbers;
        for (const Incident* incident : matches)
            numbers << incident->number;
        return {std::nullopt, QCoreApplication::translate(
                                  "CommandParser", "%1 matches several incidents (%2); type the full number.")
                                  .arg(reference.trimmed(), numbers.join(QStringLiteral(", ")))};
    }
    return {matches.front()->id, {}};
}

Reference findResponder(const std::vector<Responder>& responders, const QString& reference)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return {std::nullopt,
                QCoreApplication::translate("CommandParser",
                                            "Name a responder: badge number, name or the start of a name.")};
    auto collect = [&](auto&& predicate) {
        std::vector<const Responder*> found;
        for (const Responder& responder : responders) {
            if (predicate(responder))
                found.push_back(&responder);
        }
        return found;
    };
    std::vector<const Responder*> matches = collect([&](const Responder& responder) {
        return !responder.badgeNo.isEmpty() && responder.badgeNo.compare(ref, Qt::CaseInsensitive) == 0;
    });
    if (matches.empty())
        matches = collect([&](const Responder& responder) {
            return responder.name.compare(ref, Qt::CaseInsensitive) == 0;
        });
    if (matches.empty())
        matches = collect(
            [&](const Responder& responder) { return responder.name.startsWith(ref, Qt::CaseInsensitive); });
    if (matches.empty())
        return {std::nullopt,
                QCoreApplication::translate("CommandParser", "No responder matches \"%1\".").arg(ref)};
    if (matches.size() > 1) {
        QStringList names;
        for (std::size_t i = 0; i < matches.size() && i < 6; ++i)
            names << QStringLiteral("%1 (%2)").arg(matches[i]->name, matches[i]->badgeNo);
        if (matches.size() > 6)
            names << QStringLiteral("…");
        return {std::nullopt,
                QCoreApplication::translate("CommandParser",
                                            "\"%1\" matches several responders: %2; use the badge number.")
                    .arg(ref, names.join(QStringLiteral(", ")))};
    }
    return {matches.front()->id, {}};
}

} // namespace xiuhua::dispatch
