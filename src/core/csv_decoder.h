#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace xiuhua::core {

enum class CsvEncoding
{
    Auto, // a BOM, else valid UTF-8, else GB18030
    Utf8,
    Gb18030,
    Utf16 // only ever detected from a BOM (Excel's "Unicode text")
};

struct DecodedCsv
{
    QString text;
    CsvEncoding encoding = CsvEncoding::Utf8; // what was used
    bool hadBom = false;
    QString error; // translated; set when the bytes cannot be text in that encoding (nothing decoded)
};

// Bytes of a CSV file to text. Chinese office software writes GB18030 (GBK) or UTF-8 with a BOM;
// a file that is valid UTF-8 is taken as UTF-8 because GBK text is almost never valid UTF-8.
// Characters GB18030 cannot decode become U+FFFD, for the importer to reject their rows.
class CsvDecoder
{
public:
    static DecodedCsv decode(const QByteArray& bytes, CsvEncoding encoding = CsvEncoding::Auto);
    // "utf-8", "utf8", "gb18030", "gbk", "auto" (any case); nullopt for anything else.
    static std::optional<CsvEncoding> encodingFromName(QStringView name);
    static QString encodingName(CsvEncoding encoding);
};

} // namespace xiuhua::core
