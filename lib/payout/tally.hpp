#pragma once
// What `coop tally` shows: each contribution's reviews, aggregate, factor and
// points; each member's totals; and how each reviewer's scores compare with
// the other reviewers of the same contributions (to make lenient, harsh or
// "buddy" reviewing visible).
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "payout/scoring.hpp"
#include "util/checked.hpp"
#include "util/rational.hpp"

namespace coop {

struct MemberWork {
    std::string_view handle;
    std::int64_t minutes = 0;
    std::int64_t contributions = 0;
    std::int64_t reviewed = 0; // contributions that reached min-reviews
    int128 points = 0;         // times 10^points_places
};

struct ReviewerStats {
    std::string_view handle;
    std::int64_t reviews = 0;  // valid reviews of the period's contributions
    std::int64_t compared = 0; // of those, on contributions with other valid reviews
    // Over the compared reviews, the mean of (score - mean of the other
    // reviewers' scores), signed and absolute; 0 when none was compared.
    Rational mean_difference;
    Rational mean_abs_difference;
};

struct Tally {
    Period period;
    const SymbolTable* names = nullptr;            // the ledger's: the text of the entries' symbols
    std::vector<ScoredContribution> contributions; // by date, then id
    std::vector<MemberWork> members;               // by handle
    std::vector<ReviewerStats> reviewers;          // by handle
};

// The contributions dated in `period` and their valid reviews, whatever the
// reviews' dates. Throws an Error (ErrorKind::ledger) on an overflow.
Tally compute_tally(const Ledger& ledger, const Period& period);

} // namespace coop
