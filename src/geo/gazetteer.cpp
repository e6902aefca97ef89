#include "geo/gazetteer.h"

#include <QRegularExpression>

#include <algorithm>

namespace xiuhua::geo {

namespace {

// Score tiers; adjustments within a tier stay well below the gap.
constexpr int kExact = 1000;
constexpr int kPrefix = 800;
constexpr int kSubstring = 600;
constexpr int kInitialsAtStart = 500;
constexpr int kPinyinAtStart = 460;
constexpr int kInitialsInside = 420;
constexpr int kPinyinInside = 380;
constexpr int kMaxLengthPenalty = 40;

int kindBonus(GazetteerKind kind)
{
    switch (kind) {
    case GazetteerKind::Road:
        return 12;
    case GazetteerKind::Community:
    case GazetteerKind::Post:
        return 10;
    case GazetteerKind::FireStation:
        return 8;
    case GazetteerKind::Intersection:
        return 6;
    case GazetteerKind::Camera:
        return 0;
    }
    return 0;
}

bool isLatin(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(),
                                          [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); });
}

const QRegularExpression& separators()
{
    static const QRegularExpression kSeparators(QStringLiteral("[\\s/\\\\,，、&＆+|]+"));
    return kSeparators;
}

// Lower case, separators removed: "福州路/西藏中路 东北角" -> "福州路西藏中路东北角".
QString normalized(const QString& text)
{
    return text.toLower().remove(separators());
}

bool endsWithRoadWord(const QString& text)
{
    static const QString kRoadEnds = QStringLiteral("路街道弄巷里坊");
    return !text.isEmpty() && kRoadEnds.contains(text.back());
}

// "西藏中路与福州路" -> {"西藏中路", "福州路"}; "和平路" stays whole.
QStringList splitOnConjunctions(const QString& part)
{
    for (qsizetype i = 1; i + 1 < part.size(); ++i) {
        if ((part[i] == u'与' || part[i] == u'和') && endsWithRoadWord(part.left(i)))
            return QStringList{part.left(i)} + splitOnConjunctions(part.mid(i + 1));
    }
    return {part};
}

} // namespace

QString gazetteerKindName(GazetteerKind kind)
{
    switch (kind) {
    case GazetteerKind::Road:
        return QStringLiteral("road");
    case GazetteerKind::Intersection:
        return QStringLiteral("intersection");
    case GazetteerKind::Community:
        return QStringLiteral("community");
    case GazetteerKind::Post:
        return QStringLiteral("post");
    case GazetteerKind::FireStation:
        return QStringLiteral("fire_station");
    case GazetteerKind::Camera:
        return QStringLiteral("camera");
    }
    return {};
}

Gazetteer::Spelling Gazetteer::spelling(const QString& text)
{
    return {normalized(text), pinyin::MatchText(text)};
}

void Gazetteer::add(GazetteerMatch entry, const QStringList& aliases)
{
    Entry e;
    e.match = std::move(entry);
    e.match.score = 0;
    e.spellings.push_back(spelling(e.match.text));
    for (const QString& alias : aliases) {
        if (!alias.trimmed().isEmpty())
            e.spellings.push_back(spelling(alias.trimmed()));
    }
    m_entries.push_back(std::move(e));
}

void Gazetteer::addIntersection(const QString& roadA, const QString& roadB, double lon, double lat,
                                std::optional<qint64> communityId)
{
    const QString separator = QStringLiteral("/");
    add({roadA + separator + roadB, GazetteerKind::Intersection, lon, lat, communityId, 0},
        {roadB + separator + roadA});
    m_entries.back().parts = {spelling(roadA), spelling(roadB)};
}

std::vector<GazetteerMatch> Gazetteer::entries() const
{
    std::vector<GazetteerMatch> result;
    result.reserve(m_entries.size());
    for (const Entry& entry : m_entries)
        result.push_back(entry.match);
    return result;
}

Gazetteer::Query Gazetteer::parse(const QString& query)
{
    static const QRegularExpression kCrossingWords(QStringLiteral("(交叉口|十字路口|路口|交口)$"));
    Query parsed;
    QString text = query.trimmed().toLower();
    text.remove(kCrossingWords);
    for (const QString& part : text.split(separators(), Qt::SkipEmptyParts))
        parsed.parts += splitOnConjunctions(part);
    parsed.text = parsed.parts.join(QString());
    parsed.latin = isLatin(parsed.text);
    return parsed;
}

int Gazetteer::matchScore(const Spelling& spelling, const QString& text, bool latin)
{
    if (spelling.text == text)
        return kExact;
    if (spelling.text.startsWith(text))
        return kPrefix;
    if (spelling.text.contains(text))
        return kSubstring;
    if (!latin)
        return 0;
    if (const int at = spelling.pinyin.find(text, true); at >= 0)
        return at == 0 ? kInitialsAtStart : kInitialsInside;
    if (const int at = spelling.pinyin.find(text, false); at >= 0)
        return at == 0 ? kPinyinAtStart : kPinyinInside;
    return 0;
}

int Gazetteer::entryScore(const Entry& entry, const Query& query) const
{
    int best = 0;
    if (query.parts.size() >= 2) {
        if (entry.parts.size() != 2 || query.parts.size() != 2)
            return 0;
        auto partScore = [](const Spelling& road, const QString& part) {
            return matchScore(road, part, isLatin(part));
        };
        const int inOrder =
            std::min(partScore(entry.parts[0], query.parts[0]), partScore(entry.parts[1], query.parts[1]));
        const int swapped =
            std::min(partScore(entry.parts[1], query.parts[0]), partScore(entry.parts[0], query.parts[1]));
        best = std::max(inOrder, swapped);
    } else {
        for (const Spelling& s : entry.spellings)
            best = std::max(best, matchScore(s, query.text, query.latin));
    }
    if (best == 0)
        return 0;
    return best + kindBonus(entry.match.kind) -
           std::min<int>(int(entry.match.text.size()), kMaxLengthPenalty);
}

std::vector<GazetteerMatch> Gazetteer::search(const QString& query, int limit) const
{
    Query parsed = parse(query);
    if (parsed.text.isEmpty() || limit <= 0)
        return {};
    std::vector<GazetteerMatch> matches;
    for (int attempt = 0; attempt < 2 && matches.empty(); ++attempt) {
        if (attempt == 1) { // two words but no such intersection: try them as one text
            if (parsed.parts.size() < 2)
                break;
            parsed.parts = QStringList{parsed.text};
        }
        for (const Entry& entry : m_entries) {
            if (const int score = entryScore(entry, parsed); score > 0) {
                matches.push_back(entry.match);
                matches.back().score = score;
            }
        }
    }
    const auto byRank = [](const GazetteerMatch& a, const GazetteerMatch& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.text.size() != b.text.size())
            return a.text.size() < b.text.size();
        return a.text < b.text;
    };
    const auto keep = std::min<std::size_t>(matches.size(), std::size_t(limit));
    std::partial_sort(matches.begin(), matches.begin() + std::ptrdiff_t(keep), matches.end(), byRank);
    matches.resize(keep);
    return matches;
}

} // namespace xiuhua::geo
