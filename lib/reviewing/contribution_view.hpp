#pragma once
// `coop show ID`: one contribution with its reviews, factor and points, as the
// payout of its period counts them.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/policy.hpp"
#include "payout/scoring.hpp"

namespace coop {

// Why a review does or does not count (SPEC 3 rule 1).
enum class ReviewStanding { counted, by_contributor, not_a_member, second_review };

struct ShownReview {
    const Review* review = nullptr;
    ReviewStanding standing = ReviewStanding::counted;
};

struct ContributionView {
    std::uint32_t contribution = 0; // index in Ledger::contributions
    Period period;
    bool closed = false;              // its period has a statement
    Date window_ends;                 // the last day of its review window
    Policy policy;                    // in force: a closed period's is its statement's
    ScoredContribution scored;        // rules 1-3 under `policy`
    std::vector<ShownReview> reviews; // every review naming it, by date, then reviewer
};

// The view of ledger.contributions[index]. Throws Error(ledger) when the
// statement of its closed period cannot be read.
ContributionView view_contribution(const Ledger& ledger, std::uint32_t index);

// The contribution id nearest to `id` (a typo), if there is one.
std::optional<std::string_view> nearest_contribution_id(const Ledger& ledger, std::string_view id);

} // namespace coop
