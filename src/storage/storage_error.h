#pragma once

#include <stdexcept>
#include <string>

namespace xiuhua::storage {

// A storage failure with a message fit for the user (English source text; the UI translates
// the kind into a headline and shows the message as detail).
class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        CannotOpen,    // missing file, no permission, directory
        NotADatabase,  // the file is not SQLite
        Corrupt,       // integrity check failed
        NewerSchema,   // written by a newer Xiuhua
        ReadOnly,      // the file or its folder is write-protected
        Busy,          // another process holds the lock past the timeout
        Constraint,    // a rule in the schema refused the change
        Sql,           // any other SQLite error
        Invalid,       // a caller broke the storage contract
        NeedsPassword, // the PostgreSQL server asks for a password that ~/.pgpass, the service file
                       // and PGPASSWORD did not give (libpq's PQconnectionNeedsPassword)
    };

    StorageError(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace xiuhua::storage
