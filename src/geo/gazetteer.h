#pragma once

#include "geo/pinyin.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace xiuhua::geo {

class VectorSource;

enum class GazetteerKind
{
    Road,
    Intersection,
    Community,
    Post,
    FireStation,
    Camera,
};

struct GazetteerMatch
{
    QString text; // what to show: "西藏中路/福州路", "福州居委会"
    GazetteerKind kind = GazetteerKind::Road;
    double lon = 0;
    double lat = 0;
    std::optional<qint64> communityId;
    int score = 0; // higher is better; only for ordering
};

// Place and address search over the jurisdiction's names: roads, road
// intersections, communities, posts, micro fire stations and cameras.
//
// A query matches an entry's name (or one of its other spellings: a
// community without 居委会, an intersection in either order, with or without
// "/" or "与…交叉口", the English name) as a Chinese substring, or as pinyin:
// initials ("xzzl" -> 西藏中路) or whole syllables ("fuzhoulu"). A query of
// two parts ("xzzl fzl", "西藏中路/福州路", "西藏中路与福州路交叉口") finds the
// intersection of the two roads. Ranking: exact > prefix > substring >
// pinyin, then shorter names first. Latin text is compared case-insensitively.
//
// Immutable after building; search() may run from several threads.
class Gazetteer
{
public:
    // Entries from the layers roads, communities, posts, fire_stations and
    // cameras (each one optional). Intersections are the pairs of named
    // roads that share a vertex. Throws GeoError when a layer cannot be read.
    static Gazetteer fromDataset(const VectorSource& source);

    // Adds an entry; aliases are other spellings that find it.
    void add(GazetteerMatch entry, const QStringList& aliases = {});
    // Adds the intersection of two roads, shown as "roadA/roadB".
    void addIntersection(const QString& roadA, const QString& roadB, double lon, double lat,
                         std::optional<qint64> communityId = std::nullopt);

    // Up to limit matches, best first. An empty query finds nothing.
    std::vector<GazetteerMatch> search(const QString& query, int limit = 10) const;

    std::size_t size() const { return m_entries.size(); }
    // Every entry (score 0), in the order added.
    std::vector<GazetteerMatch> entries() const;

private:
    struct Spelling
    {
        QString text; // lower case, without separators (spaces, "/")
        pinyin::MatchText pinyin;
    };
    struct Entry
    {
        GazetteerMatch match;
        std::vector<Spelling> spellings;
        std::vector<Spelling> parts; // intersections: the two road names
    };
    struct Query
    {
        QString text;       // lower case, trimmed, intersection words removed
        QStringList parts;  // two or more when it names an intersection
        bool latin = false; // only ASCII letters and digits: try pinyin
    };

    static Query parse(const QString& query);
    static Spelling spelling(const QString& text);
    static int matchScore(const Spelling& spelling, const QString& text, bool latin);
    int entryScore(const Entry& entry, const Query& query) const;

    std::vector<Entry> m_entries;
};

// "road", "intersection", ... (stable identifiers, not for display).
QString gazetteerKindName(GazetteerKind kind);

} // namespace xiuhua::geo
