#pragma once
// Money as an exact count of the currency's minor units (cents for EUR).
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coop {

struct Money {
    std::int64_t minor = 0;
    auto operator<=>(const Money&) const = default;
};

// The ISO 4217 minor unit of a currency code (EUR 2, JPY 0, KWD 3), or nothing
// for a code that is not in the table.
std::optional<int> currency_minor_digits(std::string_view code);

// Fifteen significant digits: far above any real entry, and sums of a million
// such amounts still fit in 64 bits.
inline constexpr std::int64_t max_amount_minor = 999'999'999'999'999;

enum class AmountError { none, not_a_number, too_many_places, out_of_range, not_positive };

struct AmountParse {
    Money money;
    AmountError error = AmountError::none;
};

// "1200.00", "1200", "0.5" with at most `digits` decimals; strictly positive.
AmountParse parse_amount(std::string_view text, int digits);

// Exactly `digits` decimals: "1200.00", "-3.50", "1200" for JPY.
std::string format_money(Money m, int digits);

} // namespace coop
