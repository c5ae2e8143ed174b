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

// Parses a --date option (empty: today); throws Error(usage) on anything else.
Date date_option(std::string_view text, Date today);

} // namespace coop
