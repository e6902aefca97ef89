#include "geo/pinyin.h"

#include "geo/pinyin_table.h"

#include <QHash>

#include <cstdint>

namespace xiuhua::geo::pinyin {

namespace {

constexpr char16_t kFirstHan = 0x3400;
constexpr char16_t kLastHan = 0x9FFF;
constexpr std::uint16_t kNoReading = 0xFFFF;

// Character -> syllables, built once from the generated rows.
struct Table
{
    QStringList syllables;
    std::vector<std::uint16_t> primary = std::vector<std::uint16_t>(kLastHan - kFirstHan + 1, kNoReading);
    QMultiHash<char16_t, std::uint16_t> alternatives;

    Table()
    {
        QHash<QString, std::uint16_t> syllableIndex;
        auto indexOf = [&](const char* syllable) {
            const QString text = QString::fromLatin1(syllable);
            auto it = syllableIndex.find(text);
            if (it == syllableIndex.end()) {
                it = syllableIndex.insert(text, std::uint16_t(syllables.size()));
                syllables << text;
            }
            return it.value();
        };
        for (std::size_t row = 0; row < detail::kPinyinRowCount; ++row) {
            const std::uint16_t index = indexOf(detail::kPinyinRows[row].syllable);
            for (const char16_t* c = detail::kPinyinRows[row].characters; *c; ++c) {
                if (*c >= kFirstHan && *c <= kLastHan)
                    primary[*c - kFirstHan] = index;
            }
        }
        for (std::size_t row = 0; row < detail::kPinyinAlternativeRowCount; ++row) {
            const std::uint16_t index = indexOf(detail::kPinyinAlternativeRows[row].syllable);
            for (const char16_t* c = detail::kPinyinAlternativeRows[row].characters; *c; ++c)
                alternatives.insert(*c, index);
        }
    }

    std::uint16_t primaryOf(QChar ch) const
    {
        const char16_t u = ch.unicode();
        return u >= kFirstHan && u <= kLastHan ? primary[u - kFirstHan] : kNoReading;
    }
};

const Table& table()
{
    static const Table instance;
    return instance;
}

bool isLatinOrDigit(QChar ch)
{
    return ch.unicode() < 0x80 && ch.isLetterOrNumber();
}

} // namespace

bool hasReading(QChar ch)
{
    return table().primaryOf(ch) != kNoReading;
}

QStringList readings(QChar ch)
{
    const Table& t = table();
    const std::uint16_t first = t.primaryOf(ch);
    if (first == kNoReading)
        return {};
    QStringList result{t.syllables[first]};
    QList<std::uint16_t> others = t.alternatives.values(ch.unicode());
    std::sort(others.begin(), others.end());
    for (const std::uint16_t other : others)
        result << t.syllables[other];
    return result;
}

char initial(QChar ch)
{
    const Table& t = table();
    const std::uint16_t first = t.primaryOf(ch);
    return first == kNoReading ? '\0' : t.syllables[first].at(0).toLatin1();
}

QString initials(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar ch : text) {
        if (isLatinOrDigit(ch))
            result += ch.toLower();
        else if (const char c = initial(ch))
            result += QLatin1Char(c);
    }
    return result;
}

QString full(const QString& text)
{
    const Table& t = table();
    QString result;
    for (const QChar ch : text) {
        if (isLatinOrDigit(ch))
            result += ch.toLower();
        else if (const std::uint16_t index = t.primaryOf(ch); index != kNoReading)
            result += t.syllables[index];
    }
    return result;
}

MatchText::MatchText(const QString& text)
{
    m_units.reserve(std::size_t(text.size()));
    for (const QChar ch : text) {
        if (isLatinOrDigit(ch))
            m_units.push_back({QStringList{QString(ch.toLower())}});
        else if (QStringList r = readings(ch); !r.isEmpty())
            m_units.push_back({std::move(r)});
        else if (ch.unicode() >= kFirstHan && ch.unicode() <= kLastHan)
            m_units.push_back({}); // a Han character we cannot spell: breaks a match
    }
}

int MatchText::find(const QString& query, bool initialsOnly) const
{
    if (query.isEmpty())
        return -1;
    for (std::size_t start = 0; start < m_units.size(); ++start) {
        if (matchesAt(start, query, 0, initialsOnly))
            return int(start);
    }
    return -1;
}

bool MatchText::matchesAt(std::size_t unit, const QString& query, qsizetype pos, bool initialsOnly) const
{
    if (pos == query.size())
        return true;
    if (unit >= m_units.size())
        return false;
    const QStringView rest = QStringView(query).mid(pos);
    for (const QString& reading : m_units[unit].readings) {
        if (reading.at(0) != rest.at(0))
            continue;
        if (matchesAt(unit + 1, query, pos + 1, initialsOnly))
            return true;
        if (initialsOnly || reading.size() == 1)
            continue;
        if (rest.startsWith(reading) && matchesAt(unit + 1, query, pos + reading.size(), false))
            return true;
        if (rest.size() < reading.size() && QStringView(reading).startsWith(rest))
            return true; // the query ends inside this reading
    }
    return false;
}

} // namespace xiuhua::geo::pinyin
