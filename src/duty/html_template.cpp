#include "duty/html_template.h"

#include <QFile>

#include <stdexcept>

namespace xiuhua::duty {

HtmlTemplate HtmlTemplate::resource(const QString& name)
{
    QFile file(QStringLiteral(":/duty/") + name);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("duty page template missing: " + name.toStdString());
    return HtmlTemplate(QString::fromUtf8(file.readAll()));
}

HtmlTemplate& HtmlTemplate::set(const QString& name, const QString& text)
{
    m_textValues[name] = escape(text);
    return *this;
}

HtmlTemplate& HtmlTemplate::setHtml(const QString& name, const QString& html)
{
    m_htmlValues[name] = html;
    return *this;
}

QString HtmlTemplate::escape(const QString& text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

// One pass from left to right: a value is never scanned again, so text an officer or a caller
// typed ("{{csrf}}") stays text.
QString HtmlTemplate::render() const
{
    QString out;
    out.reserve(m_text.size() * 2);
    qsizetype at = 0;
    while (at < m_text.size()) {
        const qsizetype open = m_text.indexOf(QLatin1String("{{"), at);
        if (open < 0) {
            out += QStringView(m_text).mid(at);
            break;
        }
        out += QStringView(m_text).mid(at, open - at);
        const bool raw = m_text.mid(open, 3) == QLatin1String("{{{");
        const QLatin1String closing(raw ? "}}}" : "}}");
        const qsizetype nameStart = open + (raw ? 3 : 2);
        const qsizetype close = m_text.indexOf(closing, nameStart);
        if (close < 0) {
            out += QStringView(m_text).mid(open);
            break;
        }
        const QString name = m_text.mid(nameStart, close - nameStart).trimmed();
        const auto& values = raw ? m_htmlValues : m_textValues;
        if (const auto found = values.find(name); found != values.end())
            out += found->second;
        at = close + closing.size();
    }
    return out;
}

} // namespace xiuhua::duty
