#pragma once

#include <QString>

#include <map>

namespace xiuhua::duty {

// A page template from resources/duty: {{name}} is replaced by the value HTML-escaped (text and
// attribute values alike: & < > " ' are all escaped), {{{name}}} by a fragment this program built
// itself from escaped parts. A name without a value becomes empty, so a missing value can never
// leave template syntax on the page.
class HtmlTemplate
{
public:
    explicit HtmlTemplate(QString text) : m_text(std::move(text)) {}
    // The template compiled into the program (":/duty/<name>"); throws std::runtime_error if absent.
    static HtmlTemplate resource(const QString& name);

    HtmlTemplate& set(const QString& name, const QString& text);
    HtmlTemplate& setHtml(const QString& name, const QString& html);
    QString render() const;

    static QString escape(const QString& text);

private:
    QString m_text;
    std::map<QString, QString> m_textValues;
    std::map<QString, QString> m_htmlValues;
};

} // namespace xiuhua::duty
