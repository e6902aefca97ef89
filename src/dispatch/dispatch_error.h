#pragma once

#include <QString>

#include <stdexcept>

namespace xiuhua::dispatch {

// A change the rules refuse (invalid transition, missing field). The message is translated
// and meant for the operator; nothing was written.
class DispatchError : public std::runtime_error
{
public:
    explicit DispatchError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// The actor's role may not do this (dispatch/permission_guard.h); nothing was written.
class ForbiddenError : public DispatchError
{
public:
    using DispatchError::DispatchError;
};

} // namespace xiuhua::dispatch
