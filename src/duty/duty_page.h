#pragma once

#include "core/taxonomy.h"
#include "dispatch/duty_service.h"

#include <QByteArray>
#include <QString>
#include <QTranslator>

namespace xiuhua::duty {

// What every page needs besides its content.
struct PageContext
{
    QString language = QStringLiteral("zh"); // "zh" or "en"
    QByteArray nonce;                        // for the inline style and script (Content-Security-Policy)
    QByteArray csrf;                         // empty on the login page
};

// Renders the duty page's screens from the templates under resources/duty, Chinese first. The
// strings are translated here, per request, with the duty page's own translator (not the process's),
// because one service answers officers in both languages at once.
class DutyPage
{
public:
    explicit DutyPage(const core::Taxonomy& taxonomy);

    // "en" only when asked (?lang=en, the toggle) or when the browser prefers English to Chinese.
    static QString chooseLanguage(const QString& requested, const QString& sessionLanguage,
                                  const QByteArray& acceptLanguage);

    QByteArray login(const PageContext& page, const QString& loginName, const QString& error) const;
    QByteArray duty(const PageContext& page, const dispatch::DutyView& view, const QString& message,
                    const QString& error) const;
    QByteArray problem(const PageContext& page, const QString& text) const;

    // A page string in the language (context "DutyPage").
    QString text(const QString& language, const char* source) const;

private:
    QByteArray layout(const PageContext& page, const QString& content, bool withScript,
                      const QString& langHref) const;
    QString assignmentHtml(const PageContext& page, const dispatch::DutyAssignment& current) const;
    QString notesHtml(const PageContext& page, const dispatch::DutyAssignment& current) const;
    QString followUpHtml(const PageContext& page, const dispatch::DutyFollowUp& visit) const;
    QString statusName(const QString& language, core::AssignmentStatus status) const;

    const core::Taxonomy& m_taxonomy;
    QTranslator m_chinese;
    QString m_css;
    QString m_script;
};

} // namespace xiuhua::duty
