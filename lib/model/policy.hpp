#pragma once
// The co-op's policy, read from coop.yaml. Every rate is an exact integer.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/governance_policy.hpp"
#include "model/monitor_policy.hpp"

namespace coop {

// Scales of the fixed-point numbers in the policy and the payout.
inline constexpr int weight_places = 4; // kinds: code: 1.2 -> 12000
inline constexpr int factor_places = 6; // review factors: 0.5 -> 500000
inline constexpr int rate_places = 6;   // percentages as fractions: 10% -> 100000
inline constexpr int points_places = weight_places + factor_places;

enum class Aggregate { median, mean, trimmed_mean };

struct Kind {
    std::string name;
    std::int64_t weight = 0; // times 10^weight_places
};

struct ReviewPolicy {
    int scale_min = 0;
    int scale_max = 5;
    int neutral = 3;
    Aggregate aggregate = Aggregate::median;
    std::int64_t trim = 0; // fraction times 10^rate_places
    int min_reviews = 2;
    std::int64_t unreviewed_factor = 500'000; // times 10^factor_places
};

struct Policy {
    int version = 1;
    std::string name;
    std::string currency = "EUR";
    int minor_digits = 2;
    Cadence period = Cadence::monthly;
    ReviewPolicy review;
    std::vector<Kind> kinds;          // in coop.yaml order: the first is `coop log`'s default
    std::int64_t reserve = 0;         // fraction times 10^rate_places
    std::int64_t connector_share = 0; // fraction times 10^rate_places
    std::int32_t max_minutes_per_day = 16 * 60;
    bool signed_commits = false;
    Governance governance;
    MonitorPolicy monitor;

    const Kind* find_kind(std::string_view kind) const {
        for (const auto& k : kinds)
            if (k.name == kind) return &k;
        return nullptr;
    }
};

} // namespace coop
