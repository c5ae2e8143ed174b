#pragma once
// SPEC 3, rules 1-3: which reviews count, the review factor, and the points of
// each contribution of a period.
#include <cstdint>
#include <optional>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/policy.hpp"
#include "util/checked.hpp"
#include "util/rational.hpp"

namespace coop {

struct ScoredContribution {
    const Contribution* contribution = nullptr;
    std::vector<const Review*> reviews; // the valid reviews, by reviewer handle
    std::optional<Rational> aggregate;  // of the valid reviews' scores; none without any
    bool reviewed = false;              // min-reviews reached: the factor comes from the aggregate
    std::int64_t weight = 0;            // of its kind, times 10^weight_places
    std::int64_t factor = 0;            // times 10^factor_places
    int128 points = 0;                  // minutes x weight x factor, times 10^points_places
};

// Rule 1: of `candidates` (reviews naming c), those by a member active on the
// review date who is not the contributor, the first per reviewer; sorted by
// reviewer handle.
std::vector<const Review*> valid_reviews(const Ledger& ledger, const Contribution& c,
                                         std::vector<const Review*> candidates);

// Rule 2: the aggregate of one or more scores, exact.
Rational aggregate_scores(std::vector<int> scores, const ReviewPolicy& policy);

// Rule 2: whether `valid` valid reviews are enough for the factor to come from
// their aggregate (with none there is no aggregate, whatever min-reviews says).
bool enough_reviews(std::size_t valid, const ReviewPolicy& policy);

// Rule 2: f = aggregate / neutral, times 10^factor_places, rounded half to even.
std::int64_t review_factor(const Rational& aggregate, const ReviewPolicy& policy);

// Rules 1-3 for every contribution dated in the period, sorted by date then id,
// under `policy`'s review policy and kinds. Reviews count whatever their own date.
std::vector<ScoredContribution> score_period(const Ledger& ledger, const Period& period,
                                             const Policy& policy);

// The same under coop.yaml's policy.
inline std::vector<ScoredContribution> score_period(const Ledger& ledger, const Period& period) {
    return score_period(ledger, period, ledger.policy);
}

} // namespace coop
