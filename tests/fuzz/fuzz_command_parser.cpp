// libFuzzer target: one line of the dispatch command line through the parser, the completion
// context and the incident/responder reference lookups.
#include "dispatch/command_parser.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace xiuhua;

namespace {

std::vector<core::Incident> incidents()
{
    std::vector<core::Incident> list;
    for (int i = 1; i <= 3; ++i) {
        core::Incident incident;
        incident.id = i;
        incident.number = QStringLiteral("20261126-%1").arg(i, 4, 10, QLatin1Char('0'));
        incident.status = i == 3 ? core::IncidentStatus::Closed : core::IncidentStatus::New;
        list.push_back(incident);
    }
    return list;
}

std::vector<core::Responder> responders()
{
    std::vector<core::Responder> list;
    const char* names[] = {"张伟", "张伟民", "Li Na"};
    for (int i = 0; i < 3; ++i) {
        core::Responder responder;
        responder.id = i + 1;
        responder.badgeNo = QStringLiteral("31000%1").arg(i);
        responder.name = QString::fromUtf8(names[i]);
        list.push_back(responder);
    }
    return list;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const auto knownIncidents = incidents();
    static const auto knownResponders = responders();
    const QString line = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const dispatch::ParsedCommand parsed = dispatch::parseCommand(line);
    if (!parsed.command && parsed.error.isEmpty())
        std::abort(); // a refused line must say why
    const dispatch::CompletionContext completion = dispatch::completionContext(line);
    if (completion.prefixStart < 0 || completion.prefixStart > line.size())
        std::abort();
    // Only the kinds that are not data offer fixed words.
    const bool dataKind = completion.kind == dispatch::CompletionKind::None ||
                          completion.kind == dispatch::CompletionKind::Incident ||
                          completion.kind == dispatch::CompletionKind::Responder;
    if (dispatch::completionWords(completion.kind).isEmpty() != dataKind)
        std::abort();
    // A reference resolves to one known record or says why not, never both or neither.
    for (const dispatch::Reference& reference :
         {dispatch::findIncident(knownIncidents, line), dispatch::findResponder(knownResponders, line)}) {
        if (reference.id.has_value() != reference.error.isEmpty())
            std::abort();
        if (reference.id && (*reference.id < 1 || *reference.id > 3))
            std::abort();
    }
    // The short number is the tail of the number.
    if (!line.endsWith(dispatch::incidentShortNumber(line)))
        std::abort();
    return 0;
}
