#include "model/duration.hpp"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "util/fixed_point.hpp"

namespace coop {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Generous enough for any real entry, small enough that minutes never overflow.
constexpr std::int64_t max_minutes = 1'000'000;

} // namespace

std::variant<std::int32_t, DurationError> parse_duration(std::string_view text) {
    if (text.empty()) return DurationError::empty;
    bool all_number = true;
    for (char c : text)
        if (!is_digit(c) && c != '.') all_number = false;
    if (all_number) // "2" or "1.5" lack a unit; "." or "1.2.3" are no number at all
        return parse_fixed(text, 6, pow10(17)).error == FixedError::none
                   ? DurationError::bare_number
                   : DurationError::malformed;

    std::int64_t minutes = 0;
    std::string_view rest = text;
    const auto h = rest.find('h');
    if (h != std::string_view::npos) {
        // Hours may carry decimals (1.5h); 6 places is exact to the minute and beyond.
        const FixedParse hours = parse_fixed(rest.substr(0, h), 6, max_minutes * 1'000'000 / 60);
        if (hours.error != FixedError::none) return DurationError::malformed;
        const std::int64_t micro_minutes = hours.value * 60;
        if (micro_minutes % 1'000'000 != 0) return DurationError::not_whole_minute;
        minutes = micro_minutes / 1'000'000;
        rest.remove_prefix(h + 1);
    }
    // 1h30 means 1h30m, as people write it: whole hours, then minutes below 60.
    if (h != std::string_view::npos && !rest.empty() && rest.size() <= 2 &&
        std::all_of(rest.begin(), rest.end(), is_digit)) {
        const int m = std::stoi(std::string(rest));
        if (m >= 60 || text.find('.') != std::string_view::npos) return DurationError::malformed;
        minutes += m;
    } else if (!rest.empty()) {
        if (rest.back() != 'm' || rest.size() < 2) return DurationError::malformed;
        const std::string_view m = rest.substr(0, rest.size() - 1);
        for (char c : m)
            if (!is_digit(c)) return DurationError::malformed;
        const FixedParse mins = parse_fixed(m, 0, max_minutes);
        if (mins.error != FixedError::none) return DurationError::malformed;
        minutes += mins.value;
    }
    if (minutes > max_minutes) return DurationError::malformed;
    return static_cast<std::int32_t>(minutes);
}

std::string format_duration(std::int64_t minutes) {
    if (minutes < 60) return fmt::format("{}m", minutes);
    if (minutes % 60 == 0) return fmt::format("{}h", minutes / 60);
    return fmt::format("{}h{}m", minutes / 60, minutes % 60);
}

} // namespace coop
