#pragma once
// SPEC 7, self-dealing: income whose connector booked it, and connectors who
// hold most of the points of the pool their income went to.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/entry_commits.hpp"
#include "model/ledger.hpp"
#include "model/monitor_policy.hpp"
#include "monitor/booker.hpp"
#include "payout/scoring.hpp"
#include "util/checked.hpp"
#include "util/rational.hpp"

namespace coop::monitor {

// An income entry of the period that names a connector.
struct ConnectedIncome {
    const RevenueEntry* entry = nullptr;
    std::string booked_by; // a handle; empty: unknown
    BookedFrom booked_from =
        BookedFrom::unknown;     // the treasurer's own file, or the commit's author
    std::string_view pool;       // the project's pool, or "general"
    int128 connector_points = 0; // the connector's points in that pool
    int128 pool_points = 0;
    std::optional<Rational> share; // connector_points / pool_points; none when the pool has none
    bool self_booked = false;      // flag: the connector booked it
    bool holds_pool = false;       // flag: share at least the threshold
};

// The period's income entries with a connector, by date then id. `commits`
// names the booker of entries in a v1 revenue file.
std::vector<ConnectedIncome> self_dealing(const Ledger& ledger,
                                          const std::vector<ScoredContribution>& scored,
                                          const Period& period, const audit::EntryCommits& commits,
                                          const MonitorPolicy& policy);

} // namespace coop::monitor
