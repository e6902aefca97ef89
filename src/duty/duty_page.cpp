#include "duty/duty_page.h"

#include "duty/html_template.h"

#include <QFile>
#include <QTimeZone>
#include <QUrl>

namespace xiuhua::duty {

using namespace xiuhua::core;

namespace {

QString readResource(const QString& name)
{
    QFile file(QStringLiteral(":/duty/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The station's local time, as the console shows it.
QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toTimeZone(QTimeZone("Asia/Shanghai")).toString(QStringLiteral("MM-dd HH:mm"))
                         : QString();
}

QString paragraph(const QString& cssClass, const QString& text, const QString& id = {})
{
    return QStringLiteral("<p class=\"%1\"%2>%3</p>")
        .arg(cssClass, id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(id),
             HtmlTemplate::escape(text));
}

} // namespace

DutyPage::DutyPage(const Taxonomy& taxonomy)
    : m_taxonomy(taxonomy), m_css(readResource(QStringLiteral("duty.css"))),
      m_script(readResource(QStringLiteral("duty.js")))
{
    // Without the translation the page falls back to the English source strings.
    (void)m_chinese.load(QStringLiteral(":/i18n/xiuhua_duty_zh_CN.qm"));
}

QString DutyPage::chooseLanguage(const QString& requested, const QString& sessionLanguage,
                                 const QByteArray& acceptLanguage)
{
    if (requested == QLatin1String("en") || requested == QLatin1String("zh"))
        return requested;
    if (!sessionLanguage.isEmpty())
        return sessionLanguage;
    // The first of Chinese or English in the browser's list wins (browsers list them by preference).
    for (const QByteArray& part : acceptLanguage.split(',')) {
        const QByteArray tag = part.split(';').first().trimmed().toLower();
        if (tag.startsWith("zh"))
            return QStringLiteral("zh");
        if (tag.startsWith("en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("zh");
}

QString DutyPage::text(const QString& language, const char* source) const
{
    if (language == QLatin1String("zh")) {
        const QString translated = m_chinese.translate("DutyPage", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString DutyPage::statusName(const QString& language, AssignmentStatus status) const
{
    switch (status) {
    case AssignmentStatus::Dispatched:
        return text(language, QT_TRANSLATE_NOOP("DutyPage", "Dispatched"));
    case AssignmentStatus::Acknowledged:
        return text(language, QT_TRANSLATE_NOOP("DutyPage", "Acknowledged"));
    case AssignmentStatus::EnRoute:
        return text(language, QT_TRANSLATE_NOOP("DutyPage", "En route"));
    case AssignmentStatus::OnScene:
        return text(language, QT_TRANSLATE_NOOP("DutyPage", "On scene"));
    case AssignmentStatus::Cleared:
        return text(language, QT_TRANSLATE_NOOP("DutyPage", "Cleared"));
    case AssignmentStatus::Cancelled:
        return text(language, QT_TRANSLATE_NOOP("DutyPage", "Cancelled"));
    }
    return {};
}

QByteArray DutyPage::layout(const PageContext& page, const QString& content, bool withScript,
                            const QString& langHref) const
{
    const QString& lang = page.language;
    const bool zh = lang == QLatin1String("zh");
    HtmlTemplate layout = HtmlTemplate::resource(QStringLiteral("page.html"));
    layout.set(QStringLiteral("lang_attr"), zh ? QStringLiteral("zh-CN") : QStringLiteral("en"))
        .set(QStringLiteral("title"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Duty")))
        .set(QStringLiteral("heading"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Xiuhua · Duty")))
        .set(QStringLiteral("nonce"), QString::fromLatin1(page.nonce))
        .set(QStringLiteral("csrf"), QString::fromLatin1(page.csrf))
        .set(QStringLiteral("lang_href"),
             langHref + (zh ? QStringLiteral("?lang=en") : QStringLiteral("?lang=zh")))
        .set(QStringLiteral("lang_label"), zh ? QStringLiteral("English") : QStringLiteral("中文"))
        .setHtml(QStringLiteral("css"), m_css)
        .setHtml(QStringLiteral("content"), content);
    if (withScript)
        layout.setHtml(QStringLiteral("script"),
                       QStringLiteral("<script nonce=\"%1\">%2</script>")
                           .arg(HtmlTemplate::escape(QString::fromLatin1(page.nonce)), m_script));
    return layout.render().toUtf8();
}

QByteArray DutyPage::login(const PageContext& page, const QString& loginName, const QString& error) const
{
    const QString& lang = page.language;
    HtmlTemplate form = HtmlTemplate::resource(QStringLiteral("login.html"));
    form.set(QStringLiteral("login_label"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Login (badge number)")))
        .set(QStringLiteral("password_label"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Password")))
        .set(QStringLiteral("login_button"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Log in")))
        .set(QStringLiteral("login"), loginName)
        .set(QStringLiteral("lang"), lang);
    if (!error.isEmpty())
        form.setHtml(QStringLiteral("error"),
                     paragraph(QStringLiteral("error"), error, QStringLiteral("error")));
    return layout(page, form.render(), false, QStringLiteral("/duty"));
}

QByteArray DutyPage::problem(const PageContext& page, const QString& message) const
{
    const QString content = paragraph(QStringLiteral("error card"), message, QStringLiteral("error")) +
                            QStringLiteral("<p><a href=\"/duty\">%1</a></p>")
                                .arg(HtmlTemplate::escape(text(
                                    page.language, QT_TRANSLATE_NOOP("DutyPage", "Back to the duty page"))));
    return layout(page, content, false, QStringLiteral("/duty"));
}

QByteArray DutyPage::duty(const PageContext& page, const dispatch::DutyView& view, const QString& message,
                          const QString& error) const
{
    const QString& lang = page.language;
    HtmlTemplate body = HtmlTemplate::resource(QStringLiteral("duty.html"));
    body.set(QStringLiteral("officer"), view.officer.name)
        .set(QStringLiteral("badge"), view.officer.badgeNo)
        .set(QStringLiteral("csrf"), QString::fromLatin1(page.csrf))
        .set(QStringLiteral("logout"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Log out")))
        .set(QStringLiteral("position_hint"),
             text(lang, QT_TRANSLATE_NOOP("DutyPage",
                                          "Allow location to report your position while this page is open.")))
        .set(QStringLiteral("position_denied"),
             text(lang, QT_TRANSLATE_NOOP("DutyPage", "Location is not allowed: no position is sent.")))
        .set(QStringLiteral("position_failed"),
             text(lang, QT_TRANSLATE_NOOP("DutyPage", "Position not sent (no connection).")));
    QString banner;
    if (!error.isEmpty())
        banner += paragraph(QStringLiteral("error"), error, QStringLiteral("error"));
    if (!message.isEmpty())
        banner += paragraph(QStringLiteral("message"), message, QStringLiteral("message"));
    body.setHtml(QStringLiteral("message"), banner);
    if (view.current) {
        QString html = assignmentHtml(page, *view.current);
        if (view.otherActive > 0)
            html +=
                paragraph(QStringLiteral("small"),
                          text(lang, QT_TRANSLATE_NOOP("DutyPage", "You hold %1 more active assignment(s); "
                                                                   "the dispatcher has them."))
                              .arg(view.otherActive));
        body.setHtml(QStringLiteral("assignment"), html);
    } else {
        body.setHtml(QStringLiteral("assignment"),
                     paragraph(QStringLiteral("card"),
                               text(lang, QT_TRANSLATE_NOOP("DutyPage", "No current assignment.")),
                               QStringLiteral("no-assignment")));
    }
    QString visits;
    for (const dispatch::DutyFollowUp& visit : view.followUps)
        visits += followUpHtml(page, visit);
    body.setHtml(QStringLiteral("follow_ups"), visits);
    return layout(page, body.render(), true, QStringLiteral("/duty/"));
}

QString DutyPage::assignmentHtml(const PageContext& page, const dispatch::DutyAssignment& current) const
{
    const QString& lang = page.language;
    const Incident& incident = current.incident;
    const AssignmentStatus status = current.assignment.status;
    HtmlTemplate card = HtmlTemplate::resource(QStringLiteral("assignment.html"));
    QString address = incident.addressText;
    if (!incident.matchedAddress.isEmpty() && incident.matchedAddress != incident.addressText)
        address += QStringLiteral(" (%1)").arg(incident.matchedAddress);
    const QString caller = QStringLiteral("%1 %2").arg(incident.callerName, incident.callerPhone).trimmed();
    card.set(QStringLiteral("assignment_id"), QString::number(current.assignment.id))
        .set(QStringLiteral("status_code"), toCode(status))
        .set(QStringLiteral("number"), incident.number)
        .set(QStringLiteral("status"), statusName(lang, status))
        .set(QStringLiteral("category_label"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Category")))
        .set(QStringLiteral("category"), m_taxonomy.displayName(incident.category, lang))
        .set(QStringLiteral("priority_label"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Priority")))
        .set(QStringLiteral("priority"), QStringLiteral("P%1").arg(priorityNumber(incident.priority)))
        .set(QStringLiteral("address_label"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Address")))
        .set(QStringLiteral("address"), address)
        .set(QStringLiteral("caller_label"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Caller")))
        .set(QStringLiteral("caller"), caller.isEmpty() ? QStringLiteral("—") : caller)
        .set(QStringLiteral("dispatched_label"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Dispatched at")))
        .set(QStringLiteral("dispatched_at"), localTime(current.assignment.dispatchedAt))
        .set(QStringLiteral("csrf"), QString::fromLatin1(page.csrf))
        .set(QStringLiteral("acknowledge"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Acknowledged")))
        .set(QStringLiteral("on_scene"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "On scene")))
        .set(QStringLiteral("clear"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Cleared")))
        .set(QStringLiteral("backup"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Request backup")))
        .set(QStringLiteral("backup_note"),
             text(lang, QT_TRANSLATE_NOOP("DutyPage", "What is needed (optional)")));
    if (status != AssignmentStatus::Dispatched)
        card.setHtml(QStringLiteral("ack_disabled"), QStringLiteral(" disabled"));
    if (status == AssignmentStatus::OnScene)
        card.setHtml(QStringLiteral("on_scene_disabled"), QStringLiteral(" disabled"));
    if (!incident.description.isEmpty())
        card.setHtml(QStringLiteral("description"),
                     paragraph(QStringLiteral("description"), incident.description));
    if (incident.location) {
        // geo: opens the phone's own map app (offline maps work); nothing here reaches the internet.
        const QString coords = QStringLiteral("%1,%2")
                                   .arg(incident.location->lat, 0, 'f', 6)
                                   .arg(incident.location->lon, 0, 'f', 6);
        card.setHtml(
            QStringLiteral("map_link"),
            QStringLiteral("<a class=\"map\" id=\"map-link\" href=\"geo:%1?q=%1(%2)\">%3</a>")
                .arg(coords,
                     HtmlTemplate::escape(QString::fromUtf8(QUrl::toPercentEncoding(incident.number))),
                     HtmlTemplate::escape(text(lang, QT_TRANSLATE_NOOP("DutyPage", "Open in the map app")))));
    }
    card.setHtml(QStringLiteral("notes"), notesHtml(page, current));
    if (current.backupRequest)
        card.setHtml(QStringLiteral("backup_state"),
                     paragraph(QStringLiteral("alert"),
                               text(lang, QT_TRANSLATE_NOOP(
                                              "DutyPage",
                                              "Backup requested at %1; the dispatchers have been alerted."))
                                   .arg(localTime(current.backupRequest->at)),
                               QStringLiteral("backup-requested")));
    return card.render();
}

QString DutyPage::notesHtml(const PageContext& page, const dispatch::DutyAssignment& current) const
{
    if (current.notes.empty())
        return {};
    QString html =
        QStringLiteral("<h3>%1</h3><ol class=\"notes\">")
            .arg(HtmlTemplate::escape(text(page.language, QT_TRANSLATE_NOOP("DutyPage", "Notes"))));
    for (const IncidentEvent& note : current.notes)
        html += QStringLiteral("<li><span class=\"small\">%1</span> %2</li>")
                    .arg(HtmlTemplate::escape(localTime(note.at)), HtmlTemplate::escape(note.text));
    return html + QStringLiteral("</ol>");
}

QString DutyPage::followUpHtml(const PageContext& page, const dispatch::DutyFollowUp& visit) const
{
    const FollowUp& followUp = visit.followUp;
    const QString& lang = page.language;
    HtmlTemplate card = HtmlTemplate::resource(QStringLiteral("follow_up.html"));
    QString options;
    for (int score = 5; score >= 1; --score)
        options += QStringLiteral("<option value=\"%1\">%1</option>").arg(score);
    card.set(QStringLiteral("id"), QString::number(followUp.id))
        .set(QStringLiteral("title"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Follow-up visit")))
        .set(QStringLiteral("number"), visit.incidentNumber)
        .set(QStringLiteral("address"), visit.address)
        .set(QStringLiteral("due_label"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Due")))
        .set(QStringLiteral("due"), localTime(followUp.due))
        .set(QStringLiteral("csrf"), QString::fromLatin1(page.csrf))
        .set(QStringLiteral("result_label"),
             text(lang, QT_TRANSLATE_NOOP("DutyPage", "What the visit found")))
        .set(QStringLiteral("satisfaction_label"),
             text(lang, QT_TRANSLATE_NOOP("DutyPage", "Satisfaction (5 = very satisfied)")))
        .set(QStringLiteral("record"), text(lang, QT_TRANSLATE_NOOP("DutyPage", "Record the visit")))
        .setHtml(QStringLiteral("options"), options);
    return card.render();
}

} // namespace xiuhua::duty
