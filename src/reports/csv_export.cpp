#include "reports/csv_export.h"

#include "core/csv_writer.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace xiuhua::reports {

using namespace xiuhua::core;

namespace {

QString localText(const QDateTime& time)
{
    return time.isValid()
               ? time.toTimeZone(ReportPeriod::stationZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : QString();
}

} // namespace

CsvExport::CsvExport(const storage::StoreReader& reader, const Taxonomy& taxonomy, QString language)
    : m_reader(reader), m_taxonomy(taxonomy), m_language(std::move(language))
{}

QByteArray CsvExport::record(const QStringList& fields)
{
    return CsvWriter::textRecord(fields);
}

QStringList CsvExport::header() const
{
    return {QCoreApplication::translate("Report", "Incident"),
            QCoreApplication::translate("Report", "Received"),
            QCoreApplication::translate("Report", "Source"),
            QCoreApplication::translate("Report", "Category"),
            QCoreApplication::translate("Report", "Subcategory"),
            QCoreApplication::translate("Report", "Priority"),
            QCoreApplication::translate("Report", "Status"),
            QCoreApplication::translate("Report", "Community"),
            QCoreApplication::translate("Report", "Address"),
            QCoreApplication::translate("Report", "Description"),
            QCoreApplication::translate("Report", "Disposition"),
            QCoreApplication::translate("Report", "Responder"),
            QCoreApplication::translate("Report", "Badge"),
            QCoreApplication::translate("Report", "Kind"),
            QCoreApplication::translate("Report", "Dispatched"),
            QCoreApplication::translate("Report", "On scene at"),
            QCoreApplication::translate("Report", "Cleared"),
            QCoreApplication::translate("Report", "Cancelled"),
            QCoreApplication::translate("Report", "Cancel reason")};
}

QByteArray CsvExport::incidents(const ReportPeriod& period) const
{
    std::vector<Incident> incidents = m_reader.incidents({period.from(), period.to(), false, std::nullopt});
    std::reverse(incidents.begin(), incidents.end()); // oldest first
    std::vector<Id> ids;
    for (const Incident& incident : incidents)
        ids.push_back(incident.id);
    std::map<Id, std::vector<Assignment>> assignments;
    for (const Assignment& a : m_reader.assignmentsForIncidents(ids))
        assignments[a.incidentId].push_back(a);
    std::map<Id, Responder> responders;
    for (const Responder& r : m_reader.responders())
        responders.emplace(r.id, r);
    std::map<Id, QString> communities;
    for (const Community& c : m_reader.communities())
        communities.emplace(
            c.id, m_language.startsWith(QLatin1String("zh")) || c.nameEn.isEmpty() ? c.name : c.nameEn);

    CsvWriter csv;
    csv.texts(header()).endRecord();
    for (const Incident& i : incidents) {
        const QStringList incidentFields{i.number,
                                         localText(i.receivedAt),
                                         displayName(i.source),
                                         m_taxonomy.displayName(i.category, m_language),
                                         i.subcategory,
                                         toCode(i.priority),
                                         displayName(i.status),
                                         i.communityId ? communities[*i.communityId] : QString(),
                                         i.matchedAddress.isEmpty() ? i.addressText : i.matchedAddress,
                                         i.description,
                                         i.disposition};
        auto& mine = assignments[i.id];
        std::sort(mine.begin(), mine.end(),
                  [](const Assignment& a, const Assignment& b) { return a.id < b.id; });
        if (mine.empty())
            csv.texts(incidentFields + QStringList(8, QString())).endRecord();
        for (const Assignment& a : mine) {
            csv.texts(incidentFields);
            const auto r = responders.find(a.responderId);
            if (r != responders.end())
                csv.text(r->second.name).text(r->second.badgeNo).text(displayName(r->second.kind));
            else // a responder no longer on file: its number, as a number
                csv.number(a.responderId).empty().empty();
            csv.texts({localText(a.dispatchedAt), localText(a.onSceneAt), localText(a.clearedAt),
                       localText(a.cancelledAt), a.cancelReason})
                .endRecord();
        }
    }
    return csv.bytes();
}

} // namespace xiuhua::reports
