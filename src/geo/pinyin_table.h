#pragma once

#include <cstddef>

namespace xiuhua::geo::detail {

// One toneless pinyin syllable (ü written v) and every character read that
// way. kPinyinRows holds each character's usual reading, exactly once;
// kPinyinAlternativeRows the other readings of polyphonic characters.
// Generated into pinyin_table.cpp by pinyin_table_gen.py.
struct PinyinRow
{
    const char* syllable;
    const char16_t* characters;
};

extern const PinyinRow kPinyinRows[];
extern const std::size_t kPinyinRowCount;
extern const PinyinRow kPinyinAlternativeRows[];
extern const std::size_t kPinyinAlternativeRowCount;

} // namespace xiuhua::geo::detail
