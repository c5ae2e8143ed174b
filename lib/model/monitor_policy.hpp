#pragma once
// The thresholds of `coop monitor` (SPEC 7), from coop.yaml `monitor:`. Every
// one is exact: decimals as integers times 10^monitor_places, shares times
// 10^rate_places, like the rest of the policy.
#include <cstdint>
#include <optional>

namespace coop {

inline constexpr int monitor_places = 4; // margin: 1.5 -> 15000

struct MonitorPolicy {
    // Reciprocity: a pair who each reviewed the other at least `reviews` times,
    // both giving the other a median at least `margin` above the median they
    // gave everyone else.
    std::int64_t reciprocity_reviews = 3;
    std::int64_t reciprocity_margin = 10'000;
    // Bias: |d| at least `difference`, over at least `reviews` compared reviews.
    std::int64_t bias_difference = 10'000;
    std::int64_t bias_reviews = 8;
    // Focus: HHI at least `hhi`, over at least `reviews` reviews.
    std::int64_t focus_hhi = 5'000;
    std::int64_t focus_reviews = 8;
    // Hours: more than k x MAD above the median of the kind.
    std::int64_t hours_mads = 50'000;
    // Backdating: committed more than this many days after the entry's date.
    std::int32_t backdating_days = 30;
    // Self-dealing: a connector holding at least this share of the points of
    // the pool their income went to (times 10^rate_places).
    std::int64_t self_dealing_share = 800'000;
    // Concentration: a Gini at least this (times 10^monitor_places); none: never flagged.
    std::optional<std::int64_t> gini;
};

} // namespace coop
