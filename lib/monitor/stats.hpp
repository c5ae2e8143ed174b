#pragma once
// The exact statistics of SPEC 7, on plain numbers: medians, the median
// absolute deviation, the Herfindahl index and the concentration measures.
// Rationals throughout, except Theil's index (a logarithm), which is shown,
// never compared. Knows nothing of the ledger; throws Error on an overflow.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "util/checked.hpp"
#include "util/rational.hpp"

namespace coop::monitor {

// The middle value, or the mean of the middle two (even count); 0 when empty.
Rational median(std::vector<Rational> values);
Rational median(std::span<const std::int64_t> values);

// The median of |x - center| over the values.
Rational median_abs_deviation(std::span<const std::int64_t> values, const Rational& center);

// Herfindahl-Hirschman index of counts: sum of (count / total)^2; 0 when the
// total is 0.
Rational herfindahl(std::span<const std::int64_t> counts);

// How a total is spread over n holders (amounts >= 0).
struct Concentration {
    std::size_t n = 0;
    int128 total = 0;
    // G = 2 sum i x(i) / (n sum x) - (n + 1) / n over the ascending x(i),
    // i from 1; none when the total is 0. weighted_sum is sum i x(i).
    int128 weighted_sum = 0;
    std::optional<Rational> gini;
    // The fewest holders (the largest first) whose amounts add up to more than
    // half the total; 0 when the total is 0.
    std::size_t nakamoto = 0;
    // The largest ceil(n / 10) holders' share of the total; none when it is 0.
    std::size_t top_count = 0;
    int128 top_total = 0;
    std::optional<Rational> top_share;
    // Theil's T = (1/n) sum (x/mu) ln(x/mu), 0 ln 0 = 0; none when the total is 0.
    std::optional<double> theil;
};

Concentration concentration(std::vector<int128> amounts);

} // namespace coop::monitor
