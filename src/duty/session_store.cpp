#include "duty/session_store.h"

#include <algorithm>
#include <sodium.h>
#include <stdexcept>

namespace xiuhua::duty {

SessionStore::SessionStore(Limits limits) : m_limits(limits)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

QByteArray SessionStore::randomToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex();
}

bool SessionStore::isWellFormed(const QByteArray& text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

QByteArray SessionStore::keyOf(const QByteArray& id)
{
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(id.constData()),
                       static_cast<unsigned long long>(id.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(hash), sizeof hash);
}

bool SessionStore::expired(const DutySession& session, const QDateTime& now) const
{
    return session.lastSeenAt.secsTo(now) >= m_limits.idleSeconds ||
           session.createdAt.secsTo(now) >= m_limits.absoluteSeconds;
}

DutySession SessionStore::open(const core::Actor& officer, core::Id accountId, const QDateTime& now)
{
    DutySession session;
    session.id = randomToken();
    session.csrfToken = randomToken();
    session.officer = officer;
    session.accountId = accountId;
    session.createdAt = session.lastSeenAt = now;
    std::lock_guard lock(m_mutex);
    if (static_cast<int>(m_sessions.size()) >= m_limits.maxSessions) {
        const auto oldest =
            std::min_element(m_sessions.begin(), m_sessions.end(), [](const auto& a, const auto& b) {
                return a.second.lastSeenAt < b.second.lastSeenAt;
            });
        m_sessions.erase(oldest);
    }
    m_sessions[keyOf(session.id)] = session;
    return session;
}

std::optional<DutySession> SessionStore::find(const QByteArray& id, const QDateTime& now)
{
    if (!isWellFormed(id))
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    const auto found = m_sessions.find(keyOf(id));
    if (found == m_sessions.end())
        return std::nullopt;
    if (expired(found->second, now)) {
        m_sessions.erase(found);
        return std::nullopt;
    }
    found->second.lastSeenAt = now;
    return found->second;
}

void SessionStore::setLanguage(const QByteArray& id, const QString& language)
{
    std::lock_guard lock(m_mutex);
    if (const auto found = m_sessions.find(keyOf(id)); found != m_sessions.end())
        found->second.language = language;
}

std::optional<DutySession> SessionStore::close(const QByteArray& id)
{
    if (!isWellFormed(id))
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    const auto found = m_sessions.find(keyOf(id));
    if (found == m_sessions.end())
        return std::nullopt;
    DutySession session = found->second;
    m_sessions.erase(found);
    return session;
}

int SessionStore::purgeExpired(const QDateTime& now)
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(
        std::erase_if(m_sessions, [&](const auto& entry) { return expired(entry.second, now); }));
}

int SessionStore::size() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_sessions.size());
}

} // namespace xiuhua::duty
