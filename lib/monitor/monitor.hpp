#pragma once
// SPEC 7: `coop monitor`, every statistic of a period and what it flags.
// Advisory: nothing here changes pay.
#include <cstddef>
#include <string_view>
#include <vector>

#include "audit/entry_commits.hpp"
#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/monitor_policy.hpp"
#include "monitor/backdating.hpp"
#include "monitor/hours.hpp"
#include "monitor/review_patterns.hpp"
#include "monitor/self_dealing.hpp"
#include "monitor/stats.hpp"

namespace coop::monitor {

struct Holding {
    std::string_view member;
    int128 amount = 0; // minor units, or points times 10^points_places
};

// How concentrated earned amounts or points are among the period's members.
struct MemberConcentration {
    std::vector<Holding> holders; // the largest first, then by handle
    Concentration stats;
    bool flagged = false; // the Gini reached monitor.gini
};

struct MonitorReport {
    Period period;
    MonitorPolicy policy;
    std::vector<ReciprocalPair> reciprocity; // by pair
    std::vector<ReviewerBias> bias;          // by reviewer
    std::vector<ReviewerFocus> focus;        // by reviewer
    Hours hours;
    Backdating backdating;
    std::vector<ConnectedIncome> self_dealing;
    MemberConcentration earned;
    MemberConcentration points;

    std::size_t flag_count() const;
};

// The statistics of the contributions, reviews and revenue of `period`;
// `commits` (audit::entries_added) for backdating and the bookers of v1
// revenue entries. Throws Error(ledger) on an overflow or an unknown kind.
MonitorReport compute_monitor(const Ledger& ledger, const Period& period,
                              const audit::EntryCommits& commits);

} // namespace coop::monitor
