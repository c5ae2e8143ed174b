#pragma once
// Durations as written in the ledger: 5m, 90m, 1h, 1.5h, 2h30m.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace coop {

enum class DurationError {
    empty,
    bare_number,     // "2": no unit
    malformed,       // "2x", "h", "1h1h"
    not_whole_minute // "1.01h"
};

// Whole minutes, or why the text is not a duration.
std::variant<std::int32_t, DurationError> parse_duration(std::string_view text);

// The canonical spelling: 45m, 2h, 2h30m.
std::string format_duration(std::int64_t minutes);

} // namespace coop
