#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"

#include <QString>

#include <map>
#include <vector>

namespace xiuhua::reports {

// What the builder has read for one period, handed to the analyses so each reads nothing itself.
struct ReportInputs
{
    QDateTime from;                                              // UTC, inclusive
    QDateTime to;                                                // UTC, exclusive
    std::vector<core::Incident> incidents;                       // received in [from, to), oldest first
    std::vector<core::Assignment> assignments;                   // of those incidents
    std::map<core::Id, std::vector<core::IncidentEvent>> events; // by incident, oldest first
    std::map<core::Id, core::Responder> responders;
    const core::Taxonomy* taxonomy = nullptr;
    QString language;

    QString categoryLabel(const QString& code) const
    {
        return taxonomy ? taxonomy->displayName(code, language) : code;
    }
    QString responderName(core::Id id) const
    {
        const auto found = responders.find(id);
        return found == responders.end() ? QStringLiteral("#%1").arg(id) : found->second.name;
    }
};

} // namespace xiuhua::reports
