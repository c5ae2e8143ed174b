#pragma once
// SPEC 3, rule 6: sharing a pool among members by the largest remainder method.
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

// Shares of `total` (>= 0) minor units, in the order of `claims`: member m gets
// floor(total x P_m / P), and the units left over go one each to the largest
// remainders, ties to the smaller handle in byte order. They add up to `total`.
// The points must add up to more than 0. Throws an Error on overflow.
std::vector<std::int64_t> largest_remainder(std::int64_t total, std::span<const Claim> claims);

} // namespace coop
