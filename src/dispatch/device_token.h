#pragma once

#include <QString>

namespace xiuhua::dispatch {

// A device's secret: random, high-entropy, typed once into the app (basic-auth password, `token`
// parameter or the URL path). Stored only as its BLAKE2b-256 hash (libsodium crypto_generichash):
// a slow password hash buys nothing for 192 random bits, and the service checks a token for every
// position a phone sends.
class DeviceToken
{
public:
    // 24 random bytes as 32 URL-safe base64 characters (no padding): fits a URL path and a form field.
    static QString generate();
    // Lowercase hex, 64 characters.
    static QString hash(const QString& token);
    // Compares in constant time (sodium_memcmp); false for an empty token.
    static bool matches(const QString& storedHash, const QString& token);
    // What an imported or typed token must be: 16 to 128 printable ASCII characters without spaces,
    // '/', '?', '#', '&' or '%' (it may have to travel in a URL path or a query).
    static bool isAcceptable(const QString& token);
    static constexpr int minLength = 16;
};

} // namespace xiuhua::dispatch
