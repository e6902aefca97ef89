#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace xiuhua::geo::pinyin {

// Toneless pinyin (ü written v) of the ~4,000 most common Chinese characters
// plus every character in the bundled map's names. The table is compiled in
// (pinyin_table.cpp); lookups are lock-free after the first call and safe
// from several threads.

// True for a CJK unified ideograph the table knows.
bool hasReading(QChar ch);
// Readings of a character, the usual one first; empty when unknown.
QStringList readings(QChar ch);
// The usual reading's first letter ('x' for 西); '\0' when unknown.
char initial(QChar ch);

// Initials of a text: a Han character gives its usual initial, a Latin
// letter or digit itself in lower case; everything else is skipped.
// "西藏中路" -> "xczl" (usual readings; matching also knows 藏 = zang).
QString initials(const QString& text);
// Full pinyin of a text, syllables run together: "福州路" -> "fuzhoulu".
// Latin letters and digits are kept (lower case), unknown characters skipped.
QString full(const QString& text);

// A text prepared for pinyin matching: each character's possible readings.
// A query (Latin letters, lower case) matches a run of consecutive
// characters when it is spelt out character by character, each character
// either by the first letter of one of its readings or by the whole
// reading; the last character may be given by a prefix of a reading. So
// "xzzl", "xizangzhonglu", "xizzl" and "xizangz" all match 西藏中路.
// Latin letters and digits in the text match themselves.
class MatchText
{
public:
    MatchText() = default;
    explicit MatchText(const QString& text);

    // Index of the first character where query matches, or -1.
    // initialsOnly: only first letters may be used (faster, and ranks higher).
    int find(const QString& query, bool initialsOnly = false) const;
    int length() const { return int(m_units.size()); }

private:
    struct Unit
    {
        QStringList readings; // for a Latin letter or digit: itself
    };
    bool matchesAt(std::size_t unit, const QString& query, qsizetype pos, bool initialsOnly) const;

    std::vector<Unit> m_units;
};

} // namespace xiuhua::geo::pinyin
