#include "reports/csv_export.h"

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
    QStringList quoted;
    for (const QString& field : fields) {
        const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                                 field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
        if (!needsQuotes) {
            quoted << field;
            continue;
        }
        QString escaped = field;
        escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
        quoted << QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return quoted.join(QLatin1Char(',')).toUtf8();
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

    QByteArray csv("\xEF\xBB\xBF");
    csv += record(header()) + "\r\n";
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
            csv += record(incidentFields + QStringList(8, QString())) + "\r\n";
        for (const Assignment& a : mine) {
            const auto r = responders.find(a.responderId);
            const bool known = r != responders.end();
            csv += record(incidentFields +
                          QStringList{known ? r->second.name : QString::number(a.responderId),
                                      known ? r->second.badgeNo : QString(),
                                      known ? displayName(r->second.kind) : QString(),
                                      localText(a.dispatchedAt), localText(a.onSceneAt),
                                      localText(a.clearedAt), localText(a.cancelledAt), a.cancelReason}) +
                   "\r\n";
        }
    }
    return csv;
}

} // namespace xiuhua::reports
