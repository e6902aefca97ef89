#include "ui/incidents/details_panel.h"

#include "core/personal_data.h"
#include "ui/common/display_text.h"
#include "ui/common/status_palette.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace xiuhua::ui {

using namespace xiuhua::core;

namespace {

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

// "address_text: 福州路 100 号 → 福州路 102 号" for every field a correction changed; a caller's
// corrected name or phone stays masked unless the caller's details were revealed.
QString changedFields(const QString& beforeJson, const QString& afterJson, bool revealed)
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    QStringList changes;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() == QLatin1String("updated_at") || before.value(it.key()) == it.value())
            continue;
        auto show = [&](const QJsonValue& value) {
            if (!revealed && it.key() == QLatin1String("caller_phone"))
                return maskPhone(value.toString());
            if (!revealed && it.key() == QLatin1String("caller_name"))
                return maskName(value.toString());
            return value.isString()
                       ? value.toString()
                       : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1);
        };
        changes
            << QStringLiteral("%1: %2 → %3").arg(it.key(), show(before.value(it.key())), show(it.value()));
    }
    return changes.isEmpty() ? QString()
                             : QStringLiteral(" (") + changes.join(QStringLiteral("; ")) + QLatin1Char(')');
}

} // namespace

DetailsPanel::DetailsPanel(const storage::StoreReader& reader, const Taxonomy& taxonomy, QString language,
                           QWidget* parent)
    : QWidget(parent), m_reader(reader), m_taxonomy(taxonomy), m_language(std::move(language)),
      m_browser(new QTextBrowser(this)), m_reveal(new QPushButton(tr("Show caller details"), this)),
      m_replay(new QPushButton(tr("Replay this incident's period"), this))
{
    m_browser->setObjectName(QStringLiteral("detailsBrowser"));
    m_browser->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_browser);
    m_reveal->setObjectName(QStringLiteral("showCallerButton"));
    m_reveal->setToolTip(tr("Shows the caller's name and phone number in full; each view is recorded."));
    m_reveal->hide();
    layout->addWidget(m_reveal);
    connect(m_reveal, &QPushButton::clicked, this, &DetailsPanel::revealCaller);
    m_replay->setObjectName(QStringLiteral("replayIncidentButton"));
    m_replay->setToolTip(
        tr("Shows on the map where the officers were from the call to its close (track replay)."));
    m_replay->hide();
    layout->addWidget(m_replay);
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (m_shown == Shown::Incident)
            emit replayRequested(m_shownId);
    });
    clear();
}

void DetailsPanel::setReplayAllowed(bool allowed)
{
    m_replayAllowed = allowed;
    m_replay->setVisible(allowed && m_shown == Shown::Incident);
}

void DetailsPanel::setCallerRevealer(CallerRevealer revealer)
{
    m_revealer = std::move(revealer);
    // A new revealer means a new operator: what the last one was shown is hidden again.
    m_revealed.reset();
    refresh();
}

void DetailsPanel::revealCaller()
{
    if (m_shown != Shown::Incident || !m_revealer)
        return;
    if (const auto details = m_revealer(m_shownId)) {
        m_revealed = std::make_pair(m_shownId, *details);
        refresh();
    }
}

void DetailsPanel::clear()
{
    m_shown = Shown::Nothing;
    m_revealed.reset();
    if (m_reveal)
        m_reveal->hide();
    if (m_replay)
        m_replay->hide();
    m_browser->setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                           .arg(tr("Select an incident or a responder to see the details.").toHtmlEscaped()));
}

void DetailsPanel::refresh()
{
    if (m_shown == Shown::Incident)
        showIncident(m_shownId);
    else if (m_shown == Shown::Responder)
        showResponder(m_shownId);
}

void DetailsPanel::refreshIncidents(const QList<qint64>& ids)
{
    // An assignment change names its incident too, so the page with its responders follows.
    if (m_shown == Shown::Incident && (ids.isEmpty() || ids.contains(m_shownId)))
        refresh();
}

void DetailsPanel::refreshResponders(const QList<qint64>& ids)
{
    if (m_shown == Shown::Responder && (ids.isEmpty() || ids.contains(m_shownId)))
        refresh();
}

QString DetailsPanel::plainText() const
{
    return m_browser->toPlainText();
}

QString DetailsPanel::communityName(std::optional<Id> id) const
{
    if (!id)
        return tr("outside the jurisdiction");
    for (const Community& community : m_reader.communities()) {
        if (community.id == *id)
            return community.name;
    }
    return QString::number(*id);
}

QString DetailsPanel::responderName(std::optional<Id> id) const
{
    if (!id)
        return {};
    const auto responder = m_reader.responder(*id);
    return responder ? QStringLiteral("%1 (%2)").arg(responder->name, responder->badgeNo)
                     : QString::number(*id);
}

void DetailsPanel::showIncident(Id id)
{
    const auto incident = m_reader.incident(id);
    if (!incident) {
        clear();
        return;
    }
    m_shown = Shown::Incident;
    m_shownId = id;
    if (m_revealed && m_revealed->first != id)
        m_revealed.reset();
    m_browser->setHtml(incidentHtml(*incident));
    const bool hasCaller = !incident->callerName.isEmpty() || !incident->callerPhone.isEmpty();
    m_reveal->setVisible(m_revealer && hasCaller && !m_revealed);
    m_replay->setVisible(m_replayAllowed);
}

void DetailsPanel::showResponder(Id id)
{
    const auto responder = m_reader.responder(id);
    if (!responder) {
        clear();
        return;
    }
    m_shown = Shown::Responder;
    m_shownId = id;
    m_revealed.reset();
    m_reveal->hide();
    m_replay->hide();
    m_browser->setHtml(responderHtml(*responder));
}

// One HTML document in reading order (header, caller, place, assignments, timeline): over 60 lines
// because splitting it would scatter one page's markup.
QString DetailsPanel::incidentHtml(const Incident& incident) const
{
    QString html = QStringLiteral("<h3>%1 <span style='color:%2'>%3</span></h3><table>")
                       .arg(incident.number.toHtmlEscaped(), incidentStatusColour(incident.status).name(),
                            displayName(incident.status).toHtmlEscaped());
    const Category* category = m_taxonomy.find(incident.category);
    QString categoryText = m_taxonomy.displayName(incident.category, m_language);
    if (category) {
        for (const Subcategory& sub : category->subcategories) {
            if (sub.code == incident.subcategory)
                categoryText += QStringLiteral(" / ") +
                                (m_language.startsWith(QLatin1String("zh")) ? sub.nameZh : sub.nameEn);
        }
    }
    html += row(tr("Category"), categoryText);
    html += row(tr("Priority"), displayName(incident.priority));
    html += row(tr("Received"), localTimeText(incident.receivedAt));
    html += row(tr("Source"), displayName(incident.source));
    if (incident.transfer)
        html += row(tr("110 transfer"),
                    tr("%1, taken by the 110 centre at %2, call-taker %3")
                        .arg(incident.transfer->number, localTimeText(incident.transfer->receivedAt),
                             incident.transfer->callTaker));
    if (!incident.callerName.isEmpty() || !incident.callerPhone.isEmpty())
        html += row(tr("Caller"),
                    m_revealed && m_revealed->first == incident.id
                        ? QStringLiteral("%1 %2").arg(m_revealed->second.name, m_revealed->second.phone)
                        : QStringLiteral("%1 %2").arg(maskName(incident.callerName),
                                                      maskPhone(incident.callerPhone)));
    html += row(tr("Address (as given)"), incident.addressText);
    if (!incident.matchedAddress.isEmpty())
        html += row(tr("Matched place"), incident.matchedAddress);
    if (incident.locationUnconfirmed)
        html += row(tr("Location"), tr("unconfirmed: check it before dispatching (Enter in the queue)"));
    if (incident.location)
        html += row(tr("Location"), QStringLiteral("%1, %2")
                                        .arg(incident.location->lon, 0, 'f', 6)
                                        .arg(incident.location->lat, 0, 'f', 6));
    html += row(tr("Community"), communityName(incident.communityId));
    if (incident.communityId) {
        for (const Community& community : m_reader.communities()) {
            if (community.id == *incident.communityId && community.responsibleOfficerId)
                html += row(tr("Community officer"), responderName(community.responsibleOfficerId));
        }
    }
    if (!incident.description.isEmpty())
        html += row(tr("Description"), incident.description);
    if (!incident.disposition.isEmpty())
        html += row(tr("Outcome"), incident.disposition);
    if (incident.followUpRequired)
        html += row(tr("Follow-up visit"), tr("required"));
    html += QStringLiteral("</table>");

    const auto assignments = m_reader.assignmentsForIncident(incident.id);
    if (!assignments.empty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Assignments").toHtmlEscaped());
        for (const Assignment& assignment : assignments)
            html += row(responderName(assignment.responderId),
                        QStringLiteral("%1 · %2 %3")
                            .arg(displayName(assignment.status), tr("dispatched"),
                                 localTimeText(assignment.dispatchedAt)));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Timeline").toHtmlEscaped());
    for (const IncidentEvent& event : m_reader.incidentEvents(incident.id)) {
        QString text = event.text;
        if (event.kind == IncidentEventKind::Edit)
            text += changedFields(event.beforeJson, event.afterJson,
                                  m_revealed && m_revealed->first == incident.id);
        html += row(localTimeText(event.at), text);
    }
    html += QStringLiteral("</table>");
    return html;
}

QString DetailsPanel::responderHtml(const Responder& responder) const
{
    QString html = QStringLiteral("<h3>%1 <span style='color:%2'>%3</span></h3><table>")
                       .arg(responder.name.toHtmlEscaped(), responderStatusColour(responder.status).name(),
                            displayName(responder.status).toHtmlEscaped());
    html += row(tr("Badge"), responder.badgeNo);
    html += row(tr("Kind"), displayName(responder.kind));
    html += row(tr("Phone"), responder.phone);
    html += row(tr("Status since"), localTimeText(responder.statusSince));
    if (responder.homePostId) {
        for (const Post& post : m_reader.posts()) {
            if (post.id == *responder.homePostId)
                html += row(tr("Home post"), post.name);
        }
    }
    if (responder.fireStationId) {
        for (const FireStation& station : m_reader.fireStations()) {
            if (station.id == *responder.fireStationId)
                html += row(tr("Micro fire station"), station.name);
        }
    }
    for (const Community& community : m_reader.communities()) {
        if (community.responsibleOfficerId == responder.id)
            html += row(tr("Responsible for"), community.name);
    }
    if (responder.lastPosition)
        html += row(tr("Last position"), QStringLiteral("%1, %2 (%3)")
                                             .arg(responder.lastPosition->lon, 0, 'f', 6)
                                             .arg(responder.lastPosition->lat, 0, 'f', 6)
                                             .arg(localTimeText(responder.positionAt)));
    for (const Assignment& assignment : m_reader.activeAssignmentsOf({responder.id})) {
        const auto incident = m_reader.incident(assignment.incidentId);
        if (incident)
            html += row(tr("Current incident"),
                        QStringLiteral("%1 · %2").arg(incident->number, displayName(assignment.status)));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace xiuhua::ui
