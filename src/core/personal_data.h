#pragma once

#include <QString>

// Masking of callers' personal data for roles and documents that do not need it in clear.
namespace xiuhua::core {

// "13812345678" → "138****5678": the first three and last four characters stay, every other
// character becomes '*', so the length still shows. Short numbers keep only their last two.
QString maskPhone(const QString& phone);

// "王女士" → "王**": the first character (the surname) stays, every other non-space one becomes
// '*'. Works on code points, so a rare character outside the BMP counts as one.
QString maskName(const QString& name);

// A stored JSON document (an audit record's before/after) as compact JSON with every
// "caller_name" and "caller_phone" value masked, at any depth. Text that is not JSON is
// returned unchanged; empty stays empty.
QString maskPersonalDataInJson(const QString& json);

} // namespace xiuhua::core
