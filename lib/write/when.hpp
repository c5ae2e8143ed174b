#pragma once
// Dates as a person types them on the command line.
#include <optional>
#include <string_view>

#include "model/date.hpp"

namespace coop {

// Today in the local time zone.
Date local_today();

// "2026-11-03", "today" or "yesterday" (relative to `today`).
std::optional<Date> parse_date_arg(std::string_view text, Date today);

// Parses a date given on the command line (empty: today); throws
// Error(usage) on anything else.
Date date_option(std::string_view text, Date today);

// Throws Error(usage) when `d` is after `today`: work and reviews are
// recorded once done. `what` names the entry ("the contribution").
void refuse_future(Date d, Date today, std::string_view what);

} // namespace coop
