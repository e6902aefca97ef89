#include "map/vector_style.h"

#include <cmath>
#include <ogr_core.h>

namespace xiuhua::map {

namespace {

bool isNull(const QVariant& value)
{
    return !value.isValid() || value.isNull();
}

// A literal is a double (written as a number) or a QString.
bool equals(const QVariant& attribute, const QVariant& literal)
{
    if (isNull(attribute))
        return false;
    if (literal.typeId() == QMetaType::Double) {
        bool ok = false;
        const double number = attribute.toDouble(&ok);
        if (ok)
            return number == literal.toDouble();
    }
    return attribute.toString() == literal.toString();
}

bool compare(const QVariant& attribute, const QVariant& literal, FeatureFilter::Op op)
{
    if (isNull(attribute))
        return false;
    bool ok = false;
    const double a = attribute.toDouble(&ok);
    if (!ok || !std::isfinite(a))
        return false;
    const double b = literal.toDouble();
    switch (op) {
    case FeatureFilter::Op::Less:
        return a < b;
    case FeatureFilter::Op::Greater:
        return a > b;
    case FeatureFilter::Op::LessOrEqual:
        return a <= b;
    case FeatureFilter::Op::GreaterOrEqual:
        return a >= b;
    default:
        return false;
    }
}

bool containsValue(const QVariantList& values, const QVariant& attribute)
{
    for (const QVariant& literal : values) {
        if (equals(attribute, literal))
            return true;
    }
    return false;
}

QString literalText(const QVariant& literal)
{
    if (literal.typeId() == QMetaType::Double)
        return QString::number(literal.toDouble(), 'g', 15);
    const QString text = literal.toString();
    bool number = false;
    text.toDouble(&number);
    static const QString special = QStringLiteral(" \t\r\n[],=!<>'\"");
    bool plain = !text.isEmpty() && !number;
    for (const QChar c : text)
        plain = plain && !special.contains(c);
    if (plain)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// Tokeniser and recursive-descent parser for one condition.
class ConditionParser
{
public:
    explicit ConditionParser(const QString& text) : m_text(text) {}

    std::optional<FeatureFilter> parse(QString* error)
    {
        FeatureFilter filter;
        if (!readWord(filter.field) || filter.field.isEmpty())
            return fail(error, QStringLiteral("expected a field name"));
        const QString fieldText = QLatin1Char('"') + filter.field + QLatin1Char('"');
        skipSpace();
        if (atEnd())
            return fail(error,
                        QStringLiteral("expected an operator (=, !=, <, >, <=, >=, in, not in, is null, "
                                       "is not null) after %1")
                            .arg(fieldText));
        if (keyword("in")) {
            filter.op = FeatureFilter::Op::In;
            if (!readList(filter.values, error))
                return std::nullopt;
        } else if (keyword("not")) {
            if (!keyword("in"))
                return fail(error, QStringLiteral("expected \"in\" after \"not\""));
            filter.op = FeatureFilter::Op::NotIn;
            if (!readList(filter.values, error))
                return std::nullopt;
        } else if (keyword("is")) {
            filter.op = keyword("not") ? FeatureFilter::Op::IsNotNull : FeatureFilter::Op::IsNull;
            if (!keyword("null"))
                return fail(error, QStringLiteral("expected \"null\" after \"is\""));
        } else {
            const std::optional<FeatureFilter::Op> op = readOperator();
            if (!op)
                return fail(error, QStringLiteral("expected an operator (=, !=, <, >, <=, >=, in, not in, is "
                                                  "null, is not null) after %1")
                                       .arg(fieldText));
            filter.op = *op;
            QVariant value;
            if (!readValue(value, error))
                return std::nullopt;
            if (filter.op != FeatureFilter::Op::Equal && filter.op != FeatureFilter::Op::NotEqual &&
                value.typeId() != QMetaType::Double)
                return fail(error, QStringLiteral("%1 needs a number, got %2")
                                       .arg(operatorText(filter.op), literalText(value)));
            filter.values = {value};
        }
        skipSpace();
        if (!atEnd())
            return fail(error,
                        QStringLiteral("unexpected \"%1\" after the condition").arg(m_text.mid(m_pos, 20)));
        return filter;
    }

    static QString operatorText(FeatureFilter::Op op)
    {
        switch (op) {
        case FeatureFilter::Op::Equal:
            return QStringLiteral("=");
        case FeatureFilter::Op::NotEqual:
            return QStringLiteral("!=");
        case FeatureFilter::Op::Less:
            return QStringLiteral("<");
        case FeatureFilter::Op::Greater:
            return QStringLiteral(">");
        case FeatureFilter::Op::LessOrEqual:
            return QStringLiteral("<=");
        case FeatureFilter::Op::GreaterOrEqual:
            return QStringLiteral(">=");
        default:
            return {};
        }
    }

private:
    static bool isSpecial(QChar c)
    {
        static const QString special = QStringLiteral("[],=!<>'\"");
        return c.isSpace() || special.contains(c);
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    void skipSpace()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    static std::optional<FeatureFilter> fail(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return std::nullopt;
    }

    // A bare word (case-insensitive) followed by a non-word character.
    bool keyword(const char* word)
    {
        skipSpace();
        const QString w = QString::fromLatin1(word);
        if (m_text.mid(m_pos, w.size()).compare(w, Qt::CaseInsensitive) != 0)
            return false;
        if (m_pos + w.size() < m_text.size() && !isSpecial(m_text.at(m_pos + w.size())))
            return false;
        m_pos += w.size();
        return true;
    }

    std::optional<FeatureFilter::Op> readOperator()
    {
        skipSpace();
        const QChar a = peek();
        const QChar b = peek(1);
        auto take = [this](qsizetype n, FeatureFilter::Op op) {
            m_pos += n;
            return op;
        };
        if (a == u'=' && b == u'=')
            return take(2, FeatureFilter::Op::Equal);
        if (a == u'=')
            return take(1, FeatureFilter::Op::Equal);
        if (a == u'!' && b == u'=')
            return take(2, FeatureFilter::Op::NotEqual);
        if (a == u'<' && b == u'>')
            return take(2, FeatureFilter::Op::NotEqual);
        if (a == u'<' && b == u'=')
            return take(2, FeatureFilter::Op::LessOrEqual);
        if (a == u'>' && b == u'=')
            return take(2, FeatureFilter::Op::GreaterOrEqual);
        if (a == u'<')
            return take(1, FeatureFilter::Op::Less);
        if (a == u'>')
            return take(1, FeatureFilter::Op::Greater);
        return std::nullopt;
    }

    // A quoted string or a bare word; false on an unterminated quote.
    bool readWord(QString& word, bool* quoted = nullptr)
    {
        skipSpace();
        word.clear();
        if (quoted)
            *quoted = false;
        const QChar quote = peek();
        if (quote == u'\'' || quote == u'"') {
            ++m_pos;
            while (!atEnd()) {
                const QChar c = m_text.at(m_pos++);
                if (c == u'\\' && !atEnd()) {
                    word += m_text.at(m_pos++);
                } else if (c == quote) {
                    if (quoted)
                        *quoted = true;
                    return true;
                } else {
                    word += c;
                }
            }
            return false;
        }
        while (!atEnd() && !isSpecial(m_text.at(m_pos)))
            word += m_text.at(m_pos++);
        return true;
    }

    bool readValue(QVariant& value, QString* error)
    {
        QString word;
        bool quoted = false;
        if (!readWord(word, &quoted)) {
            fail(error, QStringLiteral("unterminated quote"));
            return false;
        }
        if (!quoted && word.isEmpty()) {
            fail(error, atEnd() ? QStringLiteral("expected a value at the end")
                                : QStringLiteral("expected a value, got \"%1\"").arg(peek()));
            return false;
        }
        bool number = false;
        const double d = quoted ? 0 : word.toDouble(&number);
        if (number && std::isfinite(d))
            value = d;
        else
            value = word;
        return true;
    }

    bool readList(QVariantList& values, QString* error)
    {
        skipSpace();
        if (peek() != u'[') {
            fail(error, QStringLiteral("expected \"[\" to start the list of values"));
            return false;
        }
        ++m_pos;
        skipSpace();
        if (peek() == u']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            QVariant value;
            if (!readValue(value, error))
                return false;
            values << value;
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u']') {
                ++m_pos;
                return true;
            }
            fail(error, atEnd()
                            ? QStringLiteral("missing \"]\" at the end of the list")
                            : QStringLiteral("expected \",\" or \"]\" in the list, got \"%1\"").arg(peek()));
            return false;
        }
    }

    const QString& m_text;
    qsizetype m_pos = 0;
};

} // namespace

GeometryType geometryTypeFromWkb(int wkbType)
{
    switch (wkbFlatten(OGRwkbGeometryType(wkbType))) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryType::Point;
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
        return GeometryType::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
        return GeometryType::Polygon;
    default:
        return GeometryType::Unknown;
    }
}

bool FeatureFilter::matches(const QVariantMap& attributes) const
{
    switch (op) {
    case Op::Always:
        return true;
    case Op::Equal:
        return !values.isEmpty() && equals(attributes.value(field), values.front());
    case Op::NotEqual:
        return values.isEmpty() || !equals(attributes.value(field), values.front());
    case Op::In:
        return containsValue(values, attributes.value(field));
    case Op::NotIn:
        return !containsValue(values, attributes.value(field));
    case Op::Less:
    case Op::Greater:
    case Op::LessOrEqual:
    case Op::GreaterOrEqual:
        return !values.isEmpty() && compare(attributes.value(field), values.front(), op);
    case Op::IsNull:
        return isNull(attributes.value(field));
    case Op::IsNotNull:
        return !isNull(attributes.value(field));
    case Op::All:
        for (const FeatureFilter& child : children) {
            if (!child.matches(attributes))
                return false;
        }
        return true;
    case Op::Any:
        for (const FeatureFilter& child : children) {
            if (child.matches(attributes))
                return true;
        }
        return false;
    case Op::Not:
        return children.size() == 1 && !children.front().matches(attributes);
    }
    return false;
}

QString FeatureFilter::toString() const
{
    const QString name = literalText(field);
    auto list = [this] {
        QStringList items;
        for (const QVariant& value : values)
            items << literalText(value);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    };
    auto childList = [this] {
        QStringList items;
        for (const FeatureFilter& child : children)
            items << child.toString();
        return QLatin1Char('(') + items.join(QStringLiteral(", ")) + QLatin1Char(')');
    };
    switch (op) {
    case Op::Always:
        return QStringLiteral("always");
    case Op::In:
        return name + QStringLiteral(" in ") + list();
    case Op::NotIn:
        return name + QStringLiteral(" not in ") + list();
    case Op::IsNull:
        return name + QStringLiteral(" is null");
    case Op::IsNotNull:
        return name + QStringLiteral(" is not null");
    case Op::All:
        return QStringLiteral("all") + childList();
    case Op::Any:
        return QStringLiteral("any") + childList();
    case Op::Not:
        return QStringLiteral("not") + childList();
    default:
        return name + QLatin1Char(' ') + ConditionParser::operatorText(op) + QLatin1Char(' ') +
               (values.isEmpty() ? QString() : literalText(values.front()));
    }
}

std::optional<FeatureFilter> FeatureFilter::parse(const QString& text, QString* error)
{
    if (text.size() > 10000) {
        if (error)
            *error = QStringLiteral("the condition is too long");
        return std::nullopt;
    }
    return ConditionParser(text).parse(error);
}

bool VectorStyle::Category::matches(const QVariantMap& attributes, const QString& categoryField) const
{
    if (filter)
        return filter->matches(attributes);
    return !categoryField.isEmpty() && values.contains(attributes.value(categoryField).toString());
}

int VectorStyle::categoryIndexFor(const QVariantMap& attributes) const
{
    QString categoryField;
    for (const QString& candidate : categoryFields) {
        if (attributes.contains(candidate)) {
            categoryField = candidate;
            break;
        }
    }
    for (std::size_t i = 0; i < categories.size(); ++i) {
        if (categories[i].matches(attributes, categoryField))
            return int(i);
    }
    return -1;
}

const FeatureStyle& VectorStyle::styleAt(int categoryIndex) const
{
    if (categoryIndex >= 0 && std::size_t(categoryIndex) < categories.size())
        return categories[std::size_t(categoryIndex)].style;
    return fallback;
}

QString VectorStyle::labelFieldAt(int categoryIndex) const
{
    const QString& own = styleAt(categoryIndex).labelField;
    return own.isEmpty() ? labelField : own;
}

} // namespace xiuhua::map
