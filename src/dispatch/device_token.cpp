#include "dispatch/device_token.h"

#include <QByteArray>

#include <array>
#include <sodium.h>
#include <stdexcept>

namespace xiuhua::dispatch {

QString DeviceToken::generate()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium cannot be initialised");
    std::array<unsigned char, 24> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
    sodium_memzero(bytes.data(), bytes.size());
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString DeviceToken::hash(const QString& token)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium cannot be initialised");
    const QByteArray utf8 = token.toUtf8();
    std::array<unsigned char, 32> digest{};
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()), nullptr, 0);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest.data()), static_cast<qsizetype>(digest.size()))
            .toHex());
}

bool DeviceToken::matches(const QString& storedHash, const QString& token)
{
    if (token.isEmpty() || storedHash.size() != 64)
        return false;
    const QByteArray computed = hash(token).toLatin1();
    const QByteArray stored = storedHash.toLatin1();
    return sodium_memcmp(computed.constData(), stored.constData(), 64) == 0;
}

bool DeviceToken::isAcceptable(const QString& token)
{
    if (token.size() < minLength || token.size() > 128)
        return false;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7f || u == '/' || u == '?' || u == '#' || u == '&' || u == '%')
            return false;
    }
    return true;
}

} // namespace xiuhua::dispatch
