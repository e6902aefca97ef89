#include "core/csv_decoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace xiuhua::core {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");
const QByteArray utf16LeBom("\xFF\xFE");
const QByteArray utf16BeBom("\xFE\xFF");

// Decodes with Qt's own UTF-8 codec, which reports invalid sequences.
std::optional<QString> strictUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

DecodedCsv CsvDecoder::decode(const QByteArray& bytes, CsvEncoding encoding)
{
    DecodedCsv result;
    if (bytes.startsWith(utf8Bom) && encoding != CsvEncoding::Gb18030) {
        result.hadBom = true;
        encoding = CsvEncoding::Utf8;
    } else if ((bytes.startsWith(utf16LeBom) || bytes.startsWith(utf16BeBom)) &&
               encoding == CsvEncoding::Auto) {
        result.hadBom = true;
        encoding = CsvEncoding::Utf16;
    }
    const QByteArrayView body =
        QByteArrayView(bytes).sliced(result.hadBom ? (encoding == CsvEncoding::Utf8 ? 3 : 2) : 0);

    if (encoding == CsvEncoding::Utf16) {
        QStringDecoder decoder(bytes.startsWith(utf16LeBom) ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        result.text = decoder.decode(body);
        result.encoding = CsvEncoding::Utf16;
        return result;
    }
    if (encoding == CsvEncoding::Utf8 || encoding == CsvEncoding::Auto) {
        if (auto text = strictUtf8(body)) {
            result.text = std::move(*text);
            result.encoding = CsvEncoding::Utf8;
            return result;
        }
        if (encoding == CsvEncoding::Utf8) {
            result.error = QCoreApplication::translate(
                "CsvDecoder", "The file is not valid UTF-8. Files saved by Chinese office software are often "
                              "GB18030: choose that encoding.");
            return result;
        }
    }
    QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        result.error = QCoreApplication::translate(
            "CsvDecoder", "This system cannot read GB18030 text; save the file as UTF-8.");
        return result;
    }
    result.text = decoder.decode(body);
    result.encoding = CsvEncoding::Gb18030;
    return result;
}

std::optional<CsvEncoding> CsvDecoder::encodingFromName(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == QLatin1String("auto") || lower.isEmpty())
        return CsvEncoding::Auto;
    if (lower == QLatin1String("utf-8") || lower == QLatin1String("utf8"))
        return CsvEncoding::Utf8;
    if (lower == QLatin1String("gb18030") || lower == QLatin1String("gbk") ||
        lower == QLatin1String("gb2312"))
        return CsvEncoding::Gb18030;
    return std::nullopt;
}

QString CsvDecoder::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return QStringLiteral("auto");
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case CsvEncoding::Utf16:
        return QStringLiteral("UTF-16");
    }
    return {};
}

} // namespace xiuhua::core
