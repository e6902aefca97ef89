#include "map/style_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace xiuhua::map {

namespace {

constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;
constexpr int kMaxFilterDepth = 32;
constexpr double kMaxWidth = 64;
constexpr double kMaxSymbolSize = 256;
constexpr int kMaxZ = 1000000;

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 10);
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(40) + QStringLiteral("...");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString key(const QString& path, const QString& name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

QString index(const QString& path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

int hexDigit(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// "#rgb", "#rrggbb", "#rrggbbaa" (CSS order) or an SVG colour name.
std::optional<QColor> parseColour(const QString& text)
{
    if (text.startsWith(QLatin1Char('#'))) {
        const qsizetype n = text.size() - 1;
        if (n != 3 && n != 6 && n != 8)
            return std::nullopt;
        std::vector<int> digits;
        for (qsizetype i = 1; i < text.size(); ++i) {
            const int d = hexDigit(text.at(i));
            if (d < 0)
                return std::nullopt;
            digits.push_back(d);
        }
        if (n == 3)
            return QColor(digits[0] * 17, digits[1] * 17, digits[2] * 17);
        auto byte = [&digits](int i) {
            return digits[std::size_t(2 * i)] * 16 + digits[std::size_t(2 * i + 1)];
        };
        return QColor(byte(0), byte(1), byte(2), n == 8 ? byte(3) : 255);
    }
    if (text.isEmpty() || text.size() > 40)
        return std::nullopt;
    for (const QChar c : text) {
        if (!(c >= u'a' && c <= u'z') && !(c >= u'A' && c <= u'Z'))
            return std::nullopt;
    }
    if (!QColor::isValidColor(text))
        return std::nullopt;
    return QColor(text);
}

} // namespace

// Walks the JSON document; every check names the JSON path it is at.
class StyleReader
{
public:
    explicit StyleReader(QString baseDir) : m_baseDir(std::move(baseDir)) {}

    StyleSheet read(const QByteArray& json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const QByteArray before = json.left(parseError.offset);
            const qsizetype line = before.count('\n') + 1;
            const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
            fail({}, QStringLiteral("not valid JSON at line %1, column %2: %3")
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString()));
        }
        if (!document.isObject())
            fail({}, QStringLiteral("the style file must be a JSON object ({...})"));
        const QJsonObject root = document.object();
        checkKeys({}, root, {"version", "title", "background", "layers"});

        StyleSheet sheet;
        if (root.contains(QLatin1String("version"))) {
            const int version =
                integer(QStringLiteral("version"), root.value(QLatin1String("version")), 0, 1000);
            if (version != 1)
                fail(QStringLiteral("version"),
                     QStringLiteral("version %1 is not supported (this program reads version 1)")
                         .arg(version));
        }
        if (root.contains(QLatin1String("title")))
            sheet.m_title = title(QStringLiteral("title"), root.value(QLatin1String("title")));
        if (root.contains(QLatin1String("background")))
            sheet.m_background =
                colour(QStringLiteral("background"), root.value(QLatin1String("background")));
        const QJsonObject layers = object(QStringLiteral("layers"), root.value(QLatin1String("layers")));
        for (auto it = layers.begin(); it != layers.end(); ++it) {
            const QString path = key(QStringLiteral("layers"), it.key());
            if (it.key().trimmed().isEmpty())
                fail(path, QStringLiteral("a layer needs a name"));
            for (const LayerStyle& other : sheet.m_layers) {
                if (other.name.compare(it.key(), Qt::CaseInsensitive) == 0)
                    fail(path,
                         QStringLiteral("layer \"%1\" is styled twice (names ignore case)").arg(it.key()));
            }
            sheet.m_layers.push_back(layer(path, it.key(), it.value()));
        }
        return sheet;
    }

private:
    [[noreturn]] static void fail(const QString& path, const QString& message)
    {
        throw StyleError(path, message);
    }

    // Unknown keys are mistakes (a typo would otherwise be ignored silently);
    // keys starting with "_" are comments. "color" is accepted for "colour".
    static void checkKeys(const QString& path, const QJsonObject& object,
                          std::initializer_list<const char*> allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().startsWith(QLatin1Char('_')))
                continue;
            const QString name = canonical(it.key());
            bool known = false;
            QStringList names;
            for (const char* a : allowed) {
                known = known || name == QLatin1String(a);
                names << QString::fromLatin1(a);
            }
            if (!known)
                fail(key(path, it.key()), QStringLiteral("unknown key (expected one of: %1)")
                                              .arg(names.join(QStringLiteral(", "))));
        }
    }

    static QString canonical(QString name)
    {
        name.replace(QLatin1String("color"), QLatin1String("colour"));
        return name;
    }

    // The value of a key, also under its "color" spelling.
    static QJsonValue value(const QJsonObject& object, const char* name)
    {
        const QString key = QString::fromLatin1(name);
        if (object.contains(key))
            return object.value(key);
        QString american = key;
        american.replace(QLatin1String("colour"), QLatin1String("color"));
        return object.value(american);
    }

    static bool has(const QJsonObject& object, const char* name)
    {
        return !value(object, name).isUndefined();
    }

    static QJsonObject object(const QString& path, const QJsonValue& v)
    {
        if (!v.isObject())
            fail(path, QStringLiteral("expected an object ({...}), got %1").arg(describe(v)));
        return v.toObject();
    }

    static QJsonArray array(const QString& path, const QJsonValue& v)
    {
        if (!v.isArray())
            fail(path, QStringLiteral("expected a list ([...]), got %1").arg(describe(v)));
        return v.toArray();
    }

    static QString string(const QString& path, const QJsonValue& v)
    {
        if (!v.isString())
            fail(path, QStringLiteral("expected a string, got %1").arg(describe(v)));
        return v.toString();
    }

    static bool boolean(const QString& path, const QJsonValue& v)
    {
        if (!v.isBool())
            fail(path, QStringLiteral("expected true or false, got %1").arg(describe(v)));
        return v.toBool();
    }

    static double number(const QString& path, const QJsonValue& v, double min, double max)
    {
        if (!v.isDouble())
            fail(path, QStringLiteral("expected a number, got %1").arg(describe(v)));
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max)
            fail(path, QStringLiteral("%1 is out of range (%2 to %3)").arg(describe(v)).arg(min).arg(max));
        return d;
    }

    static int integer(const QString& path, const QJsonValue& v, int min, int max)
    {
        const double d = number(path, v, min, max);
        if (d != std::floor(d))
            fail(path, QStringLiteral("expected a whole number, got %1").arg(describe(v)));
        return int(d);
    }

    static QColor colour(const QString& path, const QJsonValue& v)
    {
        const QString text = string(path, v).trimmed();
        if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            return {};
        const std::optional<QColor> c = parseColour(text);
        if (!c)
            fail(path, QStringLiteral("%1 is not a colour (use \"#rrggbb\", \"#rrggbbaa\", \"#rgb\", an SVG "
                                      "colour name or \"none\")")
                           .arg(describe(v)));
        return *c;
    }

    // A string, or translations by locale name: {"zh_CN": "道路", "en": "Roads"}.
    static QString title(const QString& path, const QJsonValue& v)
    {
        if (v.isString())
            return v.toString();
        const QJsonObject translations = object(path, v);
        for (auto it = translations.begin(); it != translations.end(); ++it)
            string(key(path, it.key()), it.value());
        const QLocale locale;
        for (const QString& name :
             {locale.name(), locale.name().section(QLatin1Char('_'), 0, 0), QStringLiteral("en")}) {
            if (translations.contains(name))
                return translations.value(name).toString();
        }
        return translations.isEmpty() ? QString() : translations.begin().value().toString();
    }

    static VectorStyle::LabelPlacement placement(const QString& path, const QJsonValue& v)
    {
        const QString text = string(path, v);
        if (text == u"point")
            return VectorStyle::LabelPlacement::AroundPoint;
        if (text == u"line")
            return VectorStyle::LabelPlacement::AlongLine;
        if (text == u"interior")
            return VectorStyle::LabelPlacement::Interior;
        fail(path, QStringLiteral("%1 is not a label placement (point, line or interior)").arg(describe(v)));
    }

    LayerStyle layer(const QString& path, const QString& name, const QJsonValue& v)
    {
        const QJsonObject o = object(path, v);
        checkKeys(
            path, o,
            {"title", "z", "visible", "label_field", "label_placement", "scale_widths_with_zoom", "rules"});
        LayerStyle layer;
        layer.name = name;
        if (has(o, "title"))
            layer.title = title(key(path, QStringLiteral("title")), value(o, "title"));
        if (has(o, "z"))
            layer.z = integer(key(path, QStringLiteral("z")), value(o, "z"), -kMaxZ, kMaxZ);
        if (has(o, "visible"))
            layer.visible = boolean(key(path, QStringLiteral("visible")), value(o, "visible"));
        VectorStyle& style = layer.style;
        if (has(o, "label_field"))
            style.labelField = string(key(path, QStringLiteral("label_field")), value(o, "label_field"));
        if (has(o, "label_placement"))
            style.labelPlacement =
                placement(key(path, QStringLiteral("label_placement")), value(o, "label_placement"));
        if (has(o, "scale_widths_with_zoom"))
            style.scaleWidthsWithZoom = boolean(key(path, QStringLiteral("scale_widths_with_zoom")),
                                                value(o, "scale_widths_with_zoom"));

        const QString rulesPath = key(path, QStringLiteral("rules"));
        if (!has(o, "rules"))
            fail(rulesPath, QStringLiteral("a layer needs a list of rules"));
        const QJsonArray rules = array(rulesPath, value(o, "rules"));
        if (rules.isEmpty())
            fail(rulesPath, QStringLiteral("a layer needs at least one rule"));
        style.drawUncategorised = false;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString rulePath = index(rulesPath, i);
            if (style.drawUncategorised)
                fail(rulePath,
                     QStringLiteral("never used: rules[%1] has no filter and takes every feature, so it "
                                    "must be the last rule")
                         .arg(i - 1));
            VectorStyle::Category category = rule(rulePath, rules.at(i));
            if (!category.filter) {
                style.fallback = std::move(category.style);
                style.fallbackTitle = std::move(category.title);
                style.drawUncategorised = true;
            } else {
                style.categories.push_back(std::move(category));
            }
        }
        if (style.labelField.isEmpty()) {
            for (const auto& category : style.categories) {
                if (!category.style.labelField.isEmpty()) {
                    style.labelField = category.style.labelField;
                    break;
                }
            }
            if (style.labelField.isEmpty())
                style.labelField = style.fallback.labelField;
        }
        fillCategoryValues(style);
        return layer;
    }

    // Code that matches by categoryFields/values (rather than filters) sees
    // the same categories when every filter is `field = v` or `field in [..]`
    // on one field.
    static void fillCategoryValues(VectorStyle& style)
    {
        QString field;
        for (const auto& category : style.categories) {
            const FeatureFilter& f = *category.filter;
            if ((f.op != FeatureFilter::Op::Equal && f.op != FeatureFilter::Op::In) ||
                (!field.isEmpty() && f.field != field))
                return;
            field = f.field;
        }
        if (field.isEmpty())
            return;
        style.categoryFields = {field};
        for (auto& category : style.categories) {
            for (const QVariant& v : category.filter->values)
                category.values << (v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 15)
                                                                    : v.toString());
        }
    }

    VectorStyle::Category rule(const QString& path, const QJsonValue& v)
    {
        const QJsonObject o = object(path, v);
        checkKeys(path, o,
                  {"title", "filter", "min_scale", "max_scale", "stroke", "stroke_width", "dash", "casing",
                   "casing_width", "fill", "symbol", "label"});
        VectorStyle::Category category;
        FeatureStyle& s = category.style;
        if (has(o, "title"))
            category.title = title(key(path, QStringLiteral("title")), value(o, "title"));
        if (has(o, "filter"))
            category.filter = filter(key(path, QStringLiteral("filter")), value(o, "filter"), 0);
        if (has(o, "min_scale"))
            s.minScale = number(key(path, QStringLiteral("min_scale")), value(o, "min_scale"), 0, 1e9);
        if (has(o, "max_scale"))
            s.maxScale = number(key(path, QStringLiteral("max_scale")), value(o, "max_scale"), 0, 1e9);
        if (s.minScale >= s.maxScale)
            fail(key(path, QStringLiteral("max_scale")),
                 QStringLiteral("max_scale (%1) must be larger than min_scale (%2)")
                     .arg(s.maxScale)
                     .arg(s.minScale));

        // No stroke keys: no line (a polygon with only a fill has no outline).
        if (!has(o, "stroke") && !has(o, "stroke_width"))
            s.strokeWidth = 0;
        if (has(o, "stroke"))
            s.stroke = colour(key(path, QStringLiteral("stroke")), value(o, "stroke"));
        if (has(o, "stroke_width"))
            s.strokeWidth =
                number(key(path, QStringLiteral("stroke_width")), value(o, "stroke_width"), 0, kMaxWidth);
        if (has(o, "dash"))
            dash(key(path, QStringLiteral("dash")), value(o, "dash"), s);
        if (has(o, "casing")) {
            s.casing = colour(key(path, QStringLiteral("casing")), value(o, "casing"));
            s.casingWidth = s.strokeWidth + 2;
        }
        if (has(o, "casing_width"))
            s.casingWidth =
                number(key(path, QStringLiteral("casing_width")), value(o, "casing_width"), 0, kMaxWidth);
        if (s.casingWidth > 0 && !s.casing.isValid())
            fail(key(path, QStringLiteral("casing_width")),
                 QStringLiteral("a casing width needs a casing colour"));
        if (has(o, "fill"))
            s.fill = colour(key(path, QStringLiteral("fill")), value(o, "fill"));
        if (has(o, "symbol"))
            s.symbol = symbol(key(path, QStringLiteral("symbol")), value(o, "symbol"));
        if (has(o, "label"))
            label(key(path, QStringLiteral("label")), value(o, "label"), s);
        return category;
    }

    static void dash(const QString& path, const QJsonValue& v, FeatureStyle& s)
    {
        if (v.isString()) {
            static const QHash<QString, Qt::PenStyle> patterns{
                {QStringLiteral("solid"), Qt::SolidLine},
                {QStringLiteral("dash"), Qt::DashLine},
                {QStringLiteral("dot"), Qt::DotLine},
                {QStringLiteral("dash_dot"), Qt::DashDotLine},
                {QStringLiteral("dash_dot_dot"), Qt::DashDotDotLine},
            };
            const auto it = patterns.find(v.toString());
            if (it == patterns.end())
                fail(path, QStringLiteral(
                               "%1 is not a dash pattern (solid, dash, dot, dash_dot, dash_dot_dot, or a "
                               "list of dash and gap lengths)")
                               .arg(describe(v)));
            s.strokePattern = it.value();
            return;
        }
        const QJsonArray lengths = array(path, v);
        if (lengths.size() < 2 || lengths.size() > 16 || lengths.size() % 2 != 0)
            fail(path, QStringLiteral("a dash list needs an even number (2 to 16) of dash and gap lengths"));
        s.dashPattern.clear();
        for (qsizetype i = 0; i < lengths.size(); ++i) {
            const double d = number(index(path, i), lengths.at(i), 0, 1000);
            if (d <= 0)
                fail(index(path, i), QStringLiteral("dash and gap lengths must be larger than 0"));
            s.dashPattern << d;
        }
    }

    FeatureFilter filter(const QString& path, const QJsonValue& v, int depth)
    {
        if (depth > kMaxFilterDepth)
            fail(path,
                 QStringLiteral("filters are nested too deeply (more than %1 levels)").arg(kMaxFilterDepth));
        if (v.isString()) {
            QString error;
            std::optional<FeatureFilter> parsed = FeatureFilter::parse(v.toString(), &error);
            if (!parsed)
                fail(path, QStringLiteral("%1: %2").arg(describe(v), error));
            return *parsed;
        }
        if (!v.isObject())
            fail(path,
                 QStringLiteral("expected a condition (\"field = value\") or {\"all\": [...]}, {\"any\": "
                                "[...]}, {\"not\": ...}, got %1")
                     .arg(describe(v)));
        const QJsonObject o = v.toObject();
        checkKeys(path, o, {"all", "any", "not"});
        int keys = 0;
        for (auto it = o.begin(); it != o.end(); ++it)
            keys += it.key().startsWith(QLatin1Char('_')) ? 0 : 1;
        if (keys != 1)
            fail(path, QStringLiteral("a combined filter has exactly one of \"all\", \"any\" or \"not\""));
        FeatureFilter combined;
        if (o.contains(QLatin1String("not"))) {
            combined.op = FeatureFilter::Op::Not;
            combined.children.push_back(
                filter(key(path, QStringLiteral("not")), o.value(QLatin1String("not")), depth + 1));
            return combined;
        }
        const bool all = o.contains(QLatin1String("all"));
        combined.op = all ? FeatureFilter::Op::All : FeatureFilter::Op::Any;
        const QString listPath = key(path, all ? QStringLiteral("all") : QStringLiteral("any"));
        const QJsonArray list = array(listPath, o.value(all ? QLatin1String("all") : QLatin1String("any")));
        for (qsizetype i = 0; i < list.size(); ++i)
            combined.children.push_back(filter(index(listPath, i), list.at(i), depth + 1));
        return combined;
    }

    PointSymbol symbol(const QString& path, const QJsonValue& v)
    {
        const QJsonObject o = object(path, v);
        checkKeys(path, o, {"shape", "svg", "size", "fill", "outline", "outline_width"});
        PointSymbol symbol;
        if (has(o, "shape") && has(o, "svg"))
            fail(path, QStringLiteral("a symbol has a \"shape\" or an \"svg\", not both"));
        if (has(o, "shape")) {
            static const QHash<QString, PointSymbol::Shape> shapes{
                {QStringLiteral("none"), PointSymbol::Shape::None},
                {QStringLiteral("circle"), PointSymbol::Shape::Circle},
                {QStringLiteral("square"), PointSymbol::Shape::Square},
                {QStringLiteral("triangle"), PointSymbol::Shape::Triangle},
                {QStringLiteral("diamond"), PointSymbol::Shape::Diamond},
                {QStringLiteral("shield"), PointSymbol::Shape::Shield},
            };
            const QString shapePath = key(path, QStringLiteral("shape"));
            const auto it = lookup(shapes, string(shapePath, value(o, "shape")));
            if (!it)
                fail(shapePath,
                     QStringLiteral("%1 is not a shape (circle, square, triangle, diamond, shield or none; "
                                    "use \"svg\" for a picture)")
                         .arg(describe(value(o, "shape"))));
            symbol.shape = *it;
        }
        if (has(o, "svg")) {
            symbol.shape = PointSymbol::Shape::Svg;
            symbol.svgPath = svg(key(path, QStringLiteral("svg")), value(o, "svg"));
        }
        if (has(o, "size"))
            symbol.size = number(key(path, QStringLiteral("size")), value(o, "size"), 1, kMaxSymbolSize);
        if (has(o, "fill"))
            symbol.fill = colour(key(path, QStringLiteral("fill")), value(o, "fill"));
        if (has(o, "outline"))
            symbol.outline = colour(key(path, QStringLiteral("outline")), value(o, "outline"));
        if (has(o, "outline_width"))
            symbol.outlineWidth =
                number(key(path, QStringLiteral("outline_width")), value(o, "outline_width"), 0, kMaxWidth);
        return symbol;
    }

    template <typename T> static std::optional<T> lookup(const QHash<QString, T>& table, const QString& name)
    {
        const auto it = table.find(name);
        if (it == table.end())
            return std::nullopt;
        return it.value();
    }

    // A ":/" resource or a path relative to the style file; must be a readable SVG.
    QString svg(const QString& path, const QJsonValue& v)
    {
        const QString text = string(path, v);
        if (text.trimmed().isEmpty())
            fail(path, QStringLiteral("an SVG symbol needs a file name"));
        const QString file = text.startsWith(QLatin1String(":/")) ? text
                             : m_baseDir.isEmpty()                ? QDir::current().absoluteFilePath(text)
                                                                  : QDir(m_baseDir).absoluteFilePath(text);
        const auto known = m_svgChecked.constFind(file);
        if (known != m_svgChecked.constEnd()) {
            if (!known.value().isEmpty())
                fail(path, known.value());
            return file;
        }
        QString problem;
        const QFileInfo info(file);
        if (!info.exists() || !info.isFile())
            problem = QStringLiteral("SVG file %1 does not exist (looked for %2)").arg(describe(v), file);
        else if (info.size() > kMaxFileSize)
            problem = QStringLiteral("SVG file %1 is too large").arg(describe(v));
        else if (!QSvgRenderer(file).isValid())
            problem = QStringLiteral("%1 is not a valid SVG file").arg(describe(v));
        m_svgChecked.insert(file, problem);
        if (!problem.isEmpty())
            fail(path, problem);
        return file;
    }

    static void label(const QString& path, const QJsonValue& v, FeatureStyle& s)
    {
        const QJsonObject o = object(path, v);
        checkKeys(path, o,
                  {"field", "size", "bold", "colour", "halo", "halo_width", "max_scale", "priority"});
        s.labelSize = 12;
        if (has(o, "field")) {
            s.labelField = string(key(path, QStringLiteral("field")), value(o, "field"));
            if (s.labelField.isEmpty())
                fail(key(path, QStringLiteral("field")), QStringLiteral("the label field name is empty"));
        }
        if (has(o, "size"))
            s.labelSize = number(key(path, QStringLiteral("size")), value(o, "size"), 0, 200);
        if (has(o, "bold"))
            s.labelBold = boolean(key(path, QStringLiteral("bold")), value(o, "bold"));
        if (has(o, "colour"))
            s.labelColour = colour(key(path, QStringLiteral("colour")), value(o, "colour"));
        if (has(o, "halo"))
            s.haloColour = colour(key(path, QStringLiteral("halo")), value(o, "halo"));
        if (has(o, "halo_width"))
            s.haloWidth =
                number(key(path, QStringLiteral("halo_width")), value(o, "halo_width"), 0, kMaxWidth);
        if (has(o, "max_scale"))
            s.labelMaxScale = number(key(path, QStringLiteral("max_scale")), value(o, "max_scale"), 0, 1e9);
        if (has(o, "priority"))
            s.labelPriority =
                integer(key(path, QStringLiteral("priority")), value(o, "priority"), -1000000, 1000000);
    }

    QString m_baseDir;
    QHash<QString, QString> m_svgChecked; // file -> problem ("" = fine)
};

StyleError::StyleError(const QString& jsonPath, const QString& message, const QString& file)
    : std::runtime_error(((file.isEmpty() ? QString() : file + QStringLiteral(": ")) +
                          (jsonPath.isEmpty() ? QString() : jsonPath + QStringLiteral(": ")) + message)
                             .toStdString()),
      m_jsonPath(jsonPath), m_message(message), m_file(file)
{}

StyleSheet StyleSheet::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StyleError({}, QStringLiteral("cannot read the style file: %1").arg(file.errorString()), path);
    if (file.size() > kMaxFileSize)
        throw StyleError({}, QStringLiteral("the style file is larger than %1 MiB").arg(kMaxFileSize >> 20),
                         path);
    const QByteArray json = file.read(kMaxFileSize + 1);
    try {
        return StyleReader(QFileInfo(path).absolutePath()).read(json);
    } catch (const StyleError& e) {
        throw StyleError(e.jsonPath(), e.message(), path);
    }
}

StyleSheet StyleSheet::fromJson(const QByteArray& json, const QString& baseDir)
{
    if (json.size() > kMaxFileSize)
        throw StyleError({}, QStringLiteral("the style is larger than %1 MiB").arg(kMaxFileSize >> 20));
    return StyleReader(baseDir).read(json);
}

QString StyleSheet::pathBeside(const QString& dataPath)
{
    const QFileInfo info(dataPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".style.json"));
}

const LayerStyle* StyleSheet::layer(const QString& name) const
{
    const auto it = std::find_if(m_layers.begin(), m_layers.end(), [&name](const LayerStyle& layer) {
        return layer.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return it == m_layers.end() ? nullptr : &*it;
}

QStringList StyleSheet::layerNames() const
{
    QStringList names;
    for (const LayerStyle& layer : m_layers)
        names << layer.name;
    return names;
}

} // namespace xiuhua::map
