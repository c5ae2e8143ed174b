#pragma once
// SPEC 3, rules 5 and 8: sharing an amount by the largest remainder method.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "util/checked.hpp"

namespace coop {

struct Claim {
    std::string_view handle; // unique among the claims
    int128 points = 0;       // >= 0
};

// Rule 8: shares of `total` (>= 0) minor units, in the order of `claims`:
// member m gets floor(total x P_m / P), and the units left over go one each to
// the largest remainders, ties to the smaller handle in byte order. They add up
// to `total`. The points must add up to more than 0. Throws an Error on overflow.
std::vector<std::int64_t> largest_remainder(std::int64_t total, std::span<const Claim> claims);

// Rule 5: the same by `weights` (>= 0, adding up to more than 0), ties to the
// one first in the list.
std::vector<std::int64_t> largest_remainder_in_order(std::int64_t total,
                                                     std::span<const int128> weights);

} // namespace coop
