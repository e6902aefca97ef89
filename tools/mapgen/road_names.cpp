#include "road_names.h"

#include <cctype>
#include <map>
#include <utility>

namespace mapgen {

namespace {

// Pinyin for every character in the bundled road names; polyphones are
// given in the reading the road names use (重庆 chong, 长沙 chang, 会稽 kuai).
const std::map<std::string, std::string>& pinyinTable()
{
    static const std::map<std::string, std::string> table = {
        {"一", "yi"},    {"下", "xia"},    {"业", "ye"},    {"东", "dong"},  {"中", "zhong"}, {"丽", "li"},
        {"乐", "le"},    {"九", "jiu"},    {"云", "yun"},   {"京", "jing"},  {"亭", "ting"},  {"人", "ren"},
        {"仓", "cang"},  {"仪", "yi"},     {"会", "kuai"},  {"佑", "you"},   {"修", "xiu"},   {"元", "yuan"},
        {"六", "liu"},   {"关", "guan"},   {"兴", "xing"},  {"凤", "feng"},  {"前", "qian"},  {"北", "bei"},
        {"华", "hua"},   {"南", "nan"},    {"厦", "xia"},   {"口", "kou"},   {"合", "he"},    {"吉", "ji"},
        {"同", "tong"},  {"四", "si"},     {"园", "yuan"},  {"境", "jing"},  {"墩", "dun"},   {"复", "fu"},
        {"外", "wai"},   {"大", "da"},     {"天", "tian"},  {"太", "tai"},   {"头", "tou"},   {"威", "wei"},
        {"子", "zi"},    {"学", "xue"},    {"宁", "ning"},  {"安", "an"},    {"定", "ding"},  {"宫", "gong"},
        {"家", "jia"},   {"寿", "shou"},   {"小", "xiao"},  {"山", "shan"},  {"岛", "dao"},   {"岭", "ling"},
        {"崇", "chong"}, {"嵩", "song"},   {"川", "chuan"}, {"州", "zhou"},  {"巨", "ju"},    {"平", "ping"},
        {"广", "guang"}, {"庄", "zhuang"}, {"庆", "qing"},  {"庙", "miao"},  {"延", "yan"},   {"建", "jian"},
        {"弄", "long"},  {"当", "dang"},   {"德", "de"},    {"忠", "zhong"}, {"思", "si"},    {"成", "cheng"},
        {"文", "wen"},   {"新", "xin"},    {"方", "fang"},  {"旧", "jiu"},   {"昌", "chang"}, {"昭", "zhao"},
        {"昼", "zhou"},  {"普", "pu"},     {"曹", "cao"},   {"望", "wang"},  {"松", "song"},  {"林", "lin"},
        {"架", "jia"},   {"柳", "liu"},    {"桃", "tao"},   {"桥", "qiao"},  {"梦", "meng"},  {"武", "wu"},
        {"民", "min"},   {"水", "shui"},   {"永", "yong"},  {"汉", "han"},   {"汕", "shan"},  {"江", "jiang"},
        {"沉", "chen"},  {"沙", "sha"},    {"河", "he"},    {"沽", "gu"},    {"泗", "si"},    {"波", "bo"},
        {"泽", "ze"},    {"泾", "jing"},   {"津", "jin"},   {"济", "ji"},    {"浙", "zhe"},   {"浜", "bang"},
        {"海", "hai"},   {"淡", "dan"},    {"淮", "huai"},  {"温", "wen"},   {"湖", "hu"},    {"源", "yuan"},
        {"溪", "xi"},    {"滨", "bin"},    {"滩", "tan"},   {"牛", "niu"},   {"牯", "gu"},    {"狮", "shi"},
        {"白", "bai"},   {"皮", "pi"},     {"盛", "sheng"}, {"石", "shi"},   {"福", "fu"},    {"稽", "ji"},
        {"紫", "zi"},    {"罘", "fu"},     {"老", "lao"},   {"胜", "sheng"}, {"自", "zi"},    {"芝", "zhi"},
        {"花", "hua"},   {"芳", "fang"},   {"荡", "dang"},  {"莲", "lian"},  {"藏", "zang"},  {"街", "jie"},
        {"西", "xi"},    {"贵", "gui"},    {"路", "lu"},    {"远", "yuan"},  {"通", "tong"},  {"道", "dao"},
        {"都", "du"},    {"重", "chong"},  {"金", "jin"},   {"锦", "jin"},   {"长", "chang"}, {"门", "men"},
        {"闸", "zha"},   {"阁", "ge"},     {"阳", "yang"},  {"阴", "yin"},   {"陂", "pi"},    {"陵", "ling"},
        {"隧", "sui"},   {"雁", "yan"},    {"雪", "xue"},   {"露", "lu"},    {"青", "qing"},  {"靖", "jing"},
        {"静", "jing"},  {"顺", "shun"},   {"风", "feng"},  {"香", "xiang"}, {"马", "ma"},    {"高", "gao"},
        {"鹿", "lu"},    {"黄", "huang"},  {"龙", "long"},  {"承", "cheng"}, {"祐", "you"},   {"宝", "bao"},
        {"瑞", "rui"},   {"润", "run"},    {"景", "jing"},  {"里", "li"},
    };
    return table;
}

// Names whose English is not a plain transliteration.
const std::map<std::string, std::string>& englishOverrides()
{
    static const std::map<std::string, std::string> table = {
        {"人民大道", "People's Avenue"},
        {"南北高架路", "North-South Elevated Road"},
        {"中山东一路", "East Zhongshan No.1 Road"},
        {"外滩隧道", "Bund Tunnel"},
    };
    return table;
}

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string dropSuffix(const std::string& s, const std::string& suffix)
{
    return s.substr(0, s.size() - suffix.size());
}

// Splits "西藏中路" into {"西藏", "中", "Road"}; returns false if no road suffix.
bool splitRoadName(const std::string& zh, std::string& stem, std::string& direction, std::string& kind)
{
    static const std::pair<const char*, const char*> kinds[] = {
        {"大道", "Avenue"}, {"路", "Road"}, {"街", "Street"}, {"弄", "Lane"}};
    for (const auto& [suffix, en] : kinds) {
        if (!endsWith(zh, suffix))
            continue;
        stem = dropSuffix(zh, suffix);
        kind = en;
        direction.clear();
        const auto chars = utf8Chars(stem);
        static const char* directions[] = {"东", "西", "南", "北", "中"};
        if (chars.size() >= 3) {
            for (const char* d : directions) {
                if (chars.back() == d) {
                    direction = d;
                    stem = dropSuffix(stem, d);
                    break;
                }
            }
        }
        return true;
    }
    return false;
}

std::string directionEn(const std::string& d)
{
    static const std::map<std::string, std::string> table = {
        {"东", "East"}, {"西", "West"}, {"南", "South"}, {"北", "North"}, {"中", "Middle"}};
    const auto it = table.find(d);
    return it == table.end() ? std::string() : it->second;
}

} // namespace

std::vector<std::string> utf8Chars(const std::string& s)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = 1;
        if (c >= 0xF0)
            len = 4;
        else if (c >= 0xE0)
            len = 3;
        else if (c >= 0xC0)
            len = 2;
        out.push_back(s.substr(i, len));
        i += len;
    }
    return out;
}

std::string pinyin(const std::string& zh)
{
    std::string out;
    for (const std::string& ch : utf8Chars(zh)) {
        const auto it = pinyinTable().find(ch);
        if (it == pinyinTable().end())
            continue;
        std::string syllable = it->second;
        const char first = syllable.front();
        if (out.empty())
            syllable.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(first)));
        else if (first == 'a' || first == 'e' || first == 'o')
            out += '\'';
        out += syllable;
    }
    return out;
}

std::string nameStem(const std::string& zh)
{
    if (zh.empty() || endsWith(zh, "隧道") || endsWith(zh, "高架路"))
        return {};
    if (zh == "中山东一路")
        return "中山";
    std::string stem, direction, kind;
    if (!splitRoadName(zh, stem, direction, kind))
        return {};
    if (utf8Chars(stem).size() < 2 || pinyin(stem).empty())
        return {};
    return stem;
}

std::string roadNameEn(const std::string& zh)
{
    if (zh.empty())
        return {};
    const auto it = englishOverrides().find(zh);
    if (it != englishOverrides().end())
        return it->second;
    if (endsWith(zh, "隧道"))
        return roadNameEn(dropSuffix(zh, "隧道")) + " Tunnel";
    if (endsWith(zh, "高架路"))
        return pinyin(dropSuffix(zh, "高架路")) + " Elevated Road";
    std::string stem, direction, kind;
    if (!splitRoadName(zh, stem, direction, kind))
        return pinyin(zh);
    const std::string dir = directionEn(direction);
    return (dir.empty() ? std::string() : dir + " ") + pinyin(stem) + " " + kind;
}

} // namespace mapgen
