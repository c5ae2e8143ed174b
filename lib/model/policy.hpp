#pragma once
// The co-op's policy, read from coop.yaml. Every rate is an exact integer.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/governance_policy.hpp"
#include "model/money.hpp"
#include "model/monitor_policy.hpp"
#include "model/pos.hpp"

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

    bool operator==(const Kind&) const = default;
};

struct ReviewPolicy {
    int scale_min = 0;
    int scale_max = 5;
    int neutral = 3;
    Aggregate aggregate = Aggregate::median;
    std::int64_t trim = 0; // fraction times 10^rate_places
    int min_reviews = 2;
    std::int64_t unreviewed_factor = 500'000; // times 10^factor_places
    int window_days = 7;                      // coop close waits this long after a period ends

    bool operator==(const ReviewPolicy&) const = default;
};

// How a period's money is shared (SPEC 3, rules 4, 7 and 9).
struct Distribution {
    std::int64_t reserve = 0;         // fraction times 10^rate_places
    std::int64_t connector_share = 0; // fraction times 10^rate_places
    std::int64_t general_share = 0;   // fraction times 10^rate_places
    Money minimum_payout;             // in the currency's minor units
    // SPEC 8, a circle's `network.upstream`: the share of the period's income
    // net of commissions charged to its general pool for the global network.
    // Recorded with the distribution in a statement (policy in force).
    std::int64_t upstream = 0; // fraction times 10^rate_places

    bool operator==(const Distribution&) const = default;
};

// SPEC 8: a circle of the global network, as the global's coop.yaml lists it.
struct Circle {
    std::string name;                    // a key of network.circles
    std::string repo;                    // a path or URL git can fetch from
    std::int64_t upstream = 0;           // the agreed rate, times 10^rate_places
    std::vector<std::string> connectors; // the members who run it
    std::vector<Pos> connector_pos;      // parallel to connectors
    Pos pos;                             // its key in coop.yaml
};

// coop.yaml `network:`. A circle names its global network and its upstream
// rate (kept in Distribution::upstream); the global lists its circles.
struct Network {
    std::string global;          // a circle's: where the global ledger is; empty: not a circle
    bool circle = false;         // network.upstream or network.global is set
    std::vector<Circle> circles; // the global's, in coop.yaml order

    const Circle* find_circle(std::string_view name) const {
        for (const auto& c : circles)
            if (c.name == name) return &c;
        return nullptr;
    }
};

struct Project {
    std::string name;
    std::string description;
};

// coop.yaml `payer:` (SPEC 9): the co-op's own account, that `coop pay` pays from.
struct Payer {
    bool given = false;
    std::string name; // empty: the co-op's name
    std::string iban; // electronic form: no spaces, capitals
    std::string bic;  // empty: none given
};

struct Policy {
    int version = 1; // coop.yaml's `coop:`; 2 declares its projects
    std::string name;
    std::string currency = "EUR";
    int minor_digits = 2;
    Cadence period = Cadence::monthly;
    ReviewPolicy review;
    std::vector<Kind> kinds; // in coop.yaml order: the first is `coop log`'s default
    Distribution distribution;
    std::vector<Project> projects; // coop: 2: the projects work and money may name
    Payer payer;
    std::int32_t max_minutes_per_day = 16 * 60;
    bool signed_commits = false;
    Governance governance;
    MonitorPolicy monitor;
    Network network;

    const Kind* find_kind(std::string_view kind) const {
        for (const auto& k : kinds)
            if (k.name == kind) return &k;
        return nullptr;
    }
    // A v1 co-op names projects freely; a v2 one only those of `projects:`.
    bool declares_projects() const { return version >= 2; }
    bool project_known(std::string_view project) const {
        if (!declares_projects()) return true;
        for (const auto& p : projects)
            if (p.name == project) return true;
        return false;
    }
};

// The policy a payout is computed under (SPEC 3, "Policy in force"): `current`
// with the review, kinds and distribution of `recorded`, the policy a
// statement records.
inline Policy policy_in_force(const Policy& current, const Policy& recorded) {
    Policy p = current;
    p.review = recorded.review;
    p.kinds = recorded.kinds;
    p.distribution = recorded.distribution;
    return p;
}

} // namespace coop
