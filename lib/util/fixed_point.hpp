#pragma once
// Decimal text <-> scaled integers. Knows nothing of money or the ledger.
#include <cstdint>
#include <string>
#include <string_view>

#include "util/checked.hpp"

namespace coop {

enum class FixedError { none, empty, not_a_number, too_many_places, out_of_range };

struct FixedParse {
    std::int64_t value = 0; // the number times 10^places
    FixedError error = FixedError::none;
    int places_found = 0; // decimal places written in the text
};

// Parses unsigned decimal text "123", "1.5", "0.25" into value * 10^places.
// No sign, no exponent, no thousands separators; at most `places` decimals;
// the result must not exceed `max_value`.
FixedParse parse_fixed(std::string_view text, int places, std::int64_t max_value);

// Formats value / 10^places with exactly `places` decimals ("-12.30").
std::string format_fixed(int128 value, int places);

// Formats value / 10^places with trailing fractional zeros trimmed ("162.5", "7").
std::string format_fixed_trimmed(int128 value, int places);

// Divides by a positive divisor, rounding half to even.
int128 div_round_half_even(int128 value, int128 divisor);

} // namespace coop
