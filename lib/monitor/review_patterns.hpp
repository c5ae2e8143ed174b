#pragma once
// SPEC 7: the patterns in who reviews whom, and how. Over the valid reviews
// (SPEC 3 rule 1) of a period's contributions, whatever the reviews' dates.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "model/ledger.hpp"
#include "model/monitor_policy.hpp"
#include "payout/scoring.hpp"
#include "util/rational.hpp"

namespace coop::monitor {

// One reviewer's scores of one contributor's work, against the scores that
// reviewer gave everyone else.
struct GivenScores {
    std::string_view reviewer;
    std::string_view contributor;
    std::vector<const Review*> reviews; // of the contributor's work, in contribution order
    Rational median;
    std::int64_t others = 0;               // the reviewer's reviews of everyone else
    std::optional<Rational> others_median; // none without any
    std::optional<Rational> margin;        // median - others_median
};

// Reciprocity: a and b (a before b in byte order) each reviewed the other at
// least `reciprocity_reviews` times; flagged when both margins reach the
// threshold.
struct ReciprocalPair {
    GivenScores ab;
    GivenScores ba;
    bool flagged = false;
};

std::vector<ReciprocalPair> reciprocity(const Ledger& ledger,
                                        const std::vector<ScoredContribution>& scored,
                                        const MonitorPolicy& policy);

// A review of a contribution with at least 2 other valid reviews.
struct ComparedReview {
    const Review* review = nullptr;
    const Contribution* contribution = nullptr;
    std::vector<int> others; // the other valid scores, ascending
    Rational others_median;
    Rational difference; // score - others_median
};

// Reviewer bias: d = the median of the differences; flagged when |d| reaches
// the threshold over at least `bias_reviews` compared reviews.
struct ReviewerBias {
    std::string_view reviewer;
    std::vector<ComparedReview> compared; // in contribution order; never empty
    Rational d;
    bool flagged = false;
};

std::vector<ReviewerBias> reviewer_bias(const Ledger& ledger,
                                        const std::vector<ScoredContribution>& scored,
                                        const MonitorPolicy& policy);

struct FocusTarget {
    std::string_view contributor;
    std::int64_t reviews = 0;
};

// Reviewer focus: the Herfindahl index of whom a reviewer's reviews went to;
// flagged when it reaches the threshold over at least `focus_reviews` reviews.
struct ReviewerFocus {
    std::string_view reviewer;
    std::int64_t reviews = 0;
    std::vector<FocusTarget> targets; // the most reviewed first, then by handle
    Rational hhi;
    bool flagged = false;
};

std::vector<ReviewerFocus> reviewer_focus(const Ledger& ledger,
                                          const std::vector<ScoredContribution>& scored,
                                          const MonitorPolicy& policy);

// A threshold of monitor_places decimals as a fraction.
Rational threshold(std::int64_t fixed, int places);

} // namespace coop::monitor
