#include "dispatch/password_hasher.h"

#include <QByteArray>

#include <sodium.h>
#include <stdexcept>

namespace xiuhua::dispatch {

namespace {

// Holds the UTF-8 bytes of a password and wipes them on every way out.
class WipedUtf8
{
public:
    explicit WipedUtf8(const QString& text) : m_bytes(text.toUtf8()) {}
    ~WipedUtf8()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), static_cast<std::size_t>(m_bytes.size()));
    }
    WipedUtf8(const WipedUtf8&) = delete;
    WipedUtf8& operator=(const WipedUtf8&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

void initialiseSodium()
{
    // Idempotent and thread-safe; it picks the fastest implementations for this CPU.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium cannot be initialised");
}

} // namespace

PasswordHasher::Limits PasswordHasher::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Limits PasswordHasher::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Limits limits) : m_limits(limits)
{
    initialiseSodium();
}

QString PasswordHasher::hash(const QString& password) const
{
    const WipedUtf8 clear(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, clear.data(), clear.size(), m_limits.opsLimit, m_limits.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("not enough memory to hash the password");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    initialiseSodium();
    if (!hash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray stored = hash.toLatin1();
    const WipedUtf8 clear(password);
    return crypto_pwhash_str_verify(stored.constData(), clear.data(), clear.size()) == 0;
}

} // namespace xiuhua::dispatch
