#pragma once

#include <stdexcept>
#include <string>

namespace xiuhua::geo {

// Thrown by the geo library when map data cannot be opened, read or
// transformed. what() is an English sentence that can be shown to a user
// (the UI may wrap it in a translated context line).
class GeoError : public std::runtime_error
{
public:
    explicit GeoError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace xiuhua::geo
