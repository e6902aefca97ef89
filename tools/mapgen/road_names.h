#pragma once

#include <string>
#include <vector>

// Chinese road names -> stems and English (pinyin) names.
namespace mapgen {

// Splits UTF-8 text into characters.
std::vector<std::string> utf8Chars(const std::string& s);

// Hanyu pinyin of a name, capitalised, syllables joined ("西藏" -> "Xizang",
// "延安" -> "Yan'an"). Unknown characters are skipped.
std::string pinyin(const std::string& zh);

// The part of a road name that names a place: "西藏中路" -> "西藏",
// "南京西路" -> "南京", "福州路" -> "福州". Empty for tunnels and elevated roads.
std::string nameStem(const std::string& zh);

// English name in the style Shanghai uses: "西藏中路" -> "Middle Xizang Road".
std::string roadNameEn(const std::string& zh);

} // namespace mapgen
