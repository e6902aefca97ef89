#pragma once

#include <QString>

#include <cstddef>

namespace xiuhua::dispatch {

// Argon2id through libsodium's crypto_pwhash_str. The clear password is copied into a buffer
// that is wiped (sodium_memzero) before returning; it is never stored or logged.
class PasswordHasher
{
public:
    struct Limits
    {
        unsigned long long opsLimit;
        std::size_t memLimit;
    };
    // For a login at a console: OPSLIMIT/MEMLIMIT_INTERACTIVE (64 MiB, well under a second).
    static Limits interactive();
    // libsodium's minimum; for tests only, where hundreds of hashes must stay fast.
    static Limits minimum();

    explicit PasswordHasher(Limits limits = interactive());

    // "$argon2id$v=19$m=…": salt and parameters included. Throws std::runtime_error when the
    // memory for hashing cannot be had.
    QString hash(const QString& password) const;
    // False for a wrong password and for a hash string that is not Argon2id.
    static bool verify(const QString& hash, const QString& password);

private:
    Limits m_limits;
};

} // namespace xiuhua::dispatch
