#!/usr/bin/env python3
"""Generates src/geo/pinyin_table.cpp: Hanzi -> toneless pinyin syllables.

Offline, from two files every Debian machine with ICU tools and glibc
locales has:
  * /usr/share/i18n/locales/iso14651_t1_pinyin (glibc): every CJK character
    with a usage count; the most frequent N are taken (default 4000, which
    covers the ~3,500 characters of the common-character list);
  * uconv -x Han-Latin (ICU): one reading per character.
Extra characters (the bundled map's names, street-name characters) are read
from files given with --names. ICU knows one reading per character; place
names often use another (黄陂 huangpi, 厦门 xiamen, 长乐 changle, 西藏 xizang),
so EXTRA_READINGS adds the second readings of common polyphonic characters.

Usage:
  python3 src/geo/pinyin_table_gen.py --names names.txt > src/geo/pinyin_table.cpp
where names.txt is e.g. the output of
  sqlite3 maps/huangpu.gpkg "select name from roads union select name from communities
    union select name from posts union select name from fire_stations
    union select name from cameras union select name from green union select name from water"
"""
import argparse
import collections
import re
import subprocess
import unicodedata

LOCALE_FILE = "/usr/share/i18n/locales/iso14651_t1_pinyin"

# Characters a Shanghai address may contain, whatever their frequency.
STREET_CHARS = (
    "路街弄里坊号东西南北中大小新老上海浦黄人民广场公园桥港浜泾塘湾渡口门巷村镇"
    "区县市省道院楼幢室号栋层单元宅苑邨庄园府宫寺庙观阁亭台塔馆厦城坊"
)

# Second (and third) readings of polyphonic characters, as used in names.
EXTRA_READINGS = {
    "长": ["chang", "zhang"], "重": ["zhong", "chong"], "藏": ["zang", "cang"],
    "乐": ["le", "yue"], "行": ["xing", "hang"], "大": ["da", "dai"],
    "会": ["hui", "kuai"], "厦": ["xia", "sha"], "陂": ["pi", "bei", "po"],
    "石": ["shi", "dan"], "单": ["dan", "shan", "chan"], "朝": ["chao", "zhao"],
    "传": ["chuan", "zhuan"], "调": ["diao", "tiao"], "曾": ["zeng", "ceng"],
    "都": ["du", "dou"], "解": ["jie", "xie"], "角": ["jiao", "jue"],
    "率": ["lv", "shuai"], "盛": ["sheng", "cheng"], "宿": ["su", "xiu"],
    "弹": ["dan", "tan"], "仔": ["zi", "zai"], "区": ["qu", "ou"],
    "任": ["ren"], "华": ["hua"], "沈": ["shen"], "薄": ["bo", "bao"],
    "柏": ["bai", "bo"], "堡": ["bao", "pu", "bu"], "卜": ["bu"],
    "査": ["cha", "zha"], "查": ["cha", "zha"], "种": ["zhong"],
    "翟": ["zhai", "di"], "尉": ["wei", "yu"], "员": ["yuan", "yun"],
    "句": ["ju", "gou"], "番": ["fan", "pan"], "蔚": ["wei", "yu"],
    "莘": ["xin", "shen"], "泊": ["bo", "po"], "车": ["che", "ju"],
    "南": ["nan"], "六": ["liu", "lu"], "还": ["hai", "huan"],
    "家": ["jia"], "银": ["yin"], "差": ["cha", "chai"], "省": ["sheng", "xing"],
    "奇": ["qi", "ji"], "系": ["xi", "ji"], "着": ["zhe", "zhao", "zhuo"],
    "了": ["le", "liao"], "地": ["di", "de"], "得": ["de"], "的": ["de", "di"],
    "为": ["wei"], "给": ["gei", "ji"], "数": ["shu"], "便": ["bian", "pian"],
    "分": ["fen"], "假": ["jia"], "降": ["jiang", "xiang"], "露": ["lu", "lou"],
    "强": ["qiang", "jiang"], "曲": ["qu"], "模": ["mo", "mu"], "泌": ["mi", "bi"],
    "秘": ["mi", "bi"], "扎": ["zha", "za"], "缪": ["miao", "mou", "miu"],
    "覃": ["qin", "tan"], "仇": ["qiu", "chou"], "广": ["guang"],
    "汤": ["tang", "shang"], "浒": ["hu", "xu"], "歙": ["she", "xi"],
    "圩": ["wei", "xu"], "埔": ["pu", "bu"], "洞": ["dong"], "涌": ["yong", "chong"],
    "塔": ["ta"], "尾": ["wei", "yi"], "说": ["shuo", "shui"], "应": ["ying"],
    "藕": ["ou"], "炮": ["pao", "bao"], "吓": ["xia", "he"], "和": ["he", "huo"],
}


def readings_from_icu(chars):
    text = "\n".join(chars) + "\n"
    out = subprocess.run(["uconv", "-x", "Han-Latin"], input=text.encode(), capture_output=True, check=True)
    result = {}
    for ch, latin in zip(chars, out.stdout.decode().split("\n")):
        latin = unicodedata.normalize("NFD", latin).replace("u\u0308", "v").replace("U\u0308", "v")
        ascii_ = "".join(c for c in latin if unicodedata.category(c) != "Mn")
        ascii_ = ascii_.lower().strip()
        if re.fullmatch(r"[a-z]+", ascii_):
            result[ch] = ascii_
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--names", action="append", default=[])
    parser.add_argument("--top", type=int, default=4000)
    args = parser.parse_args()

    counted = []
    for line in open(LOCALE_FILE, encoding="utf-8"):
        m = re.match(r"<U([0-9A-F]+)> .*#(.)(\d+)$", line.strip())
        if m:
            counted.append((int(m.group(3)), m.group(2)))
    counted.sort(key=lambda item: (-item[0], item[1]))
    chars = {ch for _, ch in counted[: args.top]}
    for path in args.names:
        chars |= {c for c in open(path, encoding="utf-8").read() if 0x3400 <= ord(c) <= 0x9FFF}
    chars |= set(STREET_CHARS)
    chars |= set(EXTRA_READINGS)
    chars = sorted(chars)

    icu = readings_from_icu(chars)
    primary = collections.defaultdict(set)
    alternative = collections.defaultdict(set)
    for ch in chars:
        readings = [icu[ch]] if ch in icu else []
        for extra in EXTRA_READINGS.get(ch, []):
            if extra not in readings:
                readings.append(extra)
        if readings:
            primary[readings[0]].add(ch)
        for reading in readings[1:]:
            alternative[reading].add(ch)

    print("// Generated by src/geo/pinyin_table_gen.py: do not edit by hand.")
    print(f"// {len(chars)} characters, {len(primary)} syllables.")
    print("// clang-format off")
    print('#include "geo/pinyin_table.h"')
    print()
    print("namespace xiuhua::geo::detail {")
    for name, rows, comment in (
        ("kPinyinRows", primary, "Each character's usual reading: every character is in exactly one row."),
        ("kPinyinAlternativeRows", alternative, "Further readings of polyphonic characters (place names)."),
    ):
        print()
        print(f"// {comment}")
        print(f"const PinyinRow {name}[] = {{")
        for syllable in sorted(rows):
            print(f'    {{"{syllable}", u"{"".join(sorted(rows[syllable]))}"}},')
        print("};")
        print(f"const std::size_t {name[:-4]}RowCount = sizeof({name}) / sizeof({name}[0]);")
    print()
    print("} // namespace xiuhua::geo::detail")


if __name__ == "__main__":
    main()
