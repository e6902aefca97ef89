#pragma once

#include "core/entities.h"

#include <QByteArray>
#include <QDateTime>

#include <map>
#include <mutex>
#include <optional>

namespace xiuhua::duty {

// One officer logged in to the duty page. The id travels only in the session cookie; the CSRF token
// only in the page (a hidden field, a header), so a forged request from another site has neither.
struct DutySession
{
    QByteArray id;        // 256 random bits, lowercase hex
    QByteArray csrfToken; // 256 random bits, lowercase hex
    core::Actor officer;
    core::Id accountId = 0;
    QString language; // "zh" or "en"; empty = from the browser
    QDateTime createdAt;
    QDateTime lastSeenAt;
};

// The duty page's sessions, in the service's memory (docs/DECISIONS.md: a restart logs officers out,
// nothing else is lost). Ids and tokens come from libsodium's generator; the map is keyed by a hash
// of the id, so neither a lookup's timing nor a look at the memory gives a usable cookie. A session
// ends after `idleSeconds` without a request, `absoluteSeconds` after the login, or at logout.
// Thread-safe: the HTTP library may answer requests on several threads.
class SessionStore
{
public:
    struct Limits
    {
        int idleSeconds = 15 * 60;
        int absoluteSeconds = 12 * 60 * 60; // one long shift
        int maxSessions = 2000;             // beyond it the oldest idle one goes
    };

    explicit SessionStore(Limits limits);
    SessionStore() : SessionStore(Limits{}) {}

    DutySession open(const core::Actor& officer, core::Id accountId, const QDateTime& now);
    // The live session with this id, its idle clock restarted; empty (and forgotten) when expired.
    std::optional<DutySession> find(const QByteArray& id, const QDateTime& now);
    void setLanguage(const QByteArray& id, const QString& language);
    // Logout: the session, if it was live.
    std::optional<DutySession> close(const QByteArray& id);
    int purgeExpired(const QDateTime& now);
    int size() const;
    const Limits& limits() const { return m_limits; }

    // 32 random bytes as 64 lowercase hex digits.
    static QByteArray randomToken();
    // Whether `text` can be an id at all (64 hex digits), before anything is looked up.
    static bool isWellFormed(const QByteArray& text);

private:
    bool expired(const DutySession& session, const QDateTime& now) const;
    static QByteArray keyOf(const QByteArray& id);

    Limits m_limits;
    mutable std::mutex m_mutex;
    std::map<QByteArray, DutySession> m_sessions; // by keyOf(id)
};

} // namespace xiuhua::duty
